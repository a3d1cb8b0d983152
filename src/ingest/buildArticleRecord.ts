import type { ArticleFrontMatter } from "../archive/articleFrontMatter.ts";
import { articleId } from "./articleId.ts";
import { parseArticleUrl } from "./parseManifest.ts";
import type { Attribution } from "./parseAttribution.ts";
import { bodyExcerpt, countWords } from "./summarizeBody.ts";

/** Where a page came from: its input path, scrape time, and the URL when the manifest has it. */
export interface PageOrigin {
  scrapedFrom: string;
  scrapedAt: string;
  url?: string;
  /** Other input files that held the same article. */
  duplicates?: readonly string[];
  /** The manifest declares the page machine-generated. */
  generated?: true;
}

/** An article ready to be written: its front matter and its plain-text paragraphs. */
export interface ArticleRecord {
  frontMatter: ArticleFrontMatter;
  bodyParagraphs: readonly string[];
}

/** Builds the article's front matter (schema key order, no undefined values) and body. */
export function buildArticleRecord(
  page: {
    title: string;
    attribution: Attribution;
    bodyParagraphs: readonly string[];
    lang: string;
  },
  origin: PageOrigin,
): ArticleRecord {
  const { title, attribution, bodyParagraphs } = page;
  const link = origin.url ? parseArticleUrl(origin.url) : undefined;
  const frontMatter: ArticleFrontMatter = {
    id: articleId({
      source: attribution.source,
      dateText: attribution.dateText,
      title,
      bodyParagraphs,
    }),
    title,
    source: attribution.source,
    ...(attribution.date ? { date: attribution.date } : { dateProblem: attribution.dateText }),
    ...(attribution.author ? { author: attribution.author } : {}),
    ...(origin.url ? { url: origin.url } : {}),
    ...(link ? { aggregator: link.aggregator } : {}),
    ...(link?.paper ? { paper: link.paper } : {}),
    scrapedFrom: origin.scrapedFrom,
    scrapedAt: origin.scrapedAt,
    ...(origin.duplicates && origin.duplicates.length > 0
      ? { duplicates: [...origin.duplicates] }
      : {}),
    ...(origin.generated ? { generated: true as const } : {}),
    lang: page.lang,
    excerpt: bodyExcerpt(bodyParagraphs),
    words: countWords(bodyParagraphs),
  };
  return { frontMatter, bodyParagraphs };
}
