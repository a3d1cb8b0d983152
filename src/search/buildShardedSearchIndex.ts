import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildSearchIndex, closeSearchIndexer, type SearchIndexStats } from "./buildSearchIndex.ts";
import { pageSortDate } from "./pageSortDate.ts";
import { DEFAULT_SHARD_SIZE, planSearchShards, type ShardEntry } from "./planSearchShards.ts";
import { listSiteHtmlFiles, readSitePages, siteUrlOfFile } from "./readSitePages.ts";
import type { SearchHeadline } from "./searchRecords.ts";

/** File in the bundle folder listing the shards the search page merges. */
export const SHARDS_MANIFEST_FILE = "shards.json";

/** What the search page reads to find every shard (`path` is relative to the bundle folder). */
export interface SearchShardsManifest {
  version: 1;
  /** In date order, oldest first; an `undated` shard comes last. */
  shards: {
    name: string;
    path: string;
    pages: number;
    headlines: number;
    /** Records per year (`undated` for undated articles): lets a year filter load only its shards. */
    years: Record<string, number>;
    firstDate?: string;
    lastDate?: string;
    /** Hash of the shard's inputs: an unchanged shard is not rebuilt. */
    fingerprint: string;
  }[];
}

export interface BuildShardedSearchIndexOptions {
  /** Built site folder. @example "_site" */
  siteDir: string;
  /** Bundle folder relative to `siteDir`; shards go to `<bundle>/shards/<name>/`. @default "pagefind" */
  bundleSubdir?: string;
  headlines?: readonly SearchHeadline[];
  /** Upper bound of records (pages and headlines) per shard; bounds Pagefind's memory. @default DEFAULT_SHARD_SIZE */
  maxPerShard?: number;
  /** See `buildSearchIndex`. @default true */
  arabicMatching?: boolean;
  /**
   * Folders (relative to `siteDir`) that hold the pages to index; pages elsewhere are not even
   * read, which keeps an unchanged rebuild of a large site cheap. @default the whole site
   * @example ["articles"]
   */
  pageDirs?: readonly string[];
  /** Shards indexed at the same time (each holds up to `maxPerShard` records in memory). @default 2 */
  concurrency?: number;
  /** Called after each shard, e.g. for a progress line. */
  onShard?: (shard: ShardStats) => void;
}

export interface ShardStats {
  name: string;
  /** False when the shard's inputs were unchanged and its bundle was kept. */
  rebuilt: boolean;
  pages: number;
  headlines: number;
  /** Only for a rebuilt shard. */
  build?: SearchIndexStats;
}

export interface ShardedSearchIndexStats {
  shards: ShardStats[];
  pagesIndexed: number;
  pagesSkipped: number;
  shardsRebuilt: number;
  durationMs: number;
}

// Bump when indexing changes in a way that must rebuild unchanged inputs.
const INDEXER_VERSION = "search-index-2";
/** The filter naming a record's shard, which lets the search page sort by date shard by shard. */
export const SHARD_FILTER = "shard";
const HEADLINE_ID = "headline:";
// One shard per core of this 2-core target machine; more only adds memory.
const DEFAULT_CONCURRENCY = Math.min(2, os.availableParallelism());

/**
 * What of a headline reaches its search record (see `headlineRecord`): `lastSeen` changes on
 * every scrape that shows the headline again, and must not rebuild the shard it lives in.
 */
function indexedHeadlineFields(headline: SearchHeadline): string[] {
  return [headline.text, headline.url, headline.firstSeen.slice(0, 10), headline.newspaper ?? ""];
}

async function readManifest(file: string): Promise<SearchShardsManifest | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as SearchShardsManifest;
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Builds the search index as shards (consecutive years, at most `maxPerShard` pages and headlines
 * each) that the search page joins with Pagefind's `mergeIndex`, and rebuilds only the shards
 * whose inputs changed since the last run. Writes `<bundle>/shards.json`. A page's date comes
 * from its `date` sort key (see `pageSortDate`), a headline's from `firstSeen`.
 * @example await buildShardedSearchIndex({ siteDir: "_site", headlines, maxPerShard: 10_000 })
 */
