import { hasDateRange, isInDateRange, type DateRange } from "./parseDateRange.ts";

/**
 * The ids of the results of a date-ordered list (oldest first, undated last) that lie in the
 * range. Pagefind filters only match exact values, so the two edges of the range are found by
 * binary search: only about 2·log₂(n) results have their date loaded (`dateOf`, e.g. a fragment's
 * `meta.date`), however many results the query has.
 * @example await resultsInDateRange(oldestFirst, { from: "2017-03-01" }, async (r) => (await r.data()).meta.date)
 */
export async function resultsInDateRange<Result extends { id: string }>(
  oldestFirst: readonly Result[],
  range: DateRange,
  dateOf: (result: Result) => Promise<string | undefined>,
): Promise<Set<string>> {
  if (!hasDateRange(range)) return new Set(oldestFirst.map((result) => result.id));
  const dates = new Map<number, string | undefined>();
  const dateAt = async (index: number): Promise<string | undefined> => {
    if (!dates.has(index)) dates.set(index, await dateOf(oldestFirst[index] as Result));
    return dates.get(index);
  };
  // The first index whose date is not before `day` (undated results sort after every day).
  const firstNotBefore = async (day: string, inclusive: boolean): Promise<number> => {
    let low = 0;
    let high = oldestFirst.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const date = (await dateAt(middle))?.slice(0, 10);
      const before = date !== undefined && (inclusive ? date < day : date <= day);
      if (before) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const start = range.from ? await firstNotBefore(range.from, true) : 0;
  const end = range.to
    ? await firstNotBefore(range.to, false)
    : await firstUndated(oldestFirst.length, dateAt);
  const kept = new Set<string>();
  for (let index = start; index < end; index += 1) {
    const result = oldestFirst[index] as Result;
    // Dates already loaded by the search are checked again: a misordered list loses nothing silently.
    if (dates.has(index) && !isInDateRange(dates.get(index), range)) continue;
    kept.add(result.id);
  }
  return kept;
}

/** The index of the first undated result of a list where undated results come last. */
async function firstUndated(
  length: number,
  dateAt: (index: number) => Promise<string | undefined>,
): Promise<number> {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((await dateAt(middle)) !== undefined) low = middle + 1;
    else high = middle;
  }
  return low;
}
