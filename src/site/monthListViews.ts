import { createNumberText } from "./arabicText.ts";
import type { ListView } from "./archiveGroups.ts";
import type { ArticleRecord } from "./articleRecords.ts";
import { createDateText } from "./formatDates.ts";
import { paginate } from "./paginate.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** One calendar month of a month-keyed list (or its undated articles), items newest first. */
export interface ListMonth<T> {
  /** `YYYY-MM`, or `undated`. */
  key: string;
  /** «مارس 2015», or «بلا تاريخ». */
  label: string;
  /** The month's URL, where its newest page lives: `<base>YYYY/MM/` or `<base>undated/`. */
  href: string;
  items: T[];
}

/**
 * Splits newest-first articles into calendar months under `baseHref` (`/articles/2015/03/`),
 * newest month first; undated articles (sorted last) become a final `undated/` month when
 * `undatedLabel` is given, and are left out otherwise (they have a list of their own).
 */
export function splitIntoListMonths(
  newestFirst: readonly ArticleRecord[],
  baseHref: string,
  config: Pick<SiteConfig, "locale" | "digits">,
  undatedLabel?: string,
): ListMonth<ArticleRecord>[] {
  const dates = createDateText(config);
  const months: ListMonth<ArticleRecord>[] = [];
  for (const item of newestFirst) {
    const { year, month } = item;
    const dated = year !== undefined && month !== undefined;
    if (!dated && undatedLabel === undefined) continue;
    const key = dated ? `${year}-${month}` : "undated";
    const last = months.at(-1);
    if (last?.key === key) {
      last.items.push(item);
      continue;
    }
    months.push({
      key,
      label: dated ? dates.monthYear(Number(year), Number(month)) : (undatedLabel ?? ""),
      href: dated ? `${baseHref}${year}/${month}/` : `${baseHref}undated/`,
      items: [item],
    });
  }
  return months;
}

/**
 * Builds a list paginated by calendar month. Each month's pages are anchored at its oldest item
 * (see paginate): its newest page at the month's URL, older ones at `<month>page/n/`, numbered
 * from the month's start, so an item added to one month changes that month's pages only (and,
 * when the month's first page moves to `page/1/`, the link to it from the next-older month).
 * The pager walks across months. The list's base URL shows the newest month's newest page with
 * the list's totals; that month page then names the base URL as its canonical address, and the
 * list's own links lead to the base URL instead.
 */
export function monthListViews<T>(
  newestFirstMonths: readonly ListMonth<T>[],
  pageSize: number,
  baseHref: string,
  heading: string,
  config: Pick<SiteConfig, "locale" | "digits">,
): ListView<T>[] {
  const numbers = createNumberText(config);
  const pages = newestFirstMonths.flatMap((month) =>
    paginate(month.items, pageSize, month.href).map((page) => {
      const label =
        page.pageCount === 1
          ? month.label
          : `${month.label} · الصفحة ${numbers.number(page.pageNumber)} من ${numbers.number(page.pageCount)}`;
      return { ...page, heading, isNewest: false, pageLabel: label, pagerLabel: label };
    }),
  );
  if (pages.length === 0) {
    const emptyList = { href: baseHref, pageNumber: 1, pageCount: 1, items: [], heading };
    return [
      {
        ...emptyList,
        isNewest: true,
        pageLabel: "",
        pagerLabel: "",
        newerHref: undefined,
        olderHref: undefined,
        canonicalHref: baseHref,
      },
    ];
  }
  // The newest month page is linked as the base URL, which shows the same items with the totals.
  const linkHref = (index: number): string | undefined =>
    index === 0 ? baseHref : pages[index]?.href;
  const chained = pages.map((page, index) => ({
    ...page,
    newerHref: index === 0 ? undefined : linkHref(index - 1),
    olderHref: linkHref(index + 1),
    canonicalHref: index === 0 ? baseHref : page.href,
  }));
  const [newest, ...older] = chained;
  if (newest === undefined) return [];
  return [{ ...newest, href: baseHref, isNewest: true, pageLabel: "" }, newest, ...older];
}
