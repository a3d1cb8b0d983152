/**
 * The find-the-story benchmark: a query set with known answers run through the real pagefind.js
 * (in Node, over HTTP on the loopback) against this archive's search and against one plain
 * Pagefind index of the same article pages, with what each query downloads.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bundleBucketFetcher, chooseQueryShards } from "../search/chooseQueryShards.ts";
import type { SearchShardsManifest } from "../search/buildShardedSearchIndex.ts";
import { SHARD_FILTER, SHARDS_MANIFEST_FILE } from "../search/buildShardedSearchIndex.ts";
import { createShardedIndex, type PagefindModuleApi } from "../search/searchPageIndex.ts";
import { shardsHoldingEveryWord } from "../search/shardsHoldingEveryWord.ts";
import {
  searchArchiveGroups,
  type PagefindApi,
  type PagefindResult,
} from "../search/searchArchive.ts";
import {
  gzipSize,
  limitFetchConcurrency,
  startCountingServer,
  type CountedTraffic,
  type CountingServer,
} from "./countingServer.ts";

/** One query with the article pages it must find (site URLs). */
export interface StoryQuery {
  query: string;
  /** rare-name, common, variant, prefix or nothing (must find nothing). */
  kind: string;
  /** Article page URLs, e.g. `/articles/2006/02/<id>/`; empty for a must-find-nothing query. */
  expectHrefs: string[];
}

/** What one side (ours or plain Pagefind) did for one query. */
export interface StoryOutcome {
  query: StoryQuery;
  /** 1-based rank of the best-placed expected page among article results; undefined if absent. */
  rank: number | undefined;
  /** Expected pages found anywhere in the results. */
  found: number;
  results: number;
  /** Compressed bytes of a cold query, and of the same query after the previous one (warm). */
  coldBytes: number;
  warmBytes: number;
  /** The same bytes by kind of file (runtime, meta, index, fragment, directory, …). */
  coldByKind?: CountedTraffic["byKind"];
  warmByKind?: CountedTraffic["byKind"];
}

interface PagefindModule extends PagefindApi<{ url: string }> {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
}

let instances = 0;
/**
 * A fresh pagefind.js instance, so each cold query starts empty: imported from a copy under its
 * own file name (a query string is not enough under Vitest, whose module runner drops it).
 */
async function importPagefind(bundleDir: string, bundleUrl: string): Promise<PagefindModule> {
  writeFileSync(path.join(bundleDir, "package.json"), '{"type":"module"}\n');
  const copy = path.join(bundleDir, `pagefind.instance-${process.pid}-${++instances}.js`);
  copyFileSync(path.join(bundleDir, "pagefind.js"), copy);
  try {
    const pagefind = (await import(/* @vite-ignore */ pathToFileURL(copy).href)) as PagefindModule;
    await pagefind.options({ basePath: bundleUrl, baseUrl: "/" });
    return pagefind;
  } finally {
    rmSync(copy, { force: true });
  }
}

const FIRST_SCREEN = 10;
/** Fetches in flight at once: about what a browser's HTTP/2 connection to one host carries. */
const FETCHES_IN_FLIGHT = 64;
/** Results whose URL is read to place an expected page that is not on the first screen. */
const RANKED = 200;
/** Headlines the search page shows as a compact group beside the articles. */
const HEADLINES_SHOWN = 5;

async function urlsOf(results: PagefindResult<{ url: string }>[], count: number) {
  return (await Promise.all(results.slice(0, count).map((result) => result.data()))).map(
    (data) => data.url,
  );
}

function outcome(
  query: StoryQuery,
  allUrls: readonly string[],
  bytes: { coldBytes: number; warmBytes: number },
): StoryOutcome {
  const ranks = query.expectHrefs
    .map((href) => allUrls.indexOf(href))
    .filter((index) => index >= 0)
    .map((index) => index + 1);
  return {
    query,
    rank: ranks.length > 0 ? Math.min(...ranks) : undefined,
    found: ranks.length,
    results: allUrls.length,
    ...bytes,
  };
}

/** How `runOurSearch` searches. */
export interface OurSearchOptions {
  /**
   * Leave out the routed shards where no page holds every checked word before ranking
   * (`shardsHoldingEveryWord`), as the page does; false ranks every routed shard, as the page
   * did before. @default true
   */
  narrowShards?: boolean;
}

