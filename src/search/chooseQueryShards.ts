/**
 * Query-aware shard routing for the search page: reads the term → shards directory (one small
 * file per query word) and keeps only the shards that can match every word of the query, so a
 * rare name loads one or two shards of a large archive instead of all of them.
 */
import {
  chooseShards,
  type ShardBatch,
  type ShardBatchOptions,
  type ShardListing,
} from "./chooseShards.ts";
import { normalizeSearchQuery } from "./normalizeSearchQuery.ts";
import {
  decodeShardSet,
  routeBucket,
  routeWordMatches,
  type RouteDirectory,
} from "./routeTerms.ts";

/** One directory file: directory word → hex shard set. */
export type RouteBucketFile = Record<string, string>;

/** The manifest fields routing reads. */
export interface RoutedManifest<Shard extends ShardListing> {
  shards: readonly Shard[];
  /** The term → shards directory; absent in bundles built without routing. */
  routing?: RouteDirectory;
}

/** A query as the directory routes it. */
export interface RoutedQuery {
  /** Indexes (in `shards.json` order) of the shards that can match every word. */
  shards: Set<number>;
  /** Each routed query word's forms the directory lists (those it may find). */
  wordForms: Map<string, string[]>;
}

/**
 * The shards that can match every word of a query and the listed forms each word may find, or
 * undefined when the query cannot be routed (no word long enough, or no directory).
 * `fetchBucket` returns a directory file by its name, or undefined when there is none.
 * @example await routeQuery("الزرقاوي", 64, (name) => fetchJson(`terms/${name}`))
 */
export async function routeQuery(
  query: string,
  buckets: number,
  fetchBucket: (fileName: string) => Promise<RouteBucketFile | undefined>,
): Promise<RoutedQuery | undefined> {
  const terms = normalizeSearchQuery(query);
  if (terms === "") return undefined;
  const words = [...new Set(terms.split(" "))];
  const wordForms = new Map<string, string[]>();
  const perWord = await Promise.all(
    words.map(async (word) => {
      const bucket = routeBucket(word, buckets);
      // Too short to route: such a word does not narrow the shards.
      if (bucket === undefined) return undefined;
      const listed = (await fetchBucket(`${bucket}.json`)) ?? {};
      const shards = new Set<number>();
      const forms: string[] = [];
      for (const [candidate, hex] of Object.entries(listed)) {
        if (!routeWordMatches(word, candidate)) continue;
        forms.push(candidate);
        for (const index of decodeShardSet(hex)) shards.add(index);
      }
      wordForms.set(word, forms);
      return shards;
    }),
  );
  let routed: Set<number> | undefined;
  for (const shards of perWord) {
    if (!shards) continue;
    routed = routed ? new Set([...routed].filter((index) => shards.has(index))) : shards;
  }
  return routed && { shards: routed, wordForms };
}

/** A batch of routed shards, with every shard the query could match (later batches come from them). */
export interface RoutedShardBatch<Shard extends ShardListing> extends ShardBatch<Shard> {
  candidates: readonly Shard[];
  /** Each routed query word's listed forms, for `searchArchive` (absent without a directory). */
  wordForms?: ReadonlyMap<string, readonly string[]>;
}

/**
 * The shards a search loads for a query: those the directory says can match every word, then
 * narrowed as `chooseShards` does (year filter, budget, sort). `load` is empty when no shard can
 * match: the page then shows "no results" without loading any index.
 * @example await chooseQueryShards(manifest, "الزرقاوي", {}, fetchBucket)
 */
export async function chooseQueryShards<Shard extends ShardListing>(
  manifest: RoutedManifest<Shard>,
  query: string,
  options: ShardBatchOptions,
  fetchBucket: (fileName: string) => Promise<RouteBucketFile | undefined>,
): Promise<RoutedShardBatch<Shard>> {
  const routed = manifest.routing
    ? await routeQuery(query, manifest.routing.buckets, fetchBucket)
    : undefined;
  if (!routed) return { ...chooseShards(manifest.shards, options), candidates: manifest.shards };
  const { wordForms } = routed;
  const candidates = manifest.shards.filter((_, index) => routed.shards.has(index));
  const year = options.year;
  // No shard holds every word (or none of those holds the filtered year): nothing can match.
  if (
    candidates.length === 0 ||
    (year && !candidates.some((shard) => (shard.years[year] ?? 0) > 0))
  ) {
    return { load: [], remaining: [], candidates: [], wordForms };
  }
  return { ...chooseShards(candidates, options), candidates, wordForms };
}

/** Fetches directory files from a bundle URL over HTTP; a missing file is an empty one. */
export function bundleBucketFetcher(
  bundleUrl: string,
  routing: RouteDirectory | undefined,
): (fileName: string) => Promise<RouteBucketFile | undefined> {
  return async (fileName) => {
    if (!routing) return undefined;
    const response = await fetch(new URL(`${routing.dir}${fileName}`, bundleUrl));
    if (!response.ok) throw new Error(`${routing.dir}${fileName}: HTTP ${response.status}`);
    return (await response.json()) as RouteBucketFile;
  };
}
