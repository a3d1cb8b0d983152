import type { NewspaperGroup } from "./archiveGroups.ts";
import type { ArticleRecord } from "./articleRecords.ts";
import type { DayView } from "./dayViews.ts";
import { createDateText } from "./formatDates.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** A newspaper's newest articles on the home page. */
export interface NewspaperLatest {
  newspaper: NewspaperGroup;
  items: ArticleRecord[];
}

/** One earlier year's news on the newest day's calendar date. */
export interface OnThisDayEntry {
  href: string;
  label: string;
  countLabel: string;
  items: ArticleRecord[];
}

/** «في مثل هذا اليوم»: the newest day in the archive and the same date in earlier years. */
export interface OnThisDay {
  /** «6 أكتوبر», the calendar date looked up. */
  dayLabel: string;
  entries: OnThisDayEntry[];
}

/** What the home page shows besides the ticker: latest per newspaper, recent days, the same day in earlier years. */
export interface HomePage {
  latestByNewspaper: NewspaperLatest[];
  recentDays: Pick<DayView, "href" | "dateLabel" | "countLabel">[];
  onThisDay: OnThisDay | undefined;
}

/** Chooses the home page's sections at build time from the newest day in the archive. */
export function buildHomePage(
  newspapers: readonly NewspaperGroup[],
  articlesByNewspaper: ReadonlyMap<string, readonly ArticleRecord[]>,
  dayViews: readonly DayView[],
  config: Pick<SiteConfig, "locale" | "digits">,
  sizes: { perNewspaper: number; recentDays: number; perDay: number } = {
    perNewspaper: 3,
    recentDays: 7,
    perDay: 3,
  },
): HomePage {
  const dates = createDateText(config);
  const latestByNewspaper = newspapers
    .map((newspaper) => ({
      newspaper,
      items: (articlesByNewspaper.get(newspaper.name) ?? []).slice(0, sizes.perNewspaper),
    }))
    // The newspaper with the newest article first.
    .sort((a, b) => (b.items[0]?.date ?? "").localeCompare(a.items[0]?.date ?? ""));
  const newest = dayViews[0];
  const onThisDay = newest && {
    dayLabel: dates.dayMonth(newest.date),
    entries: dayViews
      .filter((view) => view.date.slice(5) === newest.date.slice(5) && view.year < newest.year)
      .map((view) => ({
        href: view.href,
        label: view.dateLabel,
        countLabel: view.countLabel,
        items: view.groups.flatMap((group) => group.items).slice(0, sizes.perDay),
      })),
  };
  return {
    latestByNewspaper,
    recentDays: dayViews.slice(0, sizes.recentDays),
    onThisDay,
  };
}
