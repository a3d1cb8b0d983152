/** How the search page draws one result: the original text, with the query's words marked. */
import { excerptSegments, markMatches } from "./highlightTerms.ts";
import { appendSegments } from "./renderSegments.ts";
import { createNumberText, versionNoun } from "../site/arabicText.ts";

const numberText = createNumberText({ locale: "ar", digits: "latn" });

/** The part of a Pagefind result's fragment a result shows. */
export interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** Display names of filter values that are codes. */
export const FILTER_LABELS: Record<string, Record<string, string>> = {
  kind: { article: "مقالات", headline: "عناوين شريط الأخبار" },
};
const dateFormat = new Intl.DateTimeFormat("ar", {
  dateStyle: "long",
  numberingSystem: "latn",
  timeZone: "UTC",
});

/** A `YYYY-MM-DD` date as the reader reads it («6 أكتوبر 2017»); "" for anything else. */
export function formatResultDate(iso: string | undefined): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return "";
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * Where a result leads, with the query to highlight there. The fragment is kept: a headline's
 * URL ends in its anchor on the headlines page (`/headlines/page/3/#h-…`), where it is shown.
 * @example resultHref("/headlines/#h-c0", "حكومة", "https://x/search/") // "/headlines/?highlight=…#h-c0"
 */
export function resultHref(url: string, query: string, baseUri: string): string {
  const target = new URL(url, baseUri);
  target.searchParams.set("highlight", query);
  return target.pathname + target.search + target.hash;
}

/** Appends one result to the list: linked title, newspaper and date, highlighted excerpt. */
export function renderSearchResult(
  list: HTMLElement,
  data: ResultData,
  terms: string[],
  query: string,
): void {
  const document = list.ownerDocument;
  const item = document.createElement("li");
  item.className = "search-result";

  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = resultHref(data.url, query, document.baseURI);
  appendSegments(link, markMatches(data.meta.title ?? data.url, terms));
  heading.append(link);

  const details = document.createElement("p");
  details.className = "search-result-meta";
  const parts = [data.meta.newspaper, formatResultDate(data.meta.date)];
  if (data.filters.kind?.includes("headline")) parts.push(FILTER_LABELS.kind?.headline);
  details.textContent = parts.filter(Boolean).join(" · ");
  const versions = Number(data.meta.storyVersions);
  if (data.meta.storyUrl && Number.isInteger(versions) && versions > 1) {
    // One result stands for its story's versions: «3 نسخ» leads to the story page.
    const story = document.createElement("a");
    story.className = "search-result-story";
    story.href = data.meta.storyUrl;
    story.textContent = numberText.count(versions, versionNoun);
    details.append(" · ", story);
  }

  const excerpt = document.createElement("p");
  excerpt.className = "search-result-excerpt";
  appendSegments(excerpt, excerptSegments(data.content, terms));

  item.append(heading, details, excerpt);
  list.append(item);
}
