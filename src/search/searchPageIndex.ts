/**
 * The search page's Pagefind instances: one per shard, opened the first time a query needs that
 * shard (from the bundle's runtime, see writeRuntimeBundle, with the shard merged in) and kept
 * for the page's life. A query searches exactly the instances of its shards, their results
 * merged by score as Pagefind merges the indexes one instance holds.
 *
 * Why one kept instance per shard, and not one instance per query released when done: every
 * instance of a pagefind.js module decodes its indexes into the module's one wasm memory, and
 * Pagefind 1.6 never frees them: its wasm exports no free (`init_pagefind` leaks the index it
 * builds) and `destroy()` only drops the JavaScript side. A new instance per query made that
 * memory grow with every query; opening each shard once bounds it by the index itself.
 */
import type { ShardListing } from "./chooseShards.ts";
import type { ResultData } from "./renderSearchResult.ts";
import type { RouteDirectory } from "./routeTerms.ts";
import type { PagefindApi } from "./searchArchive.ts";
import type { DateSpan } from "./searchPageResults.ts";

/** Filter values and their record counts, by filter name (Pagefind's `filters()`). */
export type FilterCounts = Record<string, Record<string, number>>;

/** A Pagefind instance as `createInstance` returns it: the part the page uses. */
export interface PagefindInstance extends PagefindApi<ResultData> {
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  /** Drops the instance's JavaScript side (Pagefind never frees its wasm side). */
  destroy(): Promise<void>;
}

/** A `pagefind.js` module. Its default instance is never opened: every one comes from here. */
export interface PagefindModuleApi {
  createInstance(options: InstanceOptions): PagefindInstance;
}

/** Some shards searched as one index: what a query of the page runs on. */
export interface ShardSearch extends PagefindApi<ResultData> {
  filters(): Promise<FilterCounts>;
  /** The paths of the shards it searches, in the order given. */
  readonly shards: readonly string[];
}

/** The bundle's `shards.json`; a dated shard also gives the dates its records span. */
export interface ShardsManifest {
  shards: (ShardListing & DateSpan)[];
  /** The bundle every instance opens first (absent in bundles built before it: a shard then). */
  runtime?: string;
  /** The term → shards directory (see chooseQueryShards). */
  routing?: RouteDirectory;
}

/** Reads the bundle's shard list. */
export async function readManifest(bundleUrl: string): Promise<ShardsManifest> {
  const response = await fetch(new URL("shards.json", bundleUrl));
  if (!response.ok) throw new Error(`shards.json: HTTP ${response.status}`);
  return (await response.json()) as ShardsManifest;
}

/** Options of a Pagefind instance the page opens. */
export interface InstanceOptions {
  basePath: string;
  baseUrl: string;
  noWorker: boolean;
}

/** Imports pagefind.js from a bundle's URL (the browser's module loader by default). */
export type ImportPagefind = (primaryUrl: string) => Promise<PagefindModuleApi>;

const importFromBrowser: ImportPagefind = async (primaryUrl) =>
  (await import(/* @vite-ignore */ `${primaryUrl}pagefind.js`)) as PagefindModuleApi;

/** Where the page's instances come from. */
export interface ShardedIndexOptions {
  /**
   * The bundle (relative to the search bundle) every instance opens as its primary: its wasm and
   * pagefind.js are fetched once per page. Without it, an instance opens from its shard, whose
   * wasm is fetched again under that shard's URL.
   * @example "runtime/"
   */
  runtime?: string | undefined;
  /** Loads pagefind.js; the browser's `import()` unless given. */
  importPagefind?: ImportPagefind;
}

/** The shards the page has opened and the searches over them. */
export interface ShardedIndex {
  /**
   * A search of exactly these shards (Pagefind searches every index an instance holds, so a
   * shard an earlier query needed would cost each later query its index chunks). A shard no
   * earlier query opened is opened now; one opened before costs nothing more.
   */
  open(shards: readonly ShardListing[]): Promise<ShardSearch>;
  /** The newest search's shards and these (a later batch of the same search). */
  load(shards: readonly ShardListing[]): Promise<ShardSearch>;
  /** Whether the newest search holds a shard. */
  holds(shard: ShardListing): boolean;
  /** How many shards the newest search holds. */
  size(): number;
}

