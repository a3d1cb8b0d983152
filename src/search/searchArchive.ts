/**
 * Runs a reader's query against the (possibly sharded) Pagefind index, in the browser or in Node.
 * Pure logic over the `pagefind.js` API: no DOM, so it is tested against a real index in Node.
 *
 * API: `searchArchive` gives one list (articles and headlines mixed, as before);
 * `searchArchiveGroups` gives `{ articles, headlines }`, each ranked on its own, so that many
 * one-line ticker headlines never push the articles off the first screen. Results of both give
 * `data()` with the record's original text only (see `originalContent`), and a result whose page
 * holds the reader's exact word comes before one found only through a folded or stripped form.
 */
import { normalizedWords } from "./arabicSearchTokens.ts";
import { normalizeSearchQuery } from "./normalizeSearchQuery.ts";
import { originalContent } from "./searchRecord.ts";

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
  /**
   * Each queried word's forms the index holds, from the term → shards directory
   * (`routeQuery`): a result must hold one of them for every word, so Pagefind's own stemming
   * cannot widen a word (فتاب searched as تاب finds التابعة). Without it, every word must match.
   */
  wordForms?: ReadonlyMap<string, readonly string[]>;
}

/** Shard names in date order, oldest first, as listed in the bundle's `shards.json`. */
export interface ShardOrder {
  /** `kind` and `lastDate` (from shards.json) let a date sort place headline shards among article shards. */
  shards: readonly { name: string; kind?: string; lastDate?: string; firstDate?: string }[];
  /** The filter each record carries with its shard's name. */
  shardFilter: string;
}

/** The filter every record carries with its kind (`article` or `headline`). */
export const KIND_FILTER = "kind";

/** A fragment's text without the Arabic search terms the indexer added after it. */
function withOriginalContent<Data>(data: Data): Data {
  if (data && typeof data === "object" && "content" in data && typeof data.content === "string") {
    return { ...data, content: originalContent(data.content) };
  }
  return data;
}

async function resultsOf<Data>(
  pagefind: PagefindApi<Data>,
  term: string,
  options: PagefindSearchOptions,
): Promise<PagefindResult<Data>[]> {
  const results = (await pagefind.search(term, options))?.results ?? [];
  return results.map((result) => ({
    id: result.id,
    score: result.score,
    data: async () => withOriginalContent(await result.data()),
  }));
}

/**
 * The query's words as the reader wrote them (spelling folded, prefixes kept), when that differs
 * from the searched form: pages found by it hold the reader's exact word.
 */
function exactFormQuery(query: string, terms: string): string | undefined {
  const exact = normalizedWords(query).join(" ");
  return exact !== terms ? exact : undefined;
}

/** Moves the results whose page holds the exact form to the front, keeping each group's order. */
function exactFirst<Data>(
  results: PagefindResult<Data>[],
  exact: ReadonlySet<string>,
): PagefindResult<Data>[] {
  if (exact.size === 0) return results;
  return [
    ...results.filter((result) => exact.has(result.id)),
    ...results.filter((result) => !exact.has(result.id)),
  ];
}

/**
 * Most listed forms a word is checked against one by one; a word that begins more listed words
 * (a short prefix such as حكوم) is broad anyway and is checked by Pagefind's own matching.
 */
export const MAX_CHECKED_FORMS = 24;

/**
 * The pages a query word really finds: those holding one of its listed forms, each searched as
 * an exact word (in quotes, so Pagefind neither re-stems nor prefix-matches it), or, without
 * listed forms, what Pagefind finds for the word.
 */
export async function pagesOfWord<Data>(
  pagefind: PagefindApi<Data>,
  word: string,
  forms: readonly string[] | undefined,
  filters: Record<string, string>,
): Promise<Set<string>> {
  const searched =
    forms && forms.length > 0 && forms.length <= MAX_CHECKED_FORMS
      ? forms.map((form) => `"${form}"`)
      : [word];
  const perForm = await Promise.all(searched.map((term) => resultsOf(pagefind, term, { filters })));
  return new Set(perForm.flat().map((result) => result.id));
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
  wordForms: ReadonlyMap<string, readonly string[]> | undefined,
): Promise<Set<string>> {
  const perWord = await Promise.all(
    words.map((word) => pagesOfWord(pagefind, word, wordForms?.get(word), filters)),
  );
  const [first, ...rest] = perWord;
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
  { query, filters = {}, sort = "relevance", wordForms }: ArchiveQuery,
  shardOrder?: ShardOrder,
): Promise<PagefindResult<Data>[]> {
  const terms = normalizeSearchQuery(query);
  if (terms === "") return [];
  const words = [...new Set(terms.split(" "))];
  const allowed =
    words.length > 1 || wordForms
      ? await pagesMatchingEveryWord(pagefind, words, filters, wordForms)
      : undefined;
  if (allowed?.size === 0) return [];
  const keep = (results: PagefindResult<Data>[]) =>
    allowed ? results.filter((result) => allowed.has(result.id)) : results;

  if (sort === "relevance") {
    const results = keep(await resultsOf(pagefind, terms, { filters }));
    // The exact-form search can only reorder: with fewer than two results there is nothing to
    // reorder, and it would cost a rare name's query one more index chunk (its written form's).
    const exact = results.length > 1 ? exactFormQuery(query, terms) : undefined;
    const exactResults = exact ? await resultsOf(pagefind, exact, { filters }) : [];
    return exactFirst(results, new Set(exactResults.map((result) => result.id)));
  }

  const direction = sort === "newest" ? "desc" : "asc";
  if (!shardOrder || shardOrder.shards.length <= 1) {
    return keep(await resultsOf(pagefind, terms, { filters, sort: { date: direction } }));
  }
  const wanted = filters[KIND_FILTER];
  const shards = shardOrder.shards.filter(
    (shard) => !wanted || !shard.kind || shard.kind === wanted,
  );
  const dated = shards
    .filter((shard) => !shard.name.startsWith("undated"))
    // Shards of one kind never overlap in dates; headline shards sit among article shards by end date.
    .sort((a, b) => (a.lastDate ?? "").localeCompare(b.lastDate ?? ""));
  const undated = shards.filter((shard) => shard.name.startsWith("undated"));
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

/** A query's results in two groups, each ranked (or sorted) on its own. */
export interface ArchiveResultGroups<Data> {
  articles: PagefindResult<Data>[];
  headlines: PagefindResult<Data>[];
}

/**
 * Articles and ticker headlines of a query as two lists, each searched under its `kind` filter
 * so each has its own ranking: the search page shows headlines as a compact group beside the
 * articles. A `kind` filter in the query leaves the other group empty.
 * @example const { articles, headlines } = await searchArchiveGroups(pagefind, { query: "الحكومة" }, shardOrder)
 */
export async function searchArchiveGroups<Data>(
  pagefind: PagefindApi<Data>,
  query: ArchiveQuery,
  shardOrder?: ShardOrder,
): Promise<ArchiveResultGroups<Data>> {
  const wanted = query.filters?.[KIND_FILTER];
  const search = (kind: string) =>
    wanted && wanted !== kind
      ? Promise.resolve([])
      : searchArchive(
          pagefind,
          { ...query, filters: { ...query.filters, [KIND_FILTER]: kind } },
          shardOrder,
        );
  const [articles, headlines] = await Promise.all([search("article"), search("headline")]);
  return { articles, headlines };
}
