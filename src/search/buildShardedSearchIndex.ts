import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildSearchIndex, type SearchIndexStats } from "./buildSearchIndex.ts";
import { openPagefindServices } from "./pagefindServices.ts";
import { DEFAULT_SHARD_SIZE, planSearchShards, type SearchShardPlan } from "./planSearchShards.ts";
import type { SearchEntry } from "./searchEntry.ts";
import { folderSize } from "./folderSize.ts";
import type { SearchRecordKind } from "./searchRecord.ts";
import type { RouteDirectory } from "./routeTerms.ts";
import { writeRouteDirectory } from "./writeRouteDirectory.ts";
import { writeRuntimeBundle } from "./writeRuntimeBundle.ts";

/** File in the bundle folder listing the shards the search page merges. */
export const SHARDS_MANIFEST_FILE = "shards.json";

/** What the search page reads to find every shard (`path` is relative to the bundle folder). */
export interface SearchShardsManifest {
  version: 1;
  /** The bundle every Pagefind instance of the page opens first (see writeRuntimeBundle). */
  runtime?: string;
  /** The term → shards directory; its shard bits follow the order of `shards`. */
  routing?: RouteDirectory;
  /** Article shards in date order, oldest first (an `undated` shard last), then headline shards. */
  shards: {
    name: string;
    path: string;
    /** What the shard holds: articles or ticker headlines, never both. */
    kind: SearchRecordKind;
    pages: number;
    headlines: number;
    /** Records per year (`undated` for undated articles): lets a year filter load only its shards. */
    years: Record<string, number>;
    firstDate?: string;
    lastDate?: string;
    /** Hash of the shard's inputs: an unchanged shard is not rebuilt. */
    fingerprint: string;
    /** The shard folder's files and bytes on disk: a kept shard is not walked again to report them. */
    files?: number;
    bytes?: number;
  }[];
}

export interface BuildShardedSearchIndexOptions {
  /** Bundle folder; shards go to `<bundleDir>/shards/<name>/`. @example "_site/pagefind" */
  bundleDir: string;
  /** Every record of the archive (see archiveSearchEntries). */
  entries: readonly SearchEntry[];
  /** Upper bound of records per shard; bounds Pagefind's memory. @default DEFAULT_SHARD_SIZE */
  maxPerShard?: number;
  /** See `buildSearchIndex`. @default true */
  arabicMatching?: boolean;
  /** Pagefind processes indexing at once, one shard each. @default one per core, at most 2 */
  concurrency?: number;
  /** Called after each shard, e.g. for a progress line. */
  onShard?: (shard: ShardStats) => void;
  /**
   * Build and list only this part's shards: every `count`-th in plan order, from `number - 1`
   * (`news-archive build --part`); `news-archive merge` lists the parts' shards together.
   */
  part?: { number: number; count: number } | undefined;
}

export interface ShardStats {
  name: string;
  /** False when the shard's inputs were unchanged and its bundle was kept. */
  rebuilt: boolean;
  pages: number;
  headlines: number;
  /** Only for a rebuilt shard. */
  build?: SearchIndexStats;
  /** The shard folder's files and bytes on disk. */
  size: { files: number; bytes: number };
}

export interface ShardedSearchIndexStats {
  shards: ShardStats[];
  pagesIndexed: number;
  headlinesIndexed: number;
  shardsRebuilt: number;
  /** The term → shards directory. */
  routing: RouteDirectory & { words: number; bytes: number };
  /** Files and bytes of the whole bundle folder (shards, term directory, `shards.json`). */
  bundle: { files: number; bytes: number };
  durationMs: number;
}

// Bump when indexing changes in a way that must rebuild unchanged inputs.
const INDEXER_VERSION = "search-index-4";
/** Per shard folder: the directory words of its records, so a kept shard need not be read again. */
const ROUTE_WORDS_FILE = "route-words.txt";
/** The filter naming a record's shard, which lets the search page sort by date shard by shard. */
export const SHARD_FILTER = "shard";
/** Headline shards are named `headlines-<years>`, beside the articles' `<years>`. */
const HEADLINE_SHARD_PREFIX = "headlines-";
// Each shard holds up to maxPerShard records in one Pagefind process: one process per core.
const DEFAULT_CONCURRENCY = Math.min(2, os.availableParallelism());

async function readManifest(file: string): Promise<SearchShardsManifest | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as SearchShardsManifest;
  } catch {
    return undefined;
  }
}