/** Sums filter counts over indexes, as Pagefind does over the indexes one instance holds. */
export function mergeFilterCounts(perIndex: readonly FilterCounts[]): FilterCounts {
  const merged: FilterCounts = {};
  for (const counts of perIndex) {
    for (const [name, values] of Object.entries(counts)) {
      const into = (merged[name] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return merged;
}

/** One search over several instances, merged as one Pagefind instance merges its indexes. */
function searchAcross(
  paths: readonly string[],
  instances: readonly PagefindInstance[],
): ShardSearch {
  return {
    shards: paths,
    async search(term, options) {
      const perShard = await Promise.all(
        instances.map((instance) => instance.search(term, options)),
      );
      // By score, ties in shard order (the sort is stable): Pagefind's own merge of indexes.
      const results = perShard.flatMap((found) => found?.results ?? []);
      return { results: results.sort((a, b) => b.score - a.score) };
    },
    filters: async () =>
      mergeFilterCounts(await Promise.all(instances.map((instance) => instance.filters()))),
  };
}

/**
 * A sharded index that opens each shard's instance the first time a search needs it.
 * @example createShardedIndex("/pagefind/", "/", { runtime: manifest.runtime })
 */
export function createShardedIndex(
  bundleUrl: string,
  siteBase: string,
  { runtime, importPagefind = importFromBrowser }: ShardedIndexOptions = {},
): ShardedIndex {
  let pagefindModule: Promise<PagefindModuleApi> | undefined;
  const instances = new Map<string, Promise<PagefindInstance>>();
  let newest: readonly string[] = [];

  const urlOf = (path: string) => new URL(path, bundleUrl).href;
  /** A shard's instance, resolved once its indexes are decoded (and so the wasm loaded). */
  const createInstance = async (shardPath: string): Promise<PagefindInstance> => {
    const basePath = urlOf(runtime ?? shardPath);
    // Imported once per page: all its instances share one wasm.
    pagefindModule ??= importPagefind(basePath);
    // noWorker: search on the page itself, which saves loading pagefind-worker.js (≈43 kB).
    const instance = (await pagefindModule).createInstance({
      basePath,
      baseUrl: siteBase,
      noWorker: true,
    });
    try {
      if (runtime !== undefined) await instance.mergeIndex(urlOf(shardPath), { baseUrl: siteBase });
      // An empty search returns as soon as every index of the instance is decoded.
      await instance.search("");
      return instance;
    } catch (error) {
      await instance.destroy();
      throw error;
    }
  };
  // The first instance loads the module's wasm alone: Pagefind checks whether it is loaded only
  // before fetching it, so a second instance created meanwhile would load it again and replace
  // the memory the first decoded its index into (its searches then fail: "memory access out of
  // bounds").
  let wasmLoaded = false;
  let loadingWasm: Promise<PagefindInstance> | undefined;
  const openInstance = async (shardPath: string): Promise<PagefindInstance> => {
    while (!wasmLoaded && loadingWasm) await loadingWasm.catch(() => undefined);
    if (wasmLoaded) return createInstance(shardPath);
    const loading = createInstance(shardPath);
    loadingWasm = loading;
    try {
      const instance = await loading;
      wasmLoaded = true;
      return instance;
    } finally {
      if (loadingWasm === loading) loadingWasm = undefined;
    }
  };
  const instanceOf = (shardPath: string): Promise<PagefindInstance> => {
    const known = instances.get(shardPath);
    if (known) return known;
    const opening = openInstance(shardPath);
    instances.set(shardPath, opening);
    // A shard that failed to open (the network) is opened again by the next search needing it.
    opening.catch(() => {
      if (instances.get(shardPath) === opening) instances.delete(shardPath);
    });
    return opening;
  };
  const searchOf = async (paths: readonly string[]): Promise<ShardSearch> =>
    searchAcross(paths, await Promise.all(paths.map(instanceOf)));
  const pathsOf = (shards: readonly ShardListing[]) => [
    ...new Set(shards.map((shard) => shard.path)),
  ];
  return {
    open(shards) {
      newest = pathsOf(shards);
      return searchOf(newest);
    },
    load(shards) {
      newest = [...new Set([...newest, ...pathsOf(shards)])];
      return searchOf(newest);
    },
    holds: (shard) => newest.includes(shard.path),
    size: () => newest.length,
  };
}