/**
 * Runs the queries against this archive's sharded, routed index as the search page does: each
 * cold query on a fresh page (a file it fetches twice is in its browser cache the second time),
 * then each query again on one page that has run every earlier one (its browser cache kept: see
 * `browserCache`), with an instance holding exactly the shards searched (`createShardedIndex`).
 */
export async function runOurSearch(
  siteDir: string,
  queries: readonly StoryQuery[],
  { narrowShards = true }: OurSearchOptions = {},
): Promise<StoryOutcome[]> {
  const restoreFetch = limitFetchConcurrency(FETCHES_IN_FLIGHT);
  const coldServer = await startCountingServer(siteDir, { browserCache: true });
  const warmServer = await startCountingServer(siteDir, { browserCache: true });
  const bundleDir = path.join(siteDir, "pagefind");
  const pageScript = gzipSize(path.join(siteDir, "search", "search.js"));
  const { runtime } = JSON.parse(
    readFileSync(path.join(bundleDir, SHARDS_MANIFEST_FILE), "utf8"),
  ) as SearchShardsManifest;
  /** A page's sharded index over one server; pagefind.js's bytes are counted as it is imported. */
  const pageIndex = (bundleUrl: string, counted: { bytes: number }) =>
    createShardedIndex(bundleUrl, "/", {
      runtime,
      importPagefind: async (primaryUrl) => {
        const primaryDir = path.join(bundleDir, primaryUrl.slice(bundleUrl.length));
        counted.bytes += gzipSize(path.join(primaryDir, "pagefind.js"));
        return (await importPagefind(primaryDir, primaryUrl)) as unknown as PagefindModuleApi;
      },
    });
  try {
    const warmScript = { bytes: pageScript };
    const warmUrl = `${warmServer.origin}/pagefind/`;
    const warm = pageIndex(warmUrl, warmScript);
    const run = async (query: StoryQuery, cold: boolean) => {
      const server = cold ? coldServer : warmServer;
      const bundleUrl = `${server.origin}/pagefind/`;
      const script = cold ? { bytes: pageScript } : warmScript;
      if (cold) server.forgetCache();
      const index = cold ? pageIndex(bundleUrl, script) : warm;
      const manifest = (await (
        await fetch(`${bundleUrl}shards.json`)
      ).json()) as SearchShardsManifest;
      const fetchBucket = bundleBucketFetcher(bundleUrl, manifest.routing);
      const chosen = await chooseQueryShards(manifest, query.query, {}, fetchBucket);
      const shards = narrowShards
        ? await shardsHoldingEveryWord(chosen.load, chosen.wordForms, (shard) =>
            index.open([shard]),
          )
        : chosen.load;
      const counted = () => {
        const taken = server.take();
        const bytes = taken.bytes + script.bytes;
        const byKind = { ...taken.byKind, runtime: (taken.byKind.runtime ?? 0) + script.bytes };
        script.bytes = 0;
        return { bytes, byKind };
      };
      if (shards.length === 0) return { urls: [] as string[], count: 0, ...counted() };
      const pagefind = await index.open(shards);
      const groups = await searchArchiveGroups(
        pagefind,
        { query: query.query, wordForms: chosen.wordForms },
        { shards: manifest.shards, shardFilter: SHARD_FILTER },
      );
      await urlsOf(groups.articles, FIRST_SCREEN);
      await urlsOf(groups.headlines, HEADLINES_SHOWN);
      const traffic = counted();
      // Ranks beyond the first screen, for the figures only: not counted as downloaded.
      const urls = await urlsOf(groups.articles, RANKED);
      server.discard();
      return { urls, count: groups.articles.length + groups.headlines.length, ...traffic };
    };
    return await runEachTwice(queries, [coldServer, warmServer], run);
  } finally {
    restoreFetch();
    await coldServer.close();
    await warmServer.close();
  }
}

/** Runs the queries, as typed, against one plain Pagefind bundle (`pagefind --site`). */
export async function runPlainPagefind(
  bundleDir: string,
  queries: readonly StoryQuery[],
): Promise<StoryOutcome[]> {
  const root = path.dirname(bundleDir);
  const server = await startCountingServer(root);
  const bundleUrl = `${server.origin}/${path.basename(bundleDir)}/`;
  const script = gzipSize(path.join(bundleDir, "pagefind.js"));
  try {
    let warm: PagefindModule | undefined;
    const run = async (query: StoryQuery, cold: boolean) => {
      const pagefind = cold || !warm ? await importPagefind(bundleDir, bundleUrl) : warm;
      if (!cold) warm = pagefind;
      const results = (await pagefind.search(query.query))?.results ?? [];
      await urlsOf(results, FIRST_SCREEN);
      const bytes = (cold ? script : 0) + server.take().bytes;
      const urls = await urlsOf(results, RANKED);
      server.take();
      return { urls, bytes, count: results.length };
    };
    return await runEachTwice(queries, [server], run);
  } finally {
    await server.close();
  }
}

