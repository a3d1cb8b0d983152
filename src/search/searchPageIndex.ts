/**
 * The search page's one Pagefind instance: opened from the first shard it needs, with every later
 * shard merged in once (`mergeIndex`), so later searches download index chunks only.
 */
import type { ShardListing } from "./chooseShards.ts";
import type { ResultData } from "./renderSearchResult.ts";
import type { RouteDirectory } from "./routeTerms.ts";
import type { PagefindApi } from "./searchArchive.ts";
import type { DateSpan } from "./searchPageResults.ts";

/** The part of `pagefind.js` the page uses. */
export interface PagefindModule extends PagefindApi<ResultData> {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** The bundle's `shards.json`; a dated shard also gives the dates its records span. */
export interface ShardsManifest {
  shards: (ShardListing & DateSpan)[];
  /** The term → shards directory (see chooseQueryShards). */
  routing?: RouteDirectory;
}

/** Reads the bundle's shard list. */
export async function readManifest(bundleUrl: string): Promise<ShardsManifest> {
  const response = await fetch(new URL("shards.json", bundleUrl));
  if (!response.ok) throw new Error(`shards.json: HTTP ${response.status}`);
  return (await response.json()) as ShardsManifest;
}

/** Loads one shard's pagefind.js: the Pagefind instance every other shard is merged into. */
async function openIndex(
  bundleUrl: string,
  siteBase: string,
  primary: ShardListing,
): Promise<PagefindModule> {
  const primaryUrl = new URL(primary.path, bundleUrl).href;
  const pagefind = (await import(/* @vite-ignore */ `${primaryUrl}pagefind.js`)) as PagefindModule;
  // noWorker: search on the page itself, which saves loading pagefind-worker.js (≈43 kB).
  await pagefind.options({ basePath: primaryUrl, baseUrl: siteBase, noWorker: true });
  return pagefind;
}

/** The shards merged so far and a way to add more. */
export interface ShardedIndex {
  /** Opens the index if needed and merges in the shards it does not hold yet. */
  load(shards: readonly ShardListing[]): Promise<PagefindModule>;
  /** Whether a shard was merged (or is being merged). */
  holds(shard: ShardListing): boolean;
  /** How many shards the index holds. */
  size(): number;
}

/** A sharded index that opens lazily from the first shard asked for. */
export function createShardedIndex(bundleUrl: string, siteBase: string): ShardedIndex {
  let opening: Promise<PagefindModule> | undefined;
  const merges = new Map<string, Promise<void>>();
  return {
    async load(shards) {
      const [primary] = shards;
      if (!opening) {
        if (!primary) throw new Error("shards.json lists no shard");
        opening = openIndex(bundleUrl, siteBase, primary);
        merges.set(
          primary.path,
          opening.then(() => undefined),
        );
      }
      const index = await opening;
      await Promise.all(
        shards.map((shard) => {
          // Two overlapping searches must not merge a shard twice (its results would double).
          let merge = merges.get(shard.path);
          if (!merge) {
            merge = index.mergeIndex(new URL(shard.path, bundleUrl).href, { baseUrl: siteBase });
            merges.set(shard.path, merge);
          }
          return merge;
        }),
      );
      return index;
    },
    holds: (shard) => merges.has(shard.path),
    size: () => merges.size,
  };
}
