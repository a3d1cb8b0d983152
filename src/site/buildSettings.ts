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
}

/** Environment variable naming the content folder (default `content`). */
export const contentDirVariable = "NEWS_ARCHIVE_CONTENT";
/** Environment variable carrying `--path-prefix`. */
export const pathPrefixVariable = "NEWS_ARCHIVE_PATH_PREFIX";

/** Reads the per-run settings from the environment. */
export function readBuildSettings(env: NodeJS.ProcessEnv = process.env): BuildSettings {
  return {
    contentDir: env[contentDirVariable] || "content",
    pathPrefix: env[pathPrefixVariable] || undefined,
  };
}
