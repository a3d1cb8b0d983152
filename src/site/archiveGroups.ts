import { articleNoun, createNumberText } from "./arabicText.ts";
import type { ArticleRecord } from "./articleRecords.ts";
import { createDateText } from "./formatDates.ts";
import { paginate, type ListPage } from "./paginate.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** A list page with its heading and a label that tells the page apart. */
export interface ListView<T> extends ListPage<T> {
  heading: string;
  /** The list's base URL, the only page that shows totals, which change with every addition. */
  isNewest: boolean;
  /** Empty on the base URL; otherwise what tells the page apart in its title (its month, or «الصفحة n»). */
  pageLabel: string;
  /**
   * What the pager calls this page: its month and page (see monthListViews), or «الصفحة n» counted
   * the way a reader counts (the newest page is 1; URLs stay counted from the oldest). A number
   * moves when a page is added in front, so such lists (headlines, undated) re-render for it.
   */
  pagerLabel: string;
  /** The page's canonical URL: its own, or the base URL that shows the same items. */
  canonicalHref: string;
}

/**
 * Builds count-paginated list views with headings, each page labelled by the reader's page number
 * (newest = 1), which changes when a page is added in front of it; its URL and items do not.
 */
export function listViews<T>(
  items: readonly T[],
  pageSize: number,
  baseHref: string,
  heading: string,
  config: SiteConfig,
): ListView<T>[] {
  const numbers = createNumberText(config);
  return paginate(items, pageSize, baseHref).map((page) => {
    const isNewest = page.pageNumber === page.pageCount;
    const readerNumber = `الصفحة ${numbers.number(page.pageCount - page.pageNumber + 1)}`;
    return {
      ...page,
      heading,
      isNewest,
      pageLabel: isNewest ? "" : readerNumber,
      pagerLabel: readerNumber,
      canonicalHref: page.href,
    };
  });
}

/** One month of the date archive. */
export interface MonthGroup {
  year: string;
  month: string;
  name: string;
  href: string;
  count: number;
  countLabel: string;
  /** The count alone, in the configured digits. */
  countText: string;
}

/** One year of the date archive, months newest first. */
export interface YearGroup {
  year: string;
  label: string;
  href: string;
  count: number;
  countLabel: string;
  months: MonthGroup[];
}

/** One newspaper with its article count and date range. */
export interface NewspaperGroup {
  name: string;
  slug: string;
  href: string;
  count: number;
  countLabel: string;
  firstDateLabel: string | undefined;
  lastDateLabel: string | undefined;
  firstDate: string | undefined;
  lastDate: string | undefined;
  /** The newspaper's section on the aggregator its articles came from, when known. */
  aggregatorHref: string | undefined;
}

/** Groups dated articles (newest first) into years and months, newest first. */
export function groupByYearMonth(
  records: readonly ArticleRecord[],
  config: SiteConfig,
): YearGroup[] {
  const dates = createDateText(config);
  const numbers = createNumberText(config);
  const years = new Map<string, Map<string, number>>();
  for (const { year, month } of records) {
    if (year === undefined || month === undefined) continue;
    const months = years.get(year) ?? new Map<string, number>();
    months.set(month, (months.get(month) ?? 0) + 1);
    years.set(year, months);
  }
  return [...years.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([year, months]) => {
      const monthGroups = [...months.entries()]
        .sort(([a], [b]) => (a < b ? 1 : -1))
        .map(([month, count]) => ({
          year,
          month,
          name: dates.monthName(Number(month)),
          href: `/archive/${year}/${month}/`,
          count,
          countLabel: numbers.count(count, articleNoun),
          countText: numbers.number(count),
        }));
      const count = monthGroups.reduce((sum, m) => sum + m.count, 0);
      return {
        year,
        label: numbers.plain(Number(year)),
        href: `/archive/${year}/`,
        count,
        countLabel: numbers.count(count, articleNoun),
        months: monthGroups,
      };
    });
}

/** Groups articles (newest first) by newspaper, newspapers sorted by name. */
export function groupByNewspaper(
  records: readonly ArticleRecord[],
  config: SiteConfig,
): Map<string, ArticleRecord[]> {
  const groups = new Map<string, ArticleRecord[]>();
  for (const record of records) {
    const list = groups.get(record.source) ?? [];
    list.push(record);
    groups.set(record.source, list);
  }
  const collator = new Intl.Collator(config.locale);
  return new Map([...groups.entries()].sort(([a], [b]) => collator.compare(a, b)));
}

/** Summarises one newspaper's articles (newest first) for the newspapers index and the about page. */
export function describeNewspaper(
  articles: readonly ArticleRecord[],
  config: SiteConfig,
): NewspaperGroup {
  const numbers = createNumberText(config);
  const first = articles[0];
  if (!first) throw new Error("a newspaper needs at least one article");
  const dated = articles.filter((a) => a.date !== undefined);
  return {
    name: first.source,
    slug: first.newspaperSlug,
    href: first.newspaperHref,
    count: articles.length,
    countLabel: numbers.count(articles.length, articleNoun),
    firstDateLabel: dated.at(-1)?.dateLabel,
    lastDateLabel: dated[0]?.dateLabel,
    firstDate: dated.at(-1)?.date,
    lastDate: dated[0]?.date,
    aggregatorHref: mostCommon(articles.map((a) => a.aggregatorHref)),
  };
}

/** The most frequent defined value (the first seen among equals). */
function mostCommon(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values)
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts)
    if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}
