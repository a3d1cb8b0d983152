/**
 * One search record (an article or a ticker headline) as the archive model describes it, and the
 * small HTML document handed to Pagefind for it. Nothing here reads built pages: which records
 * exist is decided by the model, and their text comes from the Markdown.
 */
import { xmlSafeText } from "../archive/xmlSafeText.ts";
import { recordAddedText } from "./searchWordForms.ts";

export type SearchRecordKind = "article" | "headline";

/** What is indexed for one article or headline. */
export interface SearchRecord {
  /** Root-relative URL the result leads to (a headline's carries its `#anchor`). */
  url: string;
  kind: SearchRecordKind;
  title: string;
  /** The body as safe HTML blocks (rendered Markdown: raw HTML off); "" for a headline. */
  bodyHtml: string;
  /** The body as plain text, for the Arabic search terms. */
  bodyText: string;
  newspaper?: string | undefined;
  /** `YYYY-MM-DD`; undefined for an undated article. */
  date?: string | undefined;
  /** The story this article is one version of, when the story has several versions. */
  story?: StoryOfRecord | undefined;
}

/** A story with several versions, as a search result names it. */
export interface StoryOfRecord {
  /** The story's id: every version's record carries the same. */
  id: string;
  /** Root-relative URL of the story page. */
  url: string;
  /** How many versions the story has. */
  versions: number;
}

/**
 * Weight of the Arabic search terms a record gets beyond its own words (see `recordAddedText`):
 * below the text's own 1, so a page that has the reader's exact word outranks one found only
 * through a folded or prefix-stripped form, while each occurrence still counts.
 */
export const ADDED_TERMS_WEIGHT = 0.5;

/**
 * Starts the added terms in a record's content. Pagefind keeps it in the fragment's text, and
 * `originalContent` cuts the content there, so a result shows only the original words.
 */
export const ADDED_TERMS_MARK = "\u2063";

// The same characters the XML outputs drop: a lone surrogate in a record made Pagefind's JSON
// message invalid and stopped the whole index ("unexpected end of hex escape").
function escapeHtml(text: string): string {
  return xmlSafeText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

/** The content of a result's fragment without the added search terms. */
export function originalContent(content: string): string {
  const mark = content.lastIndexOf(ADDED_TERMS_MARK);
  return (mark === -1 ? content : content.slice(0, mark)).replace(/[\s.]+$/u, "");
}

/**
 * The HTML document Pagefind indexes for a record: the title as its heading (Pagefind's heading
 * weight), the body, and the added Arabic terms at `ADDED_TERMS_WEIGHT`; metadata, filters
 * (`kind`, `year`, `newspaper` and `filters`) and the `date` sort key as Pagefind attributes.
 * @example searchRecordHtml(record, { arabicMatching: true, filters: { shard: "2017" } })
 */
export function searchRecordHtml(
  record: SearchRecord,
  options: {
    arabicMatching: boolean;
    filters?: Record<string, string>;
    language?: string;
    /** Collects the record's words for the term → shards directory (see `routeFormsOfWord`). */
    routeWords?: Set<string>;
  },
): string {
  const filters: Record<string, string> = { kind: record.kind };
  if (record.date) filters.year = record.date.slice(0, 4);
  if (record.newspaper) filters.newspaper = record.newspaper;
  Object.assign(filters, options.filters);
  const hidden = [
    ...Object.entries(filters).map(
      ([name, value]) =>
        `<span data-pagefind-filter="${escapeAttribute(`${name}:${value}`)}"></span>`,
    ),
    record.newspaper
      ? `<span data-pagefind-meta="newspaper:${escapeAttribute(record.newspaper)}"></span>`
      : "",
    record.date
      ? `<span data-pagefind-meta="date:${record.date}" data-pagefind-sort="date:${record.date}"></span>`
      : "",
    record.story
      ? `<span data-pagefind-meta="story:${escapeAttribute(record.story.id)}"></span>` +
        `<span data-pagefind-meta="storyUrl:${escapeAttribute(record.story.url)}"></span>` +
        `<span data-pagefind-meta="storyVersions:${record.story.versions}"></span>`
      : "",
  ].join("");
  const added =
    options.arabicMatching || options.routeWords
      ? recordAddedText(`${record.title} ${record.bodyText}`, options.routeWords)
      : "";
  const addedBlock = options.arabicMatching
    ? `<p data-pagefind-weight="${ADDED_TERMS_WEIGHT}">${ADDED_TERMS_MARK} ${escapeHtml(added)}</p>`
    : "";
  return (
    `<!doctype html><html lang="${escapeAttribute(options.language ?? "ar")}"><body>` +
    `<main data-pagefind-body><h1 data-pagefind-meta="title">${escapeHtml(record.title)}</h1>` +
    `${record.bodyHtml}${addedBlock}${hidden}</main></body></html>`
  );
}
