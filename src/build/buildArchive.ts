import path from "node:path";
import {
  buildShardedSearchIndex,
  type ShardedSearchIndexStats,
} from "../search/buildShardedSearchIndex.ts";
import { bundleSearchClient } from "../search/bundleSearchClient.ts";
import {
  buildSite,
  siteConfigOf,
  type BuildSiteOptions,
  type SiteBuildReport,
} from "./buildSite.ts";
import { frontMatterCacheFile, loadArchiveModel, type LoadedContent } from "./planSiteRender.ts";
import { buildArchiveModel, type ArchiveModel } from "../site/archiveModel.ts";
import { defaultStateFile } from "../site/buildState.ts";
import type { SiteConfig } from "../site/siteConfig.ts";
import { writeHostFiles } from "../publish/writeHostFiles.ts";
import { formatArchivePart, type ArchivePart } from "./archivePart.ts";
import { PartsError, writePartManifest } from "./partManifest.ts";
import { lineProgress, secondsSince, type BuildProgress } from "./buildProgress.ts";
import { archiveSearchEntries } from "./archiveSearchEntries.ts";
import { writeOpenData, type OpenDataReport } from "../opendata/writeOpenData.ts";

/** Options of `news-archive build`: the site's, plus what to do about search. */
export interface BuildArchiveOptions extends BuildSiteOptions {
  /** Render the site. False indexes an already built `outDir` only. @default true */
  render?: boolean;
  /** Build the search index and write the search scripts. @default true */
  search?: boolean;
  /** Records per index shard (bounds Pagefind's memory). @default 10000 */
  maxPerShard?: number;
  /**
   * Render one part of the archive into `outDir` (its share of the article pages and a
   * `part.json`), for `news-archive merge` to join with the others.
   */
  part?: ArchivePart;
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
    /** Called with the number of shards done after each one (progress). */
    onShard?: (done: number) => void;
    /** The site build's state file: its front-matter cache spares parsing unchanged files again. */
    stateFile?: string | undefined;
    /** Index only this part's shards (`build --part`); the merge lists every part's. */
    part?: ArchivePart | undefined;
    /** The archive model when the site build has it; loaded from the content folder otherwise. */
    model?: ArchiveModel | undefined;
  },
  log: (line: string) => void = () => {},
): Promise<SearchBuildReport> {
  let shardsDone = 0;
  const client = await bundleSearchClient(path.join(options.outDir, SEARCH_SCRIPT_DIR), {
    searchPage: SEARCH_PAGE_SCRIPT,
  });
  // Skipped files are left out of the index as the site leaves them out (`log` reports them).
  const model =
    options.model ??
    (await loadArchiveModel(
      options.contentDir,
      options.config,
      frontMatterCacheFile(options.stateFile),
      (line) => log(`search: ${line}`),
    ));
  const stats = await buildShardedSearchIndex({
    bundleDir: path.join(options.outDir, SEARCH_BUNDLE_DIR),
    entries: archiveSearchEntries(model),
    ...(options.maxPerShard !== undefined ? { maxPerShard: options.maxPerShard } : {}),
    onShard: () => options.onShard?.(++shardsDone),
    part: options.part,
  });
  return {
    ...stats,
    indexFiles: stats.bundle.files,
    indexBytes: stats.bundle.bytes,
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

/** `news-archive build --part i/n`: renders one part's pages and records them in its `part.json`. */
async function buildArchivePart(
  options: BuildArchiveOptions,
  part: ArchivePart,
  progress: BuildProgress,
): Promise<void> {
  if (options.render === false || options.serve)
    throw new PartsError(
      "--part renders a part: it cannot be combined with --search-only or --serve",
    );
  const site = await buildSite({ ...options, progress, scope: { kind: "part", ...part } });
  if (!site) throw new PartsError(`part ${formatArchivePart(part)} rendered nothing`);
  const config = siteConfigOf(options);
  await writePartManifest(options.outDir, {
    version: 1,
    part,
    fingerprint: site.fingerprint,
    pages: site.pages,
  });
  // Its share of the search shards (every n-th of the date-ordered plan); merge lists them all.
  if (options.search ?? true)
    await indexArchiveSearch({ ...options, part }, config, progress, siteModel(site, config));
  progress.note(`part ${formatArchivePart(part)}: ${site.pages} pages`);
}

/** The full archive model of a site build: the one it holds, or rebuilt from the content it loaded. */
export function siteModel(site: SiteBuildReport, config: SiteConfig): ArchiveModel {
  return site.model ?? buildArchiveModel(site.content, config);
}

/**
 * Indexes the archive for search as one phase of `progress` (see buildArchiveSearch), from the
 * site build's model when there is one.
 */
export async function indexArchiveSearch(
  options: Pick<
    BuildArchiveOptions,
    "contentDir" | "outDir" | "maxPerShard" | "stateFile" | "render" | "part"
  >,
  config: SiteConfig,
  progress: BuildProgress,
  model?: ArchiveModel,
): Promise<SearchBuildReport> {
  progress.start("search");
  const search = await buildArchiveSearch(
    {
      contentDir: options.contentDir,
      outDir: options.outDir,
      config,
      stateFile: path.resolve(
        options.stateFile ?? defaultStateFile(options.contentDir, options.outDir),
      ),
      ...(options.maxPerShard !== undefined ? { maxPerShard: options.maxPerShard } : {}),
      onShard: (done) => progress.advance(done),
      part: options.part,
      model,
    },
    // A build that rendered has reported the skipped files already.
    (options.render ?? true) ? () => {} : (line) => progress.note(line),
  );
  progress.end(describeSearchBuild(search));
  return search;
}

/** One line of open data figures for the build's output. */
export function describeOpenData(report: OpenDataReport): string {
  const bytes = report.files.reduce((sum, file) => sum + file.bytes, 0);
  return (
    `open data: ${report.files.length} files in /data/ (${formatMegabytes(bytes)}), ` +
    `${report.yearsWritten.length} year file(s) rewritten, ${report.articleFilesWritten} article JSON written, ` +
    `${report.articleFilesRemoved} removed, ${report.articleTextsRead} article texts read`
  );
}

/**
 * Writes the open data files (`/data/`, per-article JSON) as one phase of `progress`, from the
 * content the site build loaded.
 */
export async function writeArchiveOpenData(
  options: Pick<BuildArchiveOptions, "contentDir" | "outDir" | "stateFile">,
  config: SiteConfig,
  progress: BuildProgress,
  loaded: LoadedContent,
): Promise<OpenDataReport> {
  const started = performance.now();
  progress.start("open data");
  const stateFile = options.stateFile ?? defaultStateFile(options.contentDir, options.outDir);
  const data = await writeOpenData({
    contentDir: options.contentDir,
    outDir: options.outDir,
    config,
    stateFile: stateFile.replace(/(\.json)?$/, ".opendata.json"),
    loaded,
  });
  progress.end(`${describeOpenData(data)} in ${secondsSince(started)}`);
  return data;
}

/**
 * `news-archive build`: renders the site with Eleventy, then indexes it for search. Under
 * `--serve` only the first build is indexed (later watch rebuilds re-render pages only).
 */
export async function buildArchive(options: BuildArchiveOptions): Promise<{
  search: SearchBuildReport | undefined;
}> {
  const progress =
    options.progress ??
    lineProgress((line) => process.stdout.write(`news-archive build: ${line}\n`));
  if (options.part) {
    await buildArchivePart(options, options.part, progress);
    return { search: undefined };
  }
  const site = (options.render ?? true) ? await buildSite({ ...options, progress }) : undefined;
  const config = siteConfigOf(options);
  if (site) await writeArchiveOpenData(options, config, progress, site.content);
  const search =
    (options.search ?? true)
      ? await indexArchiveSearch(options, config, progress, site && siteModel(site, config))
      : undefined;
  // Last: the hosts' cache rules are derived from every file present, Pagefind's included.
  const started = performance.now();
  progress.start("host files");
  const written = await writeHostFiles(options.outDir, { pathPrefix: config.pathPrefix });
  progress.end(`host files: ${written.join(" and ")} in ${secondsSince(started)}`);
  return { search };
}
