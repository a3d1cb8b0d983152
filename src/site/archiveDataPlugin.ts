import { buildArchiveModel, type ArchiveModel } from "./archiveModel.ts";
import type { EleventyConfig } from "./eleventyConfig.ts";
import { loadArchive, type LoadProblem } from "./loadArchive.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** Options of the archive data plugin. */
export interface ArchiveDataOptions {
  /** Folder with `articles/` and `headlines/`. */
  contentDir: string;
  config: SiteConfig;
  /** Receives the files that were skipped; defaults to printing them on stderr. */
  onProblems?: (problems: readonly LoadProblem[]) => void;
}

function printProblems(problems: readonly LoadProblem[]): void {
  for (const { file, message } of problems) process.stderr.write(`news-archive build: skipped ${file}: ${message}\n`);
}

/**
 * Loads the content folder once per build and exposes the archive model as the global `archive`
 * data; templates only loop over it.
 */
export function archiveDataPlugin(eleventyConfig: EleventyConfig, options: ArchiveDataOptions): void {
  let model: Promise<ArchiveModel> | undefined;
  const report = options.onProblems ?? printProblems;
  // A watch rebuild must see new content, so the cached model is dropped before every build.
  eleventyConfig.on("eleventy.before", () => {
    model = undefined;
  });
  eleventyConfig.addGlobalData("archive", () => {
    model ??= loadArchive(options.contentDir).then((loaded) => {
      if (loaded.problems.length) report(loaded.problems);
      return buildArchiveModel(loaded, options.config);
    });
    return model;
  });
  eleventyConfig.addWatchTarget(options.contentDir);
}
