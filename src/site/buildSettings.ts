import type { SiteConfig } from "./siteConfig.ts";

/**
 * Per-run settings that reach the Eleventy config through the environment, because Eleventy
 * imports `.eleventy.ts` itself and a plain env var works the same in-process, in a child
 * process and under `npm start`.
 */
export interface BuildSettings {
  /** Folder holding `articles/` and `headlines/` (the ingest output). */
  contentDir: string;
  /** Path prefix given on the command line, if any (overrides the site config). */
  pathPrefix: string | undefined;
  /** Site config values overridden for this run (tests and benchmarks), parsed from JSON. */
  siteOverrides: Partial<SiteConfig>;
}

/** Environment variable naming the content folder (default `content`). */
export const contentDirVariable = "NEWS_ARCHIVE_CONTENT";
/** Environment variable carrying `--path-prefix`. */
export const pathPrefixVariable = "NEWS_ARCHIVE_PATH_PREFIX";

/** Environment variable with a JSON object of site config overrides, e.g. `{"itemsPerPage":3}`. */
export const siteOverridesVariable = "NEWS_ARCHIVE_SITE_CONFIG";

/** Reads the per-run settings from the environment. */
export function readBuildSettings(env: NodeJS.ProcessEnv = process.env): BuildSettings {
  return {
    contentDir: env[contentDirVariable] || "content",
    pathPrefix: env[pathPrefixVariable] || undefined,
    siteOverrides: env[siteOverridesVariable] ? (JSON.parse(env[siteOverridesVariable]) as Partial<SiteConfig>) : {},
  };
}
