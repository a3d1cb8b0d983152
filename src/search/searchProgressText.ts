/**
 * The words the search page shows while it searches the archive batch by batch: which years a
 * search has covered, and what the button for the next batch offers.
 */
import { articleNoun, createNumberText, headlineNoun, resultNoun } from "../site/arabicText.ts";
import type { ShardListing } from "./chooseShards.ts";
import type { DateRange } from "./parseDateRange.ts";
import { formatResultDate } from "./renderSearchResult.ts";

type ShardYears = Pick<ShardListing, "years">;

const numberText = createNumberText({ locale: "ar", digits: "latn" });

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
 * A date range in words, with a leading space: « من 1 مارس 2016 إلى 30 يونيو 2017», « منذ …»,
 * « حتى …», or "" without a range.
 */
export function dateRangeText(range: DateRange = {}): string {
  const from = formatResultDate(range.from);
  const to = formatResultDate(range.to);
  if (from && to) return ` من ${from} إلى ${to}`;
  if (from) return ` منذ ${from}`;
  if (to) return ` حتى ${to}`;
  return "";
}

/** «: 3 مقالات و9 عناوين» when a search found both kinds, else "". */
function kindsText(kinds?: { articles: number; headlines: number }): string {
  if (!kinds || kinds.articles === 0 || kinds.headlines === 0) return "";
  const articles = numberText.count(kinds.articles, articleNoun);
  return `: ${articles} و${numberText.count(kinds.headlines, headlineNoun)}`;
}

/**
 * The status line after a search: how many results (with the Arabic plural), for which date
 * range, how many of them articles and headlines and, while shards remain, in which years they
 * were looked for.
 * @example searchStatusText({ query: "حكومة", count: 12, searched, complete: false })
 */
export function searchStatusText(status: {
  query: string;
  count: number;
  searched: readonly ShardYears[];
  /** False while later batches remain unsearched. */
  complete: boolean;
  range?: DateRange;
  kinds?: { articles: number; headlines: number };
}): string {
  const { query, count, searched, complete } = status;
  const asked = `«${query}»${dateRangeText(status.range)}`;
  const found = `${numberText.count(count, resultNoun)} لـ ${asked}`;
  if (complete) {
    return count === 0 ? `لا نتائج لـ ${asked}.` : `${found}${kindsText(status.kinds)}.`;
  }
  return count === 0
    ? `لا نتائج في ${newsOf(searched)} لـ ${asked}.`
    : `${found} في ${newsOf(searched)} حتى الآن${kindsText(status.kinds)}.`;
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
