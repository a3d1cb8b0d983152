import type { SiteConfig } from "./siteConfig.ts";

/** Date labels for one ISO calendar date (`YYYY-MM-DD`). */
export interface DateLabels {
  gregorian: string;
  hijri: string;
}

/** Formats calendar dates in the configured locale and digits. */
export interface DateText {
  /** Gregorian and Hijri (Umm al-Qura) labels of an ISO date. */
  labels(isoDate: string): DateLabels;
  /** Gregorian label of an ISO date. */
  gregorian(isoDate: string): string;
  /** Name of a month (1-12) in the Gregorian calendar. */
  monthName(month: number): string;
  /** A month and year, e.g. «أكتوبر 2017». */
  monthYear(year: number, month: number): string;
  /** A day and month without the year, e.g. «6 أكتوبر». */
  dayMonth(isoDate: string): string;
  /** Weekday names from Saturday, the first day of the week in the calendar pages. */
  weekdays(): { long: string; narrow: string }[];
}

/** Parses `YYYY-MM-DD` (or the date part of an ISO date-time) as a UTC midnight. */
export function parseIsoDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new Error(`not an ISO date: ${isoDate}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

const dateTexts = new Map<string, DateText>();

/**
 * Date formatters for a locale and digits, built once and shared: an `Intl.DateTimeFormat` costs
 * far more to construct than to use, and the model formats dates for every article and day.
 */
export function createDateText(config: Pick<SiteConfig, "locale" | "digits">): DateText {
  const key = `${config.locale} ${config.digits}`;
  let text = dateTexts.get(key);
  if (!text) dateTexts.set(key, (text = buildDateText(config)));
  return text;
}

/** Builds date formatters; dates are calendar days, so everything is formatted in UTC. */
function buildDateText(config: Pick<SiteConfig, "locale" | "digits">): DateText {
  const options: Intl.DateTimeFormatOptions = {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  };
  const gregorian = new Intl.DateTimeFormat(`${config.locale}-u-nu-${config.digits}`, options);
  // Umm al-Qura is the official Saudi Hijri calendar; ar-SA gives its Arabic month names.
  const hijri = new Intl.DateTimeFormat(`ar-SA-u-ca-islamic-umalqura-nu-${config.digits}`, options);
  const month = new Intl.DateTimeFormat(`${config.locale}-u-nu-${config.digits}`, {
    month: "long",
    timeZone: "UTC",
  });
  const monthYear = new Intl.DateTimeFormat(`${config.locale}-u-nu-${config.digits}`, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const dayMonth = new Intl.DateTimeFormat(`${config.locale}-u-nu-${config.digits}`, {
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });
  const weekdayLong = new Intl.DateTimeFormat(config.locale, { weekday: "long", timeZone: "UTC" });
  const weekdayNarrow = new Intl.DateTimeFormat(config.locale, {
    weekday: "narrow",
    timeZone: "UTC",
  });
  return {
    labels: (isoDate) => {
      const date = parseIsoDate(isoDate);
      return { gregorian: gregorian.format(date), hijri: hijri.format(date) };
    },
    gregorian: (isoDate) => gregorian.format(parseIsoDate(isoDate)),
    monthName: (m) => month.format(new Date(Date.UTC(2000, m - 1, 1))),
    monthYear: (y, m) => monthYear.format(new Date(Date.UTC(y, m - 1, 1))),
    dayMonth: (isoDate) => dayMonth.format(parseIsoDate(isoDate)),
    // 1 January 2000 was a Saturday.
    weekdays: () =>
      Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2000, 0, 1 + i))).map((date) => ({
        long: weekdayLong.format(date),
        narrow: weekdayNarrow.format(date),
      })),
  };
}
