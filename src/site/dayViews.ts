import { articleNoun, createNumberText, newspaperNoun } from "./arabicText.ts";
import type { ArticleRecord } from "./articleRecords.ts";
import { breadcrumbForDate, type Crumb } from "./breadcrumbs.ts";
import { createDateText } from "./formatDates.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** A link to a neighbouring day with news. */
export interface DayLink {
  href: string;
  label: string;
}

/** One newspaper's articles of one day. */
export interface DayNewspaperGroup {
  name: string;
  href: string;
  /** Anchor id on the day page. */
  anchor: string;
  countLabel: string;
  items: ArticleRecord[];
}

/** A day page: that day's articles grouped by newspaper, with the neighbouring days that have news. */
export interface DayView {
  href: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  year: string;
  month: string;
  day: string;
  heading: string;
  dateLabel: string;
  hijriLabel: string;
  count: number;
  countLabel: string;
  /** «3 صحف». */
  newspapersLabel: string;
  groups: DayNewspaperGroup[];
  /** The nearest older day with news. */
  previous: DayLink | undefined;
  /** The nearest newer day with news. */
  next: DayLink | undefined;
  breadcrumb: Crumb[];
}

/** The URL of a day page. */
export function dayHref(isoDate: string): string {
  return `/archive/${isoDate.slice(0, 4)}/${isoDate.slice(5, 7)}/${isoDate.slice(8, 10)}/`;
}

/**
 * Builds one page per day that has dated articles, newest day first; newspapers in name order,
 * articles within a newspaper in archive order. Previous/next skip days without news by construction.
 */
export function buildDayViews(
  newestFirst: readonly ArticleRecord[],
  config: Pick<SiteConfig, "locale" | "digits">,
): DayView[] {
  const dates = createDateText(config);
  const numbers = createNumberText(config);
  const collator = new Intl.Collator(config.locale);
  const byDay = new Map<string, ArticleRecord[]>();
  for (const article of newestFirst) {
    if (article.date === undefined) continue;
    const list = byDay.get(article.date);
    if (list) list.push(article);
    else byDay.set(article.date, [article]);
  }
  const days = [...byDay.keys()].sort().reverse();
  const link = (date: string | undefined): DayLink | undefined =>
    date === undefined ? undefined : { href: dayHref(date), label: dates.gregorian(date) };
  return days.map((date, index) => {
    const items = byDay.get(date) ?? [];
    const bySource = new Map<string, ArticleRecord[]>();
    for (const article of items) {
      const list = bySource.get(article.source);
      if (list) list.push(article);
      else bySource.set(article.source, [article]);
    }
    const groups = [...bySource.entries()]
      .sort(([a], [b]) => collator.compare(a, b))
      .map(([name, list]) => ({
        name,
        href: list[0]?.newspaperHref ?? "/newspapers/",
        anchor: `n-${list[0]?.newspaperSlug ?? ""}`,
        countLabel: numbers.count(list.length, articleNoun),
        items: list,
      }));
    const labels = dates.labels(date);
    return {
      href: dayHref(date),
      date,
      year: date.slice(0, 4),
      month: date.slice(5, 7),
      day: date.slice(8, 10),
      heading: `أخبار ${labels.gregorian}`,
      dateLabel: labels.gregorian,
      hijriLabel: labels.hijri,
      count: items.length,
      countLabel: numbers.count(items.length, articleNoun),
      newspapersLabel: numbers.count(groups.length, newspaperNoun),
      groups,
      previous: link(days[index + 1]),
      next: link(days[index - 1]),
      breadcrumb: breadcrumbForDate(date, "day", config),
    };
  });
}
