import type { HeadlineFrontMatter } from "../archive/articleFrontMatter.ts";
import { listViews } from "../site/archiveGroups.ts";
import { buildHeadlineRecords } from "../site/headlineRecords.ts";
import type { SiteConfig } from "../site/siteConfig.ts";
import type { SearchHeadline } from "../search/searchRecords.ts";

/** The id the headlines page gives a headline's list item (`templates/_includes/pages/headlines.njk`). */
export function headlineAnchor(key: string): string {
  return `h-${key}`;
}

/**
 * The ticker headlines as search records, each leading to its item on the headlines page that
 * lists it. Pages are computed exactly as the site paginates them (oldest-anchored, so older
 * headlines keep their page and an unchanged index shard stays unchanged).
 */
export function searchHeadlines(
  headlines: readonly HeadlineFrontMatter[],
  config: SiteConfig,
): SearchHeadline[] {
  // Links to articles do not affect the order or the pages, so none are needed here.
  const records = buildHeadlineRecords(headlines, new Map(), config);
  const views = listViews(records, config.headlinesPerPage, "/headlines/", "", config);
  return views.flatMap((view) =>
    view.items.map((headline) => ({
      text: headline.text,
      url: `${view.href}#${headlineAnchor(headline.key)}`,
      firstSeen: headline.firstSeen,
      lastSeen: headline.lastSeen,
    })),
  );
}