async function readRouteWords(shardDir: string): Promise<Set<string> | undefined> {
  try {
    const text = await readFile(path.join(shardDir, ROUTE_WORDS_FILE), "utf8");
    return new Set(text === "" ? [] : text.split("\n"));
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

interface ShardJob {
  plan: SearchShardPlan;
  kind: SearchRecordKind;
  entries: SearchEntry[];
  fingerprint: string;
  shardPath: string;
  outputPath: string;
  kept: SearchShardsManifest["shards"][number] | undefined;
  /** The shard's directory words: read back for a kept shard, collected for a rebuilt one. */
  words: Set<string>;
}

/** Plans one kind's shards: date-ordered, years packed while they fit. */
function planKind(
  entries: readonly SearchEntry[],
  kind: SearchRecordKind,
  maxPerShard: number,
): { plan: SearchShardPlan; kind: SearchRecordKind; entries: SearchEntry[] }[] {
  const byId = new Map(entries.filter((e) => e.kind === kind).map((e) => [e.id, e]));
  const plans = planSearchShards(
    [...byId.values()].map((entry) => ({ id: entry.id, date: entry.date })),
    // Headlines are dated by their first scrape, so new ones are always the newest.
    { maxPerShard, yearParts: kind === "headline" ? "count" : "calendar" },
  );
  return plans.map((plan) => ({
    plan: kind === "headline" ? { ...plan, name: `${HEADLINE_SHARD_PREFIX}${plan.name}` } : plan,
    kind,
    entries: plan.entries.map((entry) => byId.get(entry.id)).filter((e) => e !== undefined),
  }));
}

/**
 * Builds the search index as shards that the search page joins with Pagefind's `mergeIndex`:
 * articles and ticker headlines in shards of their own (so a search can rank each apart),
 * each in date order with at most `maxPerShard` records. Only shards whose records changed since
 * the last run are rebuilt, by one Pagefind process per core fed from one queue. Writes
 * `<bundle>/shards.json`.
 * @example await buildShardedSearchIndex({ bundleDir: "_site/pagefind", entries, maxPerShard: 5000 })
 */
export async function buildShardedSearchIndex(
  options: BuildShardedSearchIndexOptions,
): Promise<ShardedSearchIndexStats> {
  const started = performance.now();
  const bundleDir = options.bundleDir;
  const arabicMatching = options.arabicMatching ?? true;
  const maxPerShard = options.maxPerShard ?? DEFAULT_SHARD_SIZE;
  const planned = [
    ...planKind(options.entries, "article", maxPerShard),
    ...planKind(options.entries, "headline", maxPerShard),
  ];
  const { part } = options;
  const chosen = part
    ? planned.filter((_, index) => index % part.count === part.number - 1)
    : planned;
  const previous = await readManifest(path.join(bundleDir, SHARDS_MANIFEST_FILE));

  const jobs: ShardJob[] = await Promise.all(
    chosen.map(async ({ plan, kind, entries }) => {
      const fingerprint = createHash("sha256")
        .update(`${INDEXER_VERSION}\n${arabicMatching}\n${plan.name}\n`)
        .update(entries.map((entry) => `${entry.id}\t${entry.signature}\n`).join(""))
        .digest("hex");
      const shardPath = `shards/${plan.name}/`;
      const outputPath = path.join(bundleDir, shardPath);
      const old = previous?.shards.find(
        (listed) => listed.name === plan.name && listed.fingerprint === fingerprint,
      );
      const words = old ? await readRouteWords(outputPath) : undefined;
      const kept =
        old && words && (await exists(path.join(outputPath, "pagefind-entry.json")))
          ? old
          : undefined;
      return {
        plan,
        kind,
        entries,
        fingerprint,
        shardPath,
        outputPath,
        kept,
        words: kept && words ? words : new Set<string>(),
      };
    }),
  );

  const statsOf = new Map<string, ShardStats>();
  for (const job of jobs) {
    if (!job.kept) continue;
    const { files, bytes } = job.kept;
    const stats = {
      name: job.plan.name,
      rebuilt: false,
      pages: job.kept.pages,
      headlines: job.kept.headlines,
      // Listed by an older build without its size: walked once, recorded from now on.
      size:
        files !== undefined && bytes !== undefined ? { files, bytes } : folderSize(job.outputPath),
    };
    statsOf.set(job.plan.name, stats);
    options.onShard?.(stats);
  }

  // A continuous queue: each Pagefind process takes the next shard as soon as it is done, and is
  // restarted after each shard (≈0.02 s), which hands that shard's memory back to the system.
  const queue = jobs.filter((job) => !job.kept);
  const services = await openPagefindServices(
    Math.min(queue.length, Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY)),
  );
  await Promise.all(
    services.map(async (service) => {
      try {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const build = await buildSearchIndex({
            outputPath: job.outputPath,
            records: (function* (entries) {
              for (const entry of entries) yield entry.load();
            })(job.entries),
            routeWords: job.words,
            arabicMatching,
            extraFilters: { [SHARD_FILTER]: job.plan.name },
            service,
          });
          await service.close();
          const routeWords = [...job.words].sort().join("\n");
          await writeFile(path.join(job.outputPath, ROUTE_WORDS_FILE), routeWords);
          const stats: ShardStats = {
            name: job.plan.name,
            rebuilt: true,
            pages: build.pagesIndexed,
            headlines: build.headlinesIndexed,
            build,
            size: {
              files: build.filesWritten + 1,
              bytes: build.bytesWritten + Buffer.byteLength(routeWords),
            },
          };
          statsOf.set(job.plan.name, stats);
          options.onShard?.(stats);
        }
      } finally {
        await service.close();
      }
    }),
  );

  const manifest: SearchShardsManifest = { version: 1, shards: [] };
  const shards: ShardStats[] = [];
  for (const job of jobs) {
    const stats = statsOf.get(job.plan.name);
    if (!stats) throw new Error(`search shard ${job.plan.name} was not built`);
    const years: Record<string, number> = {};
    for (const entry of job.plan.entries) {
      const year = entry.date?.slice(0, 4) ?? "undated";
      years[year] = (years[year] ?? 0) + 1;
    }
    manifest.shards.push({
      name: job.plan.name,
      path: job.shardPath,
      kind: job.kind,
      pages: stats.pages,
      headlines: stats.headlines,
      years,
      ...(job.plan.firstDate ? { firstDate: job.plan.firstDate, lastDate: job.plan.lastDate } : {}),
      fingerprint: job.fingerprint,
      files: stats.size.files,
      bytes: stats.size.bytes,
    });
    shards.push(stats);
  }

  // Shards of a previous plan that no longer exist (e.g. years repacked) must not be merged.
  const shardsDir = path.join(bundleDir, "shards");
  await mkdir(shardsDir, { recursive: true });
  const names = new Set(jobs.map((job) => job.plan.name));
  for (const name of await readdir(shardsDir)) {
    if (!names.has(name)) await rm(path.join(shardsDir, name), { recursive: true, force: true });
  }
  const routing = await writeRouteDirectory(
    bundleDir,
    jobs.map((job) => job.words),
  );
  manifest.routing = { dir: routing.dir, buckets: routing.buckets };
  let runtimeSize = { files: 0, bytes: 0 };
  const [runtimeService] = await openPagefindServices(1);
  if (!runtimeService) throw new Error("no Pagefind process for the runtime bundle");
  try {
    manifest.runtime = await writeRuntimeBundle(bundleDir, runtimeService);
    runtimeSize = folderSize(path.join(bundleDir, manifest.runtime));
  } finally {
    await runtimeService.close();
  }
  const manifestText = JSON.stringify(manifest, null, 2) + "\n";
  await writeFile(path.join(bundleDir, SHARDS_MANIFEST_FILE), manifestText);
  // Summed from what each step wrote: a walk of the whole bundle (146k files at 100k articles)
  // would stat every kept shard's files again.
  const bundle = {
    files: shards.reduce(
      (sum, shard) => sum + shard.size.files,
      routing.buckets + 1 + runtimeSize.files,
    ),
    bytes: shards.reduce(
      (sum, shard) => sum + shard.size.bytes,
      routing.bytes + Buffer.byteLength(manifestText) + runtimeSize.bytes,
    ),
  };

  return {
    shards,
    pagesIndexed: shards.reduce((sum, shard) => sum + shard.pages, 0),
    headlinesIndexed: shards.reduce((sum, shard) => sum + shard.headlines, 0),
    shardsRebuilt: shards.filter((shard) => shard.rebuilt).length,
    routing,
    bundle,
    durationMs: Math.round(performance.now() - started),
  };
}
