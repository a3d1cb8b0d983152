import path from "node:path";
import { fileURLToPath } from "node:url";
import Eleventy from "@11ty/eleventy";
import {
  contentDirVariable,
  incrementalVariable,
  pathPrefixVariable,
  siteOverridesVariable,
  stateFileVariable,
} from "./buildSettings.ts";
import { defaultStateFile, frontMatterCacheFile } from "./buildState.ts";
import {
  chooseRenderShards,
  countArticleFiles,
  renderShardsVariable,
  runRenderShards,
} from "./renderShards.ts";
import { normalizePathPrefix, type SiteConfig } from "./siteConfig.ts";
import { buildStories } from "../stories/buildStories.ts";

/** Options of one site build. */
export interface BuildSiteOptions {
  /** Folder with `articles/` and `headlines/` (the ingest output). */
  contentDir: string;
  /** Output folder. */
  outDir: string;
  /** Overrides the site config's path prefix, e.g. `/archive/`. */
  pathPrefix?: string;
  /** Keep serving with live reload after the first build (Eleventy's dev server). */
  serve?: boolean;
  port?: number;
  quiet?: boolean;
  /** Site config values to override for this run (tests, benchmarks). */
  siteOverrides?: Partial<SiteConfig>;
  /** Re-render only pages whose inputs changed since the last build into the same folder. */
  incremental?: boolean;
  /** Where page signatures are kept; defaults to `.cache/site-build/<hash of outDir>.json`. */
  stateFile?: string;
  /**
   * Processes that render the site together (1: in this process). Default: NEWS_ARCHIVE_RENDER_SHARDS,
   * else chosen from the number of articles (see chooseRenderShards).
   */
  renderShards?: number;
}

/** The repository root, where `.eleventy.ts` and `templates/` live. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The environment variables that carry one build's settings to `.eleventy.ts` (undefined = unset). */
export function buildEnvironment(options: BuildSiteOptions): Record<string, string | undefined> {
  return {
    [contentDirVariable]: path.resolve(options.contentDir),
    [pathPrefixVariable]:
      options.pathPrefix === undefined ? undefined : normalizePathPrefix(options.pathPrefix),
    // Without overrides, a NEWS_ARCHIVE_SITE_CONFIG already in the environment stays in effect.
    ...(options.siteOverrides
      ? { [siteOverridesVariable]: JSON.stringify(options.siteOverrides) }
      : {}),
    // Every build records page signatures; watch mode relies on Eleventy's own rebuilds instead.
    [stateFileVariable]: options.serve
      ? undefined
      : (options.stateFile ?? defaultStateFile(options.outDir)),
    [incrementalVariable]: options.incremental && !options.serve ? "1" : undefined,
  };
}

function renderShardCount(options: BuildSiteOptions): number {
  const fixed = options.renderShards ?? Number(process.env[renderShardsVariable] || 0);
  if (Number.isInteger(fixed) && fixed >= 1) return fixed;
  return chooseRenderShards(countArticleFiles(options.contentDir), options.incremental ?? false);
}

/**
 * Runs Eleventy from TypeScript (Eleventy 3.1 cannot find a `.ts` config by itself). The content
 * folder and prefix reach `.eleventy.ts` through environment variables (see buildSettings.ts).
 */
export async function buildSite(options: BuildSiteOptions): Promise<Eleventy | undefined> {
  const environment = buildEnvironment(options);
  for (const [name, value] of Object.entries(environment)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  // Stories and related articles first: every render process reads their result (src/stories/).
  await buildStories({
    contentDir: options.contentDir,
    frontMatterCacheFile: frontMatterCacheFile(environment[stateFileVariable]),
  });
  const shards = options.serve ? 1 : renderShardCount(options);
  if (shards > 1) {
    const job: BuildSiteOptions = {
      ...options,
      contentDir: path.resolve(options.contentDir),
      outDir: path.resolve(options.outDir),
      ...(environment[stateFileVariable] ? { stateFile: environment[stateFileVariable] } : {}),
    };
    await runRenderShards(shards, job, projectRoot);
    return undefined;
  }

  const eleventy = new Eleventy(path.join(projectRoot, "templates"), path.resolve(options.outDir), {
    configPath: path.join(projectRoot, ".eleventy.ts"),
    quietMode: options.quiet ?? true,
    runMode: options.serve ? "serve" : "build",
    ...(options.pathPrefix !== undefined
      ? { pathPrefix: normalizePathPrefix(options.pathPrefix) }
      : {}),
  });
  if (options.serve) {
    // watch() needs the initialised instance that write() would set up itself.
    await eleventy.init();
    await eleventy.watch();
    await eleventy.serve(options.port);
  } else {
    await eleventy.write();
  }
  return eleventy;
}
