/** A date as printed on the page, and the ISO date when it exists on the calendar. */
export interface ParsedDate {
  /** The date exactly as printed, digits kept as they were (e.g. `06 - 10 - 2017`). */
  dateText: string;
  /** ISO `YYYY-MM-DD`, absent when the printed date does not exist. */
  date?: string;
  problem?: string;
}

const DATE_SHAPE = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;
// Archived news predates no newspaper and postdates no scrape: anything outside is a misprint.
const MIN_YEAR = 1800;
const MAX_YEAR = 2100;

/** Replaces Arabic-Indic (٠–٩) and Persian (۰–۹) digits with ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Parses `DD - MM - YYYY` (any digit script); an impossible date is a problem, never moved. */
export function parseArticleDate(printed: string): ParsedDate {
  const dateText = printed.trim();
  const match = DATE_SHAPE.exec(toAsciiDigits(dateText));
  if (!match)
    return { dateText, problem: `unreadable date "${dateText}" (expected DD - MM - YYYY)` };
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  if (
    year < MIN_YEAR ||
    year > MAX_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    return {
      dateText,
      problem: `impossible date "${dateText}" (day ${day}, month ${month}, year ${year})`,
    };
  }
  return { dateText, date: `${match[3]}-${pad2(month)}-${pad2(day)}` };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any time-zone shift.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
