import type { ListView } from "../site/archiveGroups.ts";
import type { HeadlineRecord } from "../site/headlineRecords.ts";

/** A ticker headline to index as its own search record (`kind: headline`). */
export interface SearchHeadline {
  text: string;
  /** Where the result leads: the headline's item on the headlines page that lists it. */
  url: string;
  /** ISO date-time of the first scrape that carried it; its date sorts and filters the record. */
  firstSeen: string;
  lastSeen?: string;
  /** Newspaper display name, when the headline is tied to one. */
  newspaper?: string;
}

/** The id the headlines page gives a headline's list item (`templates/_includes/pages/headlines.njk`). */
export function headlineAnchor(key: string): string {
  return `h-${key}`;
}

/**
 * The ticker headlines as search records, each leading to its item on the headlines page the
 * site's model lists it on (pages are oldest-anchored, so older headlines keep their page and an
 * unchanged index shard stays unchanged).
 */
export function searchHeadlines(views: readonly ListView<HeadlineRecord>[]): SearchHeadline[] {
  return views.flatMap((view) =>
    view.items.map((headline) => ({
      text: headline.text,
      url: `${view.href}#${headlineAnchor(headline.key)}`,
      firstSeen: headline.firstSeen,
      lastSeen: headline.lastSeen,
    })),
  );
}
