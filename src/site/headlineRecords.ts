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
    .map((h) => ({
      key: h.key,
      text: h.text,
      seen: h.seen,
      seenLabel: numbers.count(h.seen, timesNoun),
      firstSeen: h.firstSeen,
      lastSeen: h.lastSeen,
      firstSeenLabel: dates.gregorian(h.firstSeen),
      lastSeenLabel: dates.gregorian(h.lastSeen),
      article: h.article === undefined ? undefined : articlesById.get(h.article),
    }))
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