/** One query as a page runs it: result URLs, bytes it downloaded, and how many results it had. */
type QueryRun = (
  query: StoryQuery,
  cold: boolean,
) => Promise<{ urls: string[]; bytes: number; count: number; byKind?: CountedTraffic["byKind"] }>;

/** Runs each query cold (a fresh page), then again on the warm page, counting both downloads. */
async function runEachTwice(
  queries: readonly StoryQuery[],
  servers: readonly CountingServer[],
  run: QueryRun,
): Promise<StoryOutcome[]> {
  const outcomes: StoryOutcome[] = [];
  for (const query of queries) {
    for (const server of servers) server.take();
    const cold = await run(query, true);
    const again = await run(query, false);
    outcomes.push({
      ...outcome(query, cold.urls, { coldBytes: cold.bytes, warmBytes: again.bytes }),
      coldByKind: cold.byKind,
      warmByKind: again.byKind,
      results: cold.count,
    });
  }
  return outcomes;
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Mean compressed bytes per query of each kind of file, largest first, e.g. `index 61 kB, …`. */
function meanByKind(perQuery: readonly (CountedTraffic["byKind"] | undefined)[]): string {
  const known = perQuery.filter((byKind) => byKind !== undefined);
  if (known.length === 0) return "–";
  const totals = new Map<string, number>();
  for (const byKind of known) {
    for (const [kind, bytes] of Object.entries(byKind)) {
      totals.set(kind, (totals.get(kind) ?? 0) + bytes);
    }
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `${kind} ${(bytes / known.length / 1000).toFixed(1)} kB`)
    .join(", ");
}

/** The figures of one side, as table cells. */
export function summarizeOutcomes(outcomes: readonly StoryOutcome[]): Record<string, string> {
  const percent = (part: number, whole: number) =>
    whole === 0 ? "–" : `${((100 * part) / whole).toFixed(0)}% (${part}/${whole})`;
  const findable = outcomes.filter((o) => o.query.expectHrefs.length > 0);
  const cells: Record<string, string> = {
    "story in top 10": percent(
      findable.filter((o) => o.rank !== undefined && o.rank <= FIRST_SCREEN).length,
      findable.length,
    ),
  };
  for (const kind of [...new Set(findable.map((o) => o.query.kind))].sort()) {
    const ofKind = findable.filter((o) => o.query.kind === kind);
    cells[`top 10, ${kind}`] = percent(
      ofKind.filter((o) => o.rank !== undefined && o.rank <= FIRST_SCREEN).length,
      ofKind.length,
    );
  }
  const ranks = findable.map((o) => o.rank ?? Number.POSITIVE_INFINITY);
  const medianRank = median(ranks);
  cells["median rank"] = medianRank === undefined ? "–" : String(medianRank);
  const variants = findable.filter((o) => o.query.kind === "variant" || o.query.kind === "prefix");
  cells["recall, variants and prefixes"] = percent(
    variants.reduce((sum, o) => sum + o.found, 0),
    variants.reduce((sum, o) => sum + o.query.expectHrefs.length, 0),
  );
  const nothing = outcomes.filter((o) => o.query.expectHrefs.length === 0);
  cells["must-find-nothing empty"] = percent(
    nothing.filter((o) => o.results === 0).length,
    nothing.length,
  );
  const kB = (values: number[]) => `${((median(values) ?? 0) / 1000).toFixed(0)} kB`;
  cells["download, cold query (median)"] = kB(outcomes.map((o) => o.coldBytes));
  cells["download, max cold query"] =
    `${(Math.max(...outcomes.map((o) => o.coldBytes)) / 1000).toFixed(0)} kB`;
  cells["download, next query (median)"] = kB(outcomes.map((o) => o.warmBytes));
  cells["download by kind, cold query (mean)"] = meanByKind(outcomes.map((o) => o.coldByKind));
  cells["download by kind, next query (mean)"] = meanByKind(outcomes.map((o) => o.warmByKind));
  return cells;
}
