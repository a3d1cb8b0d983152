import type { HeadlineFrontMatter } from "../archive/articleFrontMatter.ts";
import { createNumberText, timesNoun } from "./arabicText.ts";
import type { ArticleLink } from "./articleRecords.ts";
import { createDateText } from "./formatDates.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** A ticker headline as the headlines pages and the home ticker show it. */
export interface HeadlineRecord {
  key: string;
  text: string;
  seen: number;
  seenLabel: string;
  firstSeen: string;
  lastSeen: string;
  firstSeenLabel: string;
  lastSeenLabel: string;
  /** «من 6 أكتوبر إلى 9 أكتوبر 2017» when first and last appearance fall on different days; else empty. */
  seenRangeLabel: string;
  /** The archived article with the same title, when there is one. */
  article: ArticleLink | undefined;
}

/**
 * Builds headline records, newest first by first appearance, linking each to its article when it
 * is archived. First appearance never changes, so with oldest-anchored pages a headline keeps its
 * page (and its search record its URL) when a later scrape shows it again.
 */
export function buildHeadlineRecords(
  headlines: readonly HeadlineFrontMatter[],
  articlesById: ReadonlyMap<string, ArticleLink>,
  config: SiteConfig,
): HeadlineRecord[] {
  const dates = createDateText(config);
  const numbers = createNumberText(config);
  return headlines
    .map((h) => {
      const firstDay = h.firstSeen.slice(0, 10);
      const lastDay = h.lastSeen.slice(0, 10);
      return {
        key: h.key,
        text: h.text,
        seen: h.seen,
        seenLabel: numbers.count(h.seen, timesNoun),
        firstSeen: h.firstSeen,
        lastSeen: h.lastSeen,
        firstSeenLabel: dates.gregorian(h.firstSeen),
        lastSeenLabel: dates.gregorian(h.lastSeen),
        seenRangeLabel:
          firstDay === lastDay
            ? ""
            : `من ${firstDay.slice(0, 4) === lastDay.slice(0, 4) ? dates.dayMonth(firstDay) : dates.gregorian(firstDay)} إلى ${dates.gregorian(lastDay)}`,
        article: h.article === undefined ? undefined : articlesById.get(h.article),
      };
    })
    .sort((a, b) => {
      if (a.firstSeen !== b.firstSeen) return a.firstSeen < b.firstSeen ? 1 : -1;
      return a.key < b.key ? -1 : 1;
    });
}

/** The `count` headlines seen most recently (the ticker's), most seen first among equals. */
export function mostRecentlySeen(
  headlines: readonly HeadlineRecord[],
  count: number,
): HeadlineRecord[] {
  return [...headlines]
    .sort((a, b) => {
      if (a.lastSeen !== b.lastSeen) return a.lastSeen < b.lastSeen ? 1 : -1;
      if (a.seen !== b.seen) return b.seen - a.seen;
      return a.key < b.key ? -1 : 1;
    })
    .slice(0, count);
}

/** Headlines that first appeared on one day. */
export interface HeadlineDay {
  date: string;
  label: string;
  /** The day page, when the archive has articles of that day. */
  href: string | undefined;
  items: HeadlineRecord[];
}

/** Splits a page of headlines (newest first appearance first) into runs of one day. */
export function groupHeadlinesByDay(
  headlines: readonly HeadlineRecord[],
  dayHref: (isoDate: string) => string | undefined,
  config: Pick<SiteConfig, "locale" | "digits">,
): HeadlineDay[] {
  const dates = createDateText(config);
  const days: HeadlineDay[] = [];
  for (const headline of headlines) {
    const date = headline.firstSeen.slice(0, 10);
    const last = days.at(-1);
    if (last && last.date === date) last.items.push(headline);
    else days.push({ date, label: dates.gregorian(date), href: dayHref(date), items: [headline] });
  }
  return days;
}
