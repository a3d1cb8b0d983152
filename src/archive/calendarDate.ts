// Archived news predates no newspaper and postdates no scrape: anything outside is a misprint.
const MIN_YEAR = 1800;
const MAX_YEAR = 2100;

/** The years an archived article may carry, as readers are told when a date falls outside. */
export const NEWS_YEARS = `${MIN_YEAR}–${MAX_YEAR}`;

/** True for a year inside {@link NEWS_YEARS}. */
export function isNewsYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** True when the day exists on the calendar (and the year is a plausible news year). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    isNewsYear(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True for an ISO `YYYY-MM-DD` naming a day that exists (`2017-02-31` does not). */
export function isIsoCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Why an ISO date is refused: its year is outside {@link NEWS_YEARS}, or it is no calendar date. */
export function isoDateProblem(text: string): string {
  const year = /^(\d{4})-/.exec(text)?.[1];
  return year !== undefined && !isNewsYear(Number(year))
    ? `${text} is outside the years of archived news (${NEWS_YEARS})`
    : `${text} is not a calendar date (YYYY-MM-DD)`;
}

/**
 * True for an ISO date or date-time (`2025-03-06T08:00:00.000Z`) whose day exists and whose time
 * Date can read: `2017-02-31T10:00Z` would otherwise become 3 March.
 */
export function isIsoDateTime(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text);
  return (
    match !== null &&
    isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) &&
    !Number.isNaN(Date.parse(text))
  );
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any time-zone shift.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
