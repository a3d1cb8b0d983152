/**
 * The words the search page shows while it searches the archive batch by batch: which years a
 * search has covered, and what the button for the next batch offers.
 */
import type { ShardListing } from "./chooseShards.ts";

type ShardYears = Pick<ShardListing, "years">;

const latn = (value: number): string => value.toLocaleString("ar", { numberingSystem: "latn" });

const holdsUndated = (shards: readonly ShardYears[]): boolean =>
  shards.some((shard) => (shard.years.undated ?? 0) > 0);

/** The dated years some shards hold as `2015–2019` (or `2017`); "" when they hold none. */
export function yearSpan(shards: readonly ShardYears[]): string {
  const years = shards
    .flatMap((shard) => Object.keys(shard.years))
    .filter((year) => year !== "undated")
    .sort();
  const first = years[0];
  const last = years[years.length - 1];
  if (!first || !last) return "";
  return first === last ? first : `${first}–${last}`;
}

/** «أخبار 2015–2019», with the undated articles named when the shards hold some. */
function newsOf(shards: readonly ShardYears[]): string {
  const span = yearSpan(shards);
  if (span === "") return "الأخبار غير المؤرخة";
  return holdsUndated(shards) ? `أخبار ${span} والأخبار غير المؤرخة` : `أخبار ${span}`;
}

/**
 * The status line after a search: how many results so far and, while shards remain, in which
 * years they were looked for.
 * @example searchStatusText({ query: "حكومة", count: 12, searched, complete: false })
 */
export function searchStatusText(status: {
  query: string;
  count: number;
  searched: readonly ShardYears[];
  /** False while later batches remain unsearched. */
  complete: boolean;
}): string {
  const { query, count, searched, complete } = status;
  if (complete) {
    return count === 0 ? `لا نتائج لـ «${query}».` : `${latn(count)} نتيجة لـ «${query}».`;
  }
  return count === 0
    ? `لا نتائج في ${newsOf(searched)} لـ «${query}».`
    : `${latn(count)} نتيجة لـ «${query}» في ${newsOf(searched)} حتى الآن.`;
}

/**
 * The label of the button that searches the next batch: older news, or newer for `sort=oldest`.
 * @example nextBatchLabel(batch, "newest") // "ابحث في الأخبار الأقدم (2015–2019)"
 */
export function nextBatchLabel(batch: readonly ShardYears[], sort: string): string {
  const span = yearSpan(batch);
  if (span === "") return "ابحث في الأخبار غير المؤرخة";
  const label = `ابحث في الأخبار ${sort === "oldest" ? "الأحدث" : "الأقدم"} (${span})`;
  return holdsUndated(batch) ? `${label} والأخبار غير المؤرخة` : label;
}
