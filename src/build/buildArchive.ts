import path from "node:path";
import { folderSize } from "../search/folderSize.ts";
import {
  buildShardedSearchIndex,
  type ShardedSearchIndexStats,
} from "../search/buildShardedSearchIndex.ts";
import { bundleSearchClient } from "../search/bundleSearchClient.ts";
import { buildSite, siteConfigOf, type BuildSiteOptions } from "./buildSite.ts";
import { frontMatterCacheFile, loadArchiveModel } from "./planSiteRender.ts";
import { defaultStateFile } from "../site/buildState.ts";
import type { SiteConfig } from "../site/siteConfig.ts";
import { writeHostFiles } from "../publish/writeHostFiles.ts";
import { archiveSearchEntries } from "./archiveSearchEntries.ts";

/** Options of `news-archive build`: the site's, plus what to do about search. */
export interface BuildArchiveOptions extends BuildSiteOptions {
  /** Render the site. False indexes an already built `outDir` only. @default true */
  render?: boolean;
  /** Build the search index and write the search scripts. @default true */
  search?: boolean;
  /** Records per index shard (bounds Pagefind's memory). @default 10000 */
  maxPerShard?: number;
  /** Progress and figures; defaults to stdout. */
  log?: (line: string) => void;
}

/** What indexing did, with the bundle's size on disk. */
export interface SearchBuildReport extends ShardedSearchIndexStats {
  indexFiles: number;
  indexBytes: number;
  clientBytes: number;
}

/** The search page's script, as `templates/search.njk` loads it. */
export const SEARCH_PAGE_SCRIPT = "search.js";
/** Folder of the site (and URL) holding the search scripts. */
export const SEARCH_SCRIPT_DIR = "search";
/** Folder of the site holding the Pagefind shards and `shards.json`. */
export const SEARCH_BUNDLE_DIR = "pagefind";

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/**
 * Indexes the archive for search: writes the search scripts to `<out>/search/` and the sharded
 * Pagefind index to `<out>/pagefind/`, rebuilding only the shards whose articles or headlines
 * changed. What is indexed comes from the site's model (the same loader and model the pages are
 * rendered from), never from the built pages.
 */
export async function buildArchiveSearch(
  options: {
    contentDir: string;
    outDir: string;
    config: SiteConfig;
    maxPerShard?: number;
    /** The site build's state file: its front-matter cache spares parsing unchanged files again. */
    stateFile?: string | undefined;
  },
  log: (line: string) => void = () => {},
): Promise<SearchBuildReport> {
  const client = await bundleSearchClient(path.join(options.outDir, SEARCH_SCRIPT_DIR), {
    searchPage: SEARCH_PAGE_SCRIPT,
  });
  // Skipped files are left out of the index as the site leaves them out (`log` reports them).
  const model = await loadArchiveModel(
    options.contentDir,
    options.config,
    frontMatterCacheFile(options.stateFile),
    (line) => log(`search: ${line}`),
  );
  const stats = await buildShardedSearchIndex({
    bundleDir: path.join(options.outDir, SEARCH_BUNDLE_DIR),
    entries: archiveSearchEntries(model),
    ...(options.maxPerShard !== undefined ? { maxPerShard: options.maxPerShard } : {}),
  });
  const size = folderSize(path.join(options.outDir, SEARCH_BUNDLE_DIR));
  return {
    ...stats,
    indexFiles: size.files,
    indexBytes: size.bytes,
    clientBytes: client.reduce((sum, file) => sum + file.bytes, 0),
  };
}

/** One line of indexing figures for the build's output. */
export function describeSearchBuild(report: SearchBuildReport): string {
  return (
    `search index: ${report.pagesIndexed} pages and ${report.headlinesIndexed} headlines in ` +
    `${report.shards.length} shard(s), ${report.shardsRebuilt} rebuilt, ` +
    `${formatMegabytes(report.indexBytes)} in ${report.indexFiles} files, ` +
    `${(report.durationMs / 1000).toFixed(1)} s`
  );
}

/**
 * `news-archive build`: renders the site with Eleventy, then indexes it for search. Under
 * `--serve` only the first build is indexed (later watch rebuilds re-render pages only).
 */
export async function buildArchive(options: BuildArchiveOptions): Promise<{
  search: SearchBuildReport | undefined;
}> {
  const log =
    options.log ?? ((line: string) => process.stdout.write(`news-archive build: ${line}\n`));
  if (options.render ?? true) await buildSite(options);
  const config = siteConfigOf(options);
  let search: SearchBuildReport | undefined;
  if (options.search ?? true) {
    search = await buildArchiveSearch(
      {
        contentDir: options.contentDir,
        outDir: options.outDir,
        config,
        stateFile: path.resolve(options.stateFile ?? defaultStateFile(options.outDir)),
        ...(options.maxPerShard !== undefined ? { maxPerShard: options.maxPerShard } : {}),
      },
      // A build that rendered has reported the skipped files already.
      (options.render ?? true) ? () => {} : log,
    );
    log(describeSearchBuild(search));
  }
  // Last: the hosts' cache rules are derived from every file present, Pagefind's included.
  await writeHostFiles(options.outDir, { pathPrefix: config.pathPrefix });
  return { search };
}
