import { articleNoun, createNumberText, dayNoun } from "./arabicText.ts";
import type { YearGroup } from "./archiveGroups.ts";
import { breadcrumbForDate, type Crumb } from "./breadcrumbs.ts";
import type { DayLink, DayView } from "./dayViews.ts";
import { createDateText } from "./formatDates.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** One cell of a month calendar: a day of the month, a link when it has news. */
export interface CalendarDay {
  /** The day number as shown. */
  label: string;
  date: string;
  /** The day page, when the day has news. */
  href: string | undefined;
  count: number;
  /** The count as shown in the cell. */
  countText: string;
  /** The count in words, for screen readers. */
  countLabel: string;
}

/** A month as weeks of seven cells from Saturday; `null` pads the first and last weeks. */
export interface MonthCalendar {
  caption: string;
  weekdays: { long: string; narrow: string }[];
  weeks: (CalendarDay | null)[][];
}

/** One day of the month's day list. */
export interface MonthDayEntry {
  href: string;
  label: string;
  countLabel: string;
  newspapers: string[];
}

/** A month page: its calendar, its days with news, its total and the neighbouring months. */
export interface MonthPage {
  href: string;
  year: string;
  month: string;
  heading: string;
  countLabel: string;
  daysLabel: string;
  breadcrumb: Crumb[];
  calendar: MonthCalendar;
  days: MonthDayEntry[];
  /** The nearest older month with news. */
  previous: DayLink | undefined;
  /** The nearest newer month with news. */
  next: DayLink | undefined;
}

/** Lays out a month as a calendar; days found in `dayViews` link to their page with their count. */
export function buildMonthCalendar(
  year: number,
  month: number,
  daysWithNews: ReadonlyMap<string, Pick<DayView, "href" | "count" | "countLabel">>,
  config: Pick<SiteConfig, "locale" | "digits">,
): MonthCalendar {
  const numbers = createNumberText(config);
  const dates = createDateText(config);
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Saturday (getUTCDay 6) is column 0.
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 1) % 7;
  const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
  const mm = String(month).padStart(2, "0");
  for (let day = 1; day <= length; day++) {
    const date = `${year}-${mm}-${String(day).padStart(2, "0")}`;
    const news = daysWithNews.get(date);
    cells.push({
      label: numbers.plain(day),
      date,
      href: news?.href,
      count: news?.count ?? 0,
      countText: news ? numbers.number(news.count) : "",
      countLabel: news?.countLabel ?? "",
    });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (CalendarDay | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return { caption: dates.monthYear(year, month), weekdays: dates.weekdays(), weeks };
}

/** Builds one page per month with news (newest first), from the year groups and the day pages. */
export function buildMonthPages(
  years: readonly YearGroup[],
  dayViews: readonly DayView[],
  config: Pick<SiteConfig, "locale" | "digits">,
): MonthPage[] {
  const numbers = createNumberText(config);
  const dates = createDateText(config);
  const byDate = new Map(dayViews.map((view) => [view.date, view]));
  const months = years.flatMap((year) => year.months);
  const daysByMonth = new Map<string, DayView[]>();
  // Day views come newest first; a month lists its days oldest first, like its calendar.
  for (const view of [...dayViews].reverse()) {
    const key = view.date.slice(0, 7);
    const list = daysByMonth.get(key);
    if (list) list.push(view);
    else daysByMonth.set(key, [view]);
  }
  const link = (index: number): DayLink | undefined => {
    const month = months[index];
    return month
      ? { href: month.href, label: dates.monthYear(Number(month.year), Number(month.month)) }
      : undefined;
  };
  return months.map((month, index) => {
    const prefix = `${month.year}-${month.month}-`;
    const days = daysByMonth.get(`${month.year}-${month.month}`) ?? [];
    return {
      href: month.href,
      year: month.year,
      month: month.month,
      heading: dates.monthYear(Number(month.year), Number(month.month)),
      countLabel: numbers.count(month.count, articleNoun),
      daysLabel: numbers.count(days.length, dayNoun),
      breadcrumb: breadcrumbForDate(`${prefix}01`, "month", config),
      calendar: buildMonthCalendar(Number(month.year), Number(month.month), byDate, config),
      days: days.map((view) => ({
        href: view.href,
        label: view.dateLabel,
        countLabel: view.countLabel,
        newspapers: view.groups.map((group) => group.name),
      })),
      previous: link(index + 1),
      next: link(index - 1),
    };
  });
}
