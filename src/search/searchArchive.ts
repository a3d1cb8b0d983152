/**
 * Runs a reader's query against the (possibly sharded) Pagefind index, in the browser or in Node.
 * Pure logic over the `pagefind.js` API: no DOM, so it is tested against a real index in Node.
 */
import { normalizeSearchQuery } from "./normalizeSearchQuery.ts";

/** The part of a Pagefind result the search page uses; `data()` loads its fragment. */
export interface PagefindResult<Data = unknown> {
  id: string;
  score: number;
  data(): Promise<Data>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, "asc" | "desc">;
}

/** The part of `pagefind.js`'s module API the search page uses. */
export interface PagefindApi<Data = unknown> {
  search(
    term: string | null,
    options?: PagefindSearchOptions,
  ): Promise<{ results: PagefindResult<Data>[] } | null>;
}

export type ArchiveSort = "relevance" | "newest" | "oldest";

export interface ArchiveQuery {
  /** What the reader typed; normalized here. */
  query: string;
  /** Exact filter values, e.g. `{ newspaper: "الحياة", year: "2017" }`. */
  filters?: Record<string, string>;
  sort?: ArchiveSort;
}

/** Shard names in date order, oldest first, as listed in the bundle's `shards.json`. */
export interface ShardOrder {
  shards: readonly { name: string }[];
  /** The filter each record carries with its shard's name. */
  shardFilter: string;
}

async function resultsOf<Data>(
  pagefind: PagefindApi<Data>,
  term: string,
  options: PagefindSearchOptions,
): Promise<PagefindResult<Data>[]> {
  return (await pagefind.search(term, options))?.results ?? [];
}

/**
 * Pagefind drops a query word that no indexed word matches (in each shard on its own), so
 * `حكومة طوكيو` would find every page about حكومة. Searching each word alone and keeping the
 * pages every word found restores "all words must match".
 */
async function pagesMatchingEveryWord<Data>(
  pagefind: PagefindApi<Data>,
  words: readonly string[],
  filters: Record<string, string>,
): Promise<Set<string>> {
  const perWord = await Promise.all(words.map((word) => resultsOf(pagefind, word, { filters })));
  const [first, ...rest] = perWord.map((results) => new Set(results.map((result) => result.id)));
  return new Set([...(first ?? [])].filter((id) => rest.every((ids) => ids.has(id))));
}

/**
 * Every result of a query, in the order asked for. Relevance comes from one merged search; date
 * order is built shard by shard (their date ranges never overlap), because merged indexes rank
 * each shard's sorted results by their position in that shard, not by date.
 * @example await searchArchive(pagefind, { query: "والحكومة", sort: "newest" }, shardOrder)
 */
export async function searchArchive<Data>(
  pagefind: PagefindApi<Data>,
  { query, filters = {}, sort = "relevance" }: ArchiveQuery,
  shardOrder?: ShardOrder,
): Promise<PagefindResult<Data>[]> {
  const terms = normalizeSearchQuery(query);
  if (terms === "") return [];
  const words = [...new Set(terms.split(" "))];
  const allowed =
    words.length > 1 ? await pagesMatchingEveryWord(pagefind, words, filters) : undefined;
  if (allowed?.size === 0) return [];
  const keep = (results: PagefindResult<Data>[]) =>
    allowed ? results.filter((result) => allowed.has(result.id)) : results;

  if (sort === "relevance") return keep(await resultsOf(pagefind, terms, { filters }));

  const direction = sort === "newest" ? "desc" : "asc";
  if (!shardOrder || shardOrder.shards.length <= 1) {
    return keep(await resultsOf(pagefind, terms, { filters, sort: { date: direction } }));
  }
  const dated = shardOrder.shards.filter((shard) => !shard.name.startsWith("undated"));
  const undated = shardOrder.shards.filter((shard) => shard.name.startsWith("undated"));
  const ordered = [...(sort === "newest" ? [...dated].reverse() : dated), ...undated];
  const perShard = await Promise.all(
    ordered.map((shard) =>
      resultsOf(pagefind, terms, {
        filters: { ...filters, [shardOrder.shardFilter]: shard.name },
        sort: { date: direction },
      }),
    ),
  );
  return keep(perShard.flat());
}
