/**
 * The search page's date range (`from=YYYY-MM-DD&to=YYYY-MM-DD`): parsed from untrusted URL
 * parameters, compared as ISO strings. Pure: runs in the browser and in tests.
 */

/** Inclusive bounds as `YYYY-MM-DD`; a missing bound leaves that side open. */
export interface DateRange {
  from?: string;
  to?: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The value as a real calendar day `YYYY-MM-DD`, or undefined (2017-02-30, 17-2-3, junk). */
export function calendarDay(value: string | null | undefined): string | undefined {
  const match = ISO_DAY.exec(value?.trim() ?? "");
  if (!match) return undefined;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year > 0 ? (match[0] as string) : undefined;
}

/**
 * The date range of a search URL; an invalid bound is dropped, and bounds given in the wrong
 * order are swapped (the reader meant the days between them).
 * @example parseDateRange(new URLSearchParams("from=2019-12-31&to=2017-01-01")) // { from: "2017-01-01", to: "2019-12-31" }
 */
export function parseDateRange(params: URLSearchParams): DateRange {
  let from = calendarDay(params.get("from"));
  let to = calendarDay(params.get("to"));
  if (from && to && from > to) [from, to] = [to, from];
  const range: DateRange = {};
  if (from) range.from = from;
  if (to) range.to = to;
  return range;
}

/** Whether the range limits anything. */
export function hasDateRange(range: DateRange): boolean {
  return range.from !== undefined || range.to !== undefined;
}

/** Whether a `YYYY-MM-DD…` date lies in the range; an undated record lies in no limited range. */
export function isInDateRange(date: string | undefined, range: DateRange): boolean {
  if (!hasDateRange(range)) return true;
  const day = calendarDay(date?.slice(0, 10));
  if (!day) return false;
  return (!range.from || day >= range.from) && (!range.to || day <= range.to);
}

/** The years (`YYYY`) of a list that the range reaches into. */
export function yearsInDateRange(years: readonly string[], range: DateRange): string[] {
  const first = range.from?.slice(0, 4);
  const last = range.to?.slice(0, 4);
  return years.filter(
    (year) => /^\d{4}$/.test(year) && (!first || year >= first) && (!last || year <= last),
  );
}
