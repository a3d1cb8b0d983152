/**
 * The search page's Pagefind instances: each opened from the bundle's runtime (see
 * writeRuntimeBundle), with the shards a query needs merged in (`mergeIndex`), so later searches
 * download index chunks only: never a shard's wasm or pagefind.js again.
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

/** A `pagefind.js` module: its default instance, and `createInstance` for more. */
export interface PagefindModuleApi extends PagefindModule {
  createInstance(options: InstanceOptions): PagefindModule;
}

/** Imports pagefind.js from a bundle's URL (the browser's module loader by default). */
export type ImportPagefind = (primaryUrl: string) => Promise<PagefindModuleApi>;

const importFromBrowser: ImportPagefind = async (primaryUrl) =>
  (await import(/* @vite-ignore */ `${primaryUrl}pagefind.js`)) as PagefindModuleApi;

/** Where the page's instances come from. */
export interface ShardedIndexOptions {
  /**
   * The bundle (relative to the search bundle) every instance opens as its primary: its wasm and
   * pagefind.js are fetched once per page, and every shard is merged. Without it, an instance
   * opens from a shard, whose wasm is fetched again under that shard's URL.
   * @example "runtime/"
   */
  runtime?: string | undefined;
  /** Loads pagefind.js; the browser's `import()` unless given. */
  importPagefind?: ImportPagefind;
}

/** The shards merged so far and a way to add more. */
export interface ShardedIndex {
  /**
   * An instance that searches exactly these shards: the current one with the missing shards
   * merged in when it holds no other shard, otherwise a new one (Pagefind searches every index
   * it holds for every query, so a shard an earlier query needed would cost each later query its
   * index chunks). A new instance reads only what the browser has not cached yet: index files are
   * immutable, and its wasm comes from the runtime bundle every instance opens.
   */
  open(shards: readonly ShardListing[]): Promise<PagefindModule>;
  /**
   * A new instance searching exactly these shards, beside the current one (which stays as it
   * is): for a look at a few shards while another search may be running.
   */
  openApart(shards: readonly ShardListing[]): Promise<PagefindModule>;
  /** Merges more shards into the current instance (a later batch of the same search). */
  load(shards: readonly ShardListing[]): Promise<PagefindModule>;
  /** Whether the current instance holds a shard (or is merging it). */
  holds(shard: ShardListing): boolean;
  /** How many shards the current instance holds. */
  size(): number;
}

/**
 * A sharded index that opens lazily on the first shards asked for.
 * @example createShardedIndex("/pagefind/", "/", { runtime: manifest.runtime })
 */
export function createShardedIndex(
  bundleUrl: string,
  siteBase: string,
  { runtime, importPagefind = importFromBrowser }: ShardedIndexOptions = {},
): ShardedIndex {
  let pagefindModule: Promise<PagefindModuleApi> | undefined;
  // Without a runtime bundle: shards whose wasm an instance has fetched (the browser has it).
  const primaries = new Set<string>();
  let current: { index: Promise<PagefindModule>; merges: Map<string, Promise<void>> } | undefined;

  const urlOf = (path: string) => new URL(path, bundleUrl).href;
  const newInstance = (primaryPath: string, becomesCurrent = true) => {
    const options = { basePath: urlOf(primaryPath), baseUrl: siteBase, noWorker: true };
    const opening = (async () => {
      // noWorker: search on the page itself, which saves loading pagefind-worker.js (≈43 kB).
      if (!pagefindModule) {
        pagefindModule = importPagefind(options.basePath);
        const first = await pagefindModule;
        await first.options(options);
        return first as PagefindModule;
      }
      // Its options (baseUrl included) are taken as it is created.
      return (await pagefindModule).createInstance(options);
    })();
    const merges = new Map<string, Promise<void>>();
    // A shard opened as the primary is searched without a merge.
    if (!runtime) {
      primaries.add(primaryPath);
      merges.set(
        primaryPath,
        opening.then(() => undefined),
      );
    }
    const instance = { index: opening, merges };
    if (becomesCurrent) current = instance;
    return instance;
  };
  const primaryFor = (shards: readonly ShardListing[]): string => {
    const primary =
      runtime ?? (shards.find((shard) => primaries.has(shard.path)) ?? shards[0])?.path;
    if (primary === undefined) throw new Error("shards.json lists no shard");
    return primary;
  };
  const mergeInto = async (
    into: NonNullable<typeof current>,
    shards: readonly ShardListing[],
  ): Promise<PagefindModule> => {
    const index = await into.index;
    await Promise.all(
      shards.map((shard) => {
        // Two overlapping searches must not merge a shard twice (its results would double).
        let merge = into.merges.get(shard.path);
        if (!merge) {
          merge = index.mergeIndex(urlOf(shard.path), { baseUrl: siteBase });
          into.merges.set(shard.path, merge);
        }
        return merge;
      }),
    );
    return index;
  };
  return {
    open(shards) {
      const wanted = new Set(shards.map((shard) => shard.path));
      if (current && [...current.merges.keys()].every((path) => wanted.has(path))) {
        return mergeInto(current, shards);
      }
      return mergeInto(newInstance(primaryFor(shards)), shards);
    },
    openApart: (shards) => mergeInto(newInstance(primaryFor(shards), false), shards),
    load: (shards) => mergeInto(current ?? newInstance(primaryFor(shards)), shards),
    holds: (shard) => current?.merges.has(shard.path) ?? false,
    size: () => current?.merges.size ?? 0,
  };
}
