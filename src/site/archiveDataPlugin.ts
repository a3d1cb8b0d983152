import type { ArchiveModel } from "./archiveModel.ts";
import type { EleventyConfig } from "./eleventyConfig.ts";

/** Options of the archive data plugin. */
export interface ArchiveDataOptions {
  /** The archive model of this run (called again before every watch rebuild). */
  loadArchive: () => Promise<ArchiveModel>;
  /** A folder whose changes trigger a rebuild under `--serve`. */
  watchDir?: string | undefined;
}

/**
 * Exposes the archive model as the global `archive` data; templates only loop over it. What the
 * model holds (all pages, a shard's share, an incremental plan's) is decided by the build.
 */
export function archiveDataPlugin(
  eleventyConfig: EleventyConfig,
  options: ArchiveDataOptions,
): void {
  let model: Promise<ArchiveModel> | undefined;
  // A watch rebuild must see new content, so the cached model is dropped before every build.
  eleventyConfig.on("eleventy.before", () => {
    model = undefined;
  });
  // Frozen (a shallow copy), so that Eleventy hands it to each page as it is: a plain object it
  // would copy into every template's data and wrap in a Proxy on every page's every lookup.
  eleventyConfig.addGlobalData(
    "archive",
    () => (model ??= options.loadArchive().then((loaded) => Object.freeze({ ...loaded }))),
  );
  if (options.watchDir) eleventyConfig.addWatchTarget(options.watchDir);
}
