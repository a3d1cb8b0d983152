// Archived news predates no newspaper and postdates no scrape: anything outside is a misprint.
const MIN_YEAR = 1800;
const MAX_YEAR = 2100;

/** True when the day exists on the calendar (and the year is a plausible news year). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
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
