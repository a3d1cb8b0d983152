import { isCalendarDate, isNewsYear, NEWS_YEARS } from "../archive/calendarDate.ts";

/** A date as printed on the page, and the ISO date when it exists on the calendar. */
export interface ParsedDate {
  /** The date exactly as printed, digits kept as they were (e.g. `06 - 10 - 2017`). */
  dateText: string;
  /** ISO `YYYY-MM-DD`, absent when the printed date does not exist. */
  date?: string;
  problem?: string;
}

const DATE_SHAPE = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;

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
  if (!isNewsYear(year)) {
    return {
      dateText,
      problem: `date out of range "${dateText}" (year ${year}; archived news is dated ${NEWS_YEARS})`,
    };
  }
  if (!isCalendarDate(year, month, day)) {
    return {
      dateText,
      problem: `impossible date "${dateText}" (day ${day}, month ${month}, year ${year})`,
    };
  }
  return { dateText, date: `${match[3]}-${pad2(month)}-${pad2(day)}` };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
