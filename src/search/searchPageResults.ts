/**
 * What the search page asks the engine for, independent of how the index is split: articles and
 * ticker headlines as two lists (so headlines can be shown as their own compact group), results
 * per year, and a date range. Each takes a `run(filters, sort)` that searches the index the page
 * has loaded, so a new engine only has to provide that function.
 */
import type { DateRange } from "./parseDateRange.ts";
import { hasDateRange } from "./parseDateRange.ts";
import { resultsInDateRange } from "./resultsInDateRange.ts";
import type { ArchiveSort, PagefindResult } from "./searchArchive.ts";

/** Searches the loaded index for the page's query with these exact filters, in this order. */
export type RunSearch<Data> = (
  filters: Record<string, string>,
  sort: ArchiveSort,
) => Promise<PagefindResult<Data>[]>;

/** A query's results, split by kind. */
export interface KindResults<Data> {
  articles: PagefindResult<Data>[];
  headlines: PagefindResult<Data>[];
}

/** The filter value each kind of record carries (`kind:article`, `kind:headline`). */
export const KIND_FILTER = { name: "kind", article: "article", headline: "headline" } as const;

/**
 * Articles and headlines as two ranked lists. A reader's own kind filter gives one list (the
 * other empty), so a headline-only search lists headlines as full results.
 */
export async function searchByKind<Data>(
  run: RunSearch<Data>,
  filters: Record<string, string>,
  sort: ArchiveSort,
): Promise<KindResults<Data>> {
  const kind = filters[KIND_FILTER.name];
  if (kind) {
    const results = await run(filters, sort);
    return kind === KIND_FILTER.headline
      ? { articles: [], headlines: results }
      : { articles: results, headlines: [] };
  }
  const [articles, headlines] = await Promise.all([
    run({ ...filters, [KIND_FILTER.name]: KIND_FILTER.article }, sort),
    run({ ...filters, [KIND_FILTER.name]: KIND_FILTER.headline }, sort),
  ]);
  return { articles, headlines };
}

/** The dates a shard's records span (`firstDate`/`lastDate` in shards.json), when known. */
export interface DateSpan {
  firstDate?: string;
  lastDate?: string;
}

/**
 * The ids of one shard's results dated inside the range. `run` must search that one shard, whose
 * oldest-first order Pagefind keeps (merged shards are not sorted among each other). A shard
 * whose whole span lies in the range keeps every result without loading a date; otherwise about
 * 2·log₂(n) result dates are loaded.
 */
export async function shardIdsInDateRange<
  Data extends { meta: Record<string, string | undefined> },
>(
  run: RunSearch<Data>,
  filters: Record<string, string>,
  range: DateRange,
  span: DateSpan = {},
): Promise<Set<string>> {
  const oldestFirst = await run(filters, "oldest");
  const inside =
    span.firstDate !== undefined &&
    span.lastDate !== undefined &&
    (!range.from || span.firstDate.slice(0, 10) >= range.from) &&
    (!range.to || span.lastDate.slice(0, 10) <= range.to);
  if (inside) return new Set(oldestFirst.map((result) => result.id));
  return resultsInDateRange(oldestFirst, range, async (result) => (await result.data()).meta.date);
}

/**
 * The ids of all results (both kinds) of some shards dated inside the range, shard by shard, or
 * undefined without a range.
 */
export async function idsInDateRange<
  Data extends { meta: Record<string, string | undefined> },
  Shard extends DateSpan,
>(
  shards: readonly Shard[],
  runIn: (shard: Shard) => RunSearch<Data>,
  filters: Record<string, string>,
  range: DateRange,
): Promise<Set<string> | undefined> {
  if (!hasDateRange(range)) return undefined;
  const perShard = await Promise.all(
    shards.map((shard) => shardIdsInDateRange(runIn(shard), filters, range, shard)),
  );
  return new Set(perShard.flatMap((ids) => [...ids]));
}

/**
 * How many results each year holds for the query (the reader's year filter left out, so the
 * chart still shows every year), counting only `kept` ids when given.
 */
export async function countResultsByYear<Data>(
  run: RunSearch<Data>,
  filters: Record<string, string>,
  years: readonly string[],
  kept?: ReadonlySet<string>,
): Promise<Record<string, number>> {
  const { year: _ignored, ...others } = filters;
  const counts = await Promise.all(
    years.map(async (year) => {
      const results = await run({ ...others, year }, "relevance");
      return kept ? results.filter((result) => kept.has(result.id)).length : results.length;
    }),
  );
  return Object.fromEntries(years.map((year, index) => [year, counts[index] ?? 0]));
}

/** Keeps the results whose id is in `kept` (all of them when `kept` is undefined). */
export function keepIds<Result extends { id: string }>(
  results: Result[],
  kept: ReadonlySet<string> | undefined,
): Result[] {
  return kept ? results.filter((result) => kept.has(result.id)) : results;
}

/** What a search of the page finds in some shards: both kinds, inside the date range. */
export interface PageResults<Data> extends KindResults<Data> {
  /** The ids inside the date range, or undefined without a range. */
  kept: Set<string> | undefined;
}

/**
 * Articles and headlines of some shards inside the date range. Without a headline group
 * (`grouped: false`) both kinds come as one ranking, under `articles`.
 * @example await findPageResults(searched, searchIn, { filters, sort, range, grouped: true })
 */
export async function findPageResults<
  Data extends { meta: Record<string, string | undefined> },
  Shard extends DateSpan,
>(
  shards: readonly Shard[],
  searchIn: (shards: readonly Shard[]) => RunSearch<Data>,
  options: {
    filters: Record<string, string>;
    sort: ArchiveSort;
    range: DateRange;
    grouped: boolean;
  },
): Promise<PageResults<Data>> {
  const { filters, sort, range } = options;
  const run = searchIn(shards);
  const [byKind, kept] = await Promise.all([
    options.grouped
      ? searchByKind(run, filters, sort)
      : run(filters, sort).then((results) => ({ articles: results, headlines: [] })),
    idsInDateRange(shards, (shard) => searchIn([shard]), filters, range),
  ]);
  return {
    articles: keepIds(byKind.articles, kept),
    headlines: keepIds(byKind.headlines, kept),
    kept,
  };
}
