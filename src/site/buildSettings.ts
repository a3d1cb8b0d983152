import { resolveSiteConfig, type SiteConfig } from "./siteConfig.ts";

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
  /** File where page signatures are kept between builds, if any. */
  stateFile: string | undefined;
  /** Render only what changed since the build recorded in `stateFile`. */
  incremental: boolean;
  /** This process renders one share of the site (see renderShards.ts); absent: all of it. */
  renderShard: RenderShard | undefined;
  /** Where this run writes its page signatures (default: `stateFile`). */
  stateOut: string | undefined;
  /**
   * Shard 0 of an incremental build renders every planned page itself when there are at most
   * this many, and tells its parent that the other shards need not run (see renderShards.ts).
   */
  soloLimit: number | undefined;
}

/** One of `count` processes rendering the site together; shard 0 also renders every non-article page. */
export interface RenderShard {
  index: number;
  count: number;
}

/** Environment variable naming the content folder (default `content`). */
export const contentDirVariable = "NEWS_ARCHIVE_CONTENT";
/** Environment variable carrying `--path-prefix`. */
export const pathPrefixVariable = "NEWS_ARCHIVE_PATH_PREFIX";

/** Environment variable with a JSON object of site config overrides, e.g. `{"itemsPerPage":3}`. */
export const siteOverridesVariable = "NEWS_ARCHIVE_SITE_CONFIG";

/** Environment variable naming the build state file (page signatures for incremental builds). */
export const stateFileVariable = "NEWS_ARCHIVE_STATE_FILE";
/** Environment variable that turns on incremental rendering (`1`). */
export const incrementalVariable = "NEWS_ARCHIVE_INCREMENTAL";

/** Environment variable naming this process's render shard as `index/count`, e.g. `1/2`. */
export const renderShardVariable = "NEWS_ARCHIVE_RENDER_SHARD";
/** Environment variable naming the file a shard writes the build state to, for its parent to promote. */
export const stateOutVariable = "NEWS_ARCHIVE_STATE_OUT";
/** Environment variable with BuildSettings.soloLimit (pages). */
export const soloLimitVariable = "NEWS_ARCHIVE_SOLO_LIMIT";

function parseRenderShard(value: string | undefined): RenderShard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(value ?? "");
  if (!match) return undefined;
  const shard = { index: Number(match[1]), count: Number(match[2]) };
  return shard.count > 1 && shard.index < shard.count ? shard : undefined;
}

/** Reads the per-run settings from the environment. */
export function readBuildSettings(env: NodeJS.ProcessEnv = process.env): BuildSettings {
  return {
    contentDir: env[contentDirVariable] || "content",
    pathPrefix: env[pathPrefixVariable] || undefined,
    stateFile: env[stateFileVariable] || undefined,
    incremental: env[incrementalVariable] === "1",
    renderShard: parseRenderShard(env[renderShardVariable]),
    stateOut: env[stateOutVariable] || undefined,
    soloLimit: Number(env[soloLimitVariable]) > 0 ? Number(env[soloLimitVariable]) : undefined,
    siteOverrides: env[siteOverridesVariable]
      ? (JSON.parse(env[siteOverridesVariable]) as Partial<SiteConfig>)
      : {},
  };
}

/** The site config of one run: the edited config, this run's overrides, then the CLI prefix. */
export function siteConfigFor(settings: BuildSettings): SiteConfig {
  return resolveSiteConfig({
    ...settings.siteOverrides,
    ...(settings.pathPrefix ? { pathPrefix: settings.pathPrefix } : {}),
  });
}
