import { addedSearchTokens } from "./arabicSearchTokens.ts";
import { extractIndexedText } from "./extractIndexedText.ts";
import { injectNormalizedText, NORMALIZED_META_FIELD } from "./injectNormalizedText.ts";
import type { SearchPage } from "./readSitePages.ts";

/** A ticker headline to index as its own search record (`kind: headline`). */
export interface SearchHeadline {
  text: string;
  /** Where the result leads, e.g. the headline's page or the matching article. */
  url: string;
  /** ISO date-time of the first scrape that carried it; its date sorts and filters the record. */
  firstSeen: string;
  lastSeen?: string;
  /** Newspaper display name, when the headline is tied to one. */
  newspaper?: string;
}

/** What Pagefind's `addCustomRecord` takes. */
export interface HeadlineRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * The HTML handed to Pagefind for a page, or undefined for a page that does not opt in with
 * `data-pagefind-body` (list pages, the home page): one such page would otherwise make Pagefind
 * index every page of its shard whole.
 */
export function pageRecordHtml(
  page: SearchPage,
  arabicMatching: boolean,
  extraFilters: Record<string, string> = {},
): string | undefined {
  const { hasPagefindBody, text } = extractIndexedText(page.html);
  if (!hasPagefindBody) return undefined;
  const terms = arabicMatching ? addedSearchTokens(text) : undefined;
  if (terms === undefined && Object.keys(extraFilters).length === 0) return page.html;
  return injectNormalizedText(page.html, terms, extraFilters);
}

/** The custom record of one ticker headline. */
export function headlineRecord(
  headline: SearchHeadline,
  language: string,
  arabicMatching: boolean,
  extraFilters: Record<string, string> = {},
): HeadlineRecord {
  const date = headline.firstSeen.slice(0, 10);
  const meta: Record<string, string> = { title: headline.text, date };
  if (headline.newspaper) meta.newspaper = headline.newspaper;
  if (arabicMatching) meta[NORMALIZED_META_FIELD] = addedSearchTokens(headline.text).join(" ");
  const filters: Record<string, string[]> = { kind: ["headline"], year: [date.slice(0, 4)] };
  if (headline.newspaper) filters.newspaper = [headline.newspaper];
  for (const [name, value] of Object.entries(extraFilters)) filters[name] = [value];
  return { url: headline.url, content: headline.text, language, meta, filters, sort: { date } };
}