export async function buildShardedSearchIndex(
  options: BuildShardedSearchIndexOptions,
): Promise<ShardedSearchIndexStats> {
  const started = performance.now();
  const bundleSubdir = options.bundleSubdir ?? "pagefind";
  const bundleDir = path.join(options.siteDir, bundleSubdir);
  const arabicMatching = options.arabicMatching ?? true;
  const headlines = options.headlines ?? [];

  // One pass over the pages: keep those that opt in to search, note their date, hash each one.
  const entries: ShardEntry[] = [];
  const fileOfUrl = new Map<string, string>();
  const hashOfUrl = new Map<string, string>();
  let pagesSkipped = 0;
  const files = options.pageDirs
    ? (
        await Promise.all(
          options.pageDirs.map(async (dir) =>
            (await exists(path.join(options.siteDir, dir)))
              ? (await listSiteHtmlFiles(path.join(options.siteDir, dir))).map((file) =>
                  path.join(dir, file),
                )
              : [],
          ),
        )
      )
        .flat()
        .sort()
    : await listSiteHtmlFiles(options.siteDir, [bundleSubdir]);
  for (const file of files) {
    // Synchronous: see listSiteHtmlFiles.
    const html = readFileSync(path.join(options.siteDir, file), "utf8");
    if (!html.includes("data-pagefind-body")) {
      pagesSkipped++;
      continue;
    }
    const url = siteUrlOfFile(file);
    fileOfUrl.set(url, file);
    hashOfUrl.set(url, createHash("sha256").update(html).digest("hex"));
    entries.push({ id: url, date: pageSortDate(html) });
  }
  // A headline's id comes from its content, not its place in the list: ids order the records of
  // one day, and a day of news must not reorder (and so re-shard) the days before it.
  const headlineOfId = new Map<string, SearchHeadline>();
  for (const headline of headlines) {
    const base = `${HEADLINE_ID}${headline.firstSeen}\t${headline.text}\t${headline.url}`;
    let id = base;
    for (let repeat = 2; headlineOfId.has(id); repeat++) id = `${base}\t${repeat}`;
    headlineOfId.set(id, headline);
    entries.push({ id, date: headline.firstSeen.slice(0, 10) });
  }

  const plan = planSearchShards(entries, {
    maxPerShard: options.maxPerShard ?? DEFAULT_SHARD_SIZE,
  });
  const previous = await readManifest(path.join(bundleDir, SHARDS_MANIFEST_FILE));
  const manifest: SearchShardsManifest = { version: 1, shards: [] };

  // Which shards keep their bundle, which are rebuilt (and from what), in plan order.
  const jobs = await Promise.all(
    plan.map(async (shard) => {
      const urls = shard.entries.filter((entry) => !entry.id.startsWith(HEADLINE_ID));
      const shardHeadlines = shard.entries
        .filter((entry) => entry.id.startsWith(HEADLINE_ID))
        .map((entry) => headlineOfId.get(entry.id))
        .filter((headline) => headline !== undefined);
      const fingerprint = createHash("sha256")
        .update(`${INDEXER_VERSION}\n${arabicMatching}\n${shard.name}\n`)
        .update(urls.map((entry) => `${entry.id}\t${hashOfUrl.get(entry.id)}\n`).join(""))
        .update(JSON.stringify(shardHeadlines.map(indexedHeadlineFields)))
        .digest("hex");
      const shardPath = `shards/${shard.name}/`;
      const outputPath = path.join(bundleDir, shardPath);
      const old = previous?.shards.find(
        (listed) => listed.name === shard.name && listed.fingerprint === fingerprint,
      );
      const kept =
        old && (await exists(path.join(outputPath, "pagefind-entry.json"))) ? old : undefined;
      return { shard, urls, shardHeadlines, fingerprint, shardPath, outputPath, kept };
    }),
  );

  const statsOf = new Map<string, ShardStats>();
  const rebuild = async (job: (typeof jobs)[number]): Promise<void> => {
    const build = await buildSearchIndex({
      siteDir: options.siteDir,
      outputPath: job.outputPath,
      pages: readSitePages(
        options.siteDir,
        job.urls.map((entry) => fileOfUrl.get(entry.id) ?? entry.id),
      ),
      headlines: job.shardHeadlines,
      arabicMatching,
      extraFilters: { [SHARD_FILTER]: job.shard.name },
    });
    const stats: ShardStats = {
      name: job.shard.name,
      rebuilt: true,
      pages: build.pagesIndexed,
      headlines: build.headlinesIndexed,
      build,
    };
    statsOf.set(job.shard.name, stats);
    options.onShard?.(stats);
  };
  for (const job of jobs) {
    if (!job.kept) continue;
    const stats = {
      name: job.shard.name,
      rebuilt: false,
      pages: job.kept.pages,
      headlines: job.kept.headlines,
    };
    statsOf.set(job.shard.name, stats);
    options.onShard?.(stats);
  }
  // Pagefind's one indexing process builds `concurrency` shards at once (it uses both cores);
  // between rounds it is restarted, which hands the finished shards' memory back to the system.
  const toBuild = jobs.filter((job) => !job.kept);
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  for (let start = 0; start < toBuild.length; start += concurrency) {
    await Promise.all(toBuild.slice(start, start + concurrency).map(rebuild));
    await closeSearchIndexer();
  }

  const shards: ShardStats[] = [];
  for (const job of jobs) {
    const stats = statsOf.get(job.shard.name);
    if (!stats) throw new Error(`search shard ${job.shard.name} was not built`);
    const years: Record<string, number> = {};
    for (const entry of job.shard.entries) {
      const year = entry.date?.slice(0, 4) ?? "undated";
      years[year] = (years[year] ?? 0) + 1;
    }
    manifest.shards.push({
      name: job.shard.name,
      path: job.shardPath,
      pages: stats.pages,
      headlines: stats.headlines,
      years,
      ...(job.shard.firstDate
        ? { firstDate: job.shard.firstDate, lastDate: job.shard.lastDate }
        : {}),
      fingerprint: job.fingerprint,
    });
    shards.push(stats);
  }

  // Shards of a previous plan that no longer exist (e.g. years repacked) must not be merged.
  const shardsDir = path.join(bundleDir, "shards");
  await mkdir(shardsDir, { recursive: true });
  const planned = new Set(plan.map((shard) => shard.name));
  for (const name of await readdir(shardsDir)) {
    if (!planned.has(name)) await rm(path.join(shardsDir, name), { recursive: true, force: true });
  }
  await writeFile(
    path.join(bundleDir, SHARDS_MANIFEST_FILE),
    JSON.stringify(manifest, null, 2) + "\n",
  );

  return {
    shards,
    pagesIndexed: shards.reduce((sum, shard) => sum + shard.pages, 0),
    pagesSkipped,
    shardsRebuilt: shards.filter((shard) => shard.rebuilt).length,
    durationMs: Math.round(performance.now() - started),
  };
}
