import { absoluteUrl } from "../site/absoluteUrl.ts";
import { createDateText, type DateText } from "../site/formatDates.ts";
import type { SiteConfig } from "../site/siteConfig.ts";
import { bibtexEntry, bibtexText, bibtexUrl } from "./bibtexField.ts";

/** What a citation needs of an article. */
export interface CitedArticle {
  id: string;
  title: string;
  /** Newspaper display name. */
  source: string;
  author: string | undefined;
  /** ISO `YYYY-MM-DD`, undefined when undated. */
  date: string | undefined;
  /** Original article URL. */
  url: string | undefined;
  /** Root-relative URL of the article page. */
  href: string;
  /** ISO date-time of the scrape: the access date. */
  scrapedAt: string;
}

/** A run of citation text; `url` runs are shown left to right inside the Arabic sentence. */
export interface CitationPart {
  text: string;
  url?: boolean;
}

/** The ways an article page offers to cite the article. */
export interface Citation {
  apa: CitationPart[];
  chicago: CitationPart[];
  bibtex: string;
  archiveUrl: string;
  /** The Wayback Machine's capture of the original URL nearest the article's date (a link, never fetched). */
  waybackUrl: string | undefined;
}

/** `https://web.archive.org/web/YYYYMMDD/<url>`: the Wayback Machine redirects to the nearest capture. */
export function waybackUrl(url: string, isoDate: string): string {
  return `https://web.archive.org/web/${isoDate.slice(0, 10).replace(/-/g, "")}/${url}`;
}

/**
 * APA (7th edition) and Chicago (bibliography) citations in Arabic order and punctuation, and a
 * BibTeX entry: the archive page is the cited location, with the original URL and the date the
 * archive read it (the scrape). An undated article is cited «د.ت.» (no date).
 */
export function citeArticle(
  article: CitedArticle,
  config: SiteConfig,
  dates: DateText = createDateText(config),
): Citation {
  const archiveUrl = absoluteUrl(article.href, config);
  const accessed = dates.gregorian(article.scrapedAt);
  const published = article.date ? dates.gregorian(article.date) : undefined;
  const year = article.date?.slice(0, 4);
  const apaDate = article.date
    ? `${dates.gregorian(article.date).replace(/^(\S+) (\S+) (\S+)$/, "$3، $1 $2")}`
    : "د.ت.";
  const original: CitationPart[] = article.url
    ? [{ text: " (الرابط الأصلي: " }, { text: article.url, url: true }, { text: ")" }]
    : [];

  const apa: CitationPart[] = [
    {
      text: article.author
        ? `${article.author}. (${apaDate}). ${article.title}. ${article.source}. `
        : `${article.title}. (${apaDate}). ${article.source}. `,
    },
    { text: `استُرجع في ${accessed}، من ` },
    { text: archiveUrl, url: true },
    ...original,
  ];
  const chicago: CitationPart[] = [
    {
      text:
        `${article.author ? `${article.author}. ` : ""}${quotedTitle(article.title)}. ${article.source}، ` +
        `${published ?? "د.ت."}. اطُّلع عليه في ${accessed}. `,
    },
    { text: archiveUrl, url: true },
    ...original,
    { text: "." },
  ];
  const bibtex = bibtexEntry("article", `newsarchive-${article.id}`, [
    ["author", article.author === undefined ? undefined : bibtexText(article.author)],
    ["title", bibtexText(article.title)],
    ["journal", bibtexText(article.source)],
    ["year", year],
    ["date", article.date],
    ["url", bibtexUrl(archiveUrl)],
    ["urldate", article.scrapedAt.slice(0, 10)],
    ["note", article.url ? `\\url{${bibtexUrl(article.url)}}` : undefined],
    ["language", "arabic"],
  ]);
  return {
    apa,
    chicago,
    bibtex,
    archiveUrl,
    waybackUrl: article.url
      ? waybackUrl(article.url, article.date ?? article.scrapedAt)
      : undefined,
  };
}

/**
 * A title in the Chicago style's quotation marks; guillemets inside it become plain double quotes,
 * as nested quotations alternate marks («"داعش" يتجه…» rather than ««داعش» يتجه…»).
 */
function quotedTitle(title: string): string {
  return `«${title.replace(/[«»]/g, '"')}»`;
}
