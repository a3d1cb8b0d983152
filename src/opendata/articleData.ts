import type { ArticleFrontMatter } from "../archive/articleFrontMatter.ts";
import { absoluteUrl } from "../site/absoluteUrl.ts";
import { articleHref } from "../site/articleRecords.ts";
import type { SiteConfig } from "../site/siteConfig.ts";

/** One article as the open data files carry it (JSON Lines, per-article JSON, CSV index). */
export interface ArticleData {
  id: string;
  title: string;
  newspaper: string;
  /** ISO `YYYY-MM-DD`, or null when undated. */
  date: string | null;
  author: string | null;
  /** The article's page in this archive. */
  archive_url: string;
  /** The article's JSON file in this archive. */
  json_url: string;
  /** The page the article was scraped from, when known. */
  original_url: string | null;
  /** ISO date-time of the scrape (the access date). */
  scraped_at: string;
  /** Id of the story's earliest version; equal to `id` for an article reported once. */
  story_id: string;
  lang: string;
  words: number;
  /** The plain text, paragraphs separated by a blank line. */
  text: string;
}

/** Root-relative URL of an article's JSON file, beside its page: `/articles/YYYY/MM/<id>.json`. */
export function articleJsonHref(frontMatter: Pick<ArticleFrontMatter, "id" | "date">): string {
  return articleHref(frontMatter).replace(/\/$/, ".json");
}

/** The open data record of an article: its front matter, story and plain-text paragraphs. */
export function articleData(
  frontMatter: ArticleFrontMatter,
  storyId: string,
  paragraphs: readonly string[],
  config: SiteConfig,
): ArticleData {
  return {
    id: frontMatter.id,
    title: frontMatter.title,
    newspaper: frontMatter.source,
    date: frontMatter.date ?? null,
    author: frontMatter.author ?? null,
    archive_url: absoluteUrl(articleHref(frontMatter), config),
    json_url: absoluteUrl(articleJsonHref(frontMatter), config),
    original_url: frontMatter.url ?? null,
    scraped_at: frontMatter.scrapedAt,
    story_id: storyId,
    lang: frontMatter.lang,
    words: frontMatter.words,
    text: paragraphs.join("\n\n"),
  };
}

/** The CSV index's columns: every field but the text. */
export const articleIndexColumns = [
  "id",
  "date",
  "newspaper",
  "title",
  "author",
  "story_id",
  "words",
  "lang",
  "archive_url",
  "json_url",
  "original_url",
  "scraped_at",
] as const satisfies readonly (keyof ArticleData)[];

/** An article's row of the CSV index (null as an empty cell). */
export function articleIndexRow(
  article: Omit<ArticleData, "text">,
): (string | number | undefined)[] {
  return articleIndexColumns.map((column) => article[column] ?? undefined);
}
