import { createHash } from "node:crypto";
import type { ArticleFrontMatter } from "../archive/articleFrontMatter.ts";
import { createNumberText, minuteNoun, wordNoun } from "./arabicText.ts";
import { articleBreadcrumb, type Crumb } from "./breadcrumbs.ts";
import { dayHref } from "./dayViews.ts";
import { createDateText } from "./formatDates.ts";
import type { SiteConfig } from "./siteConfig.ts";
import type { ArticleStoryLinks } from "./storyRecords.ts";

/** An article's front matter and the Markdown file it came from (the body stays on disk). */
export interface ArticleSource {
  frontMatter: ArticleFrontMatter;
  /** Path of the Markdown file, read again only when the article page is rendered. */
  file: string;
  /** Hash of the whole file (front matter and body): tells an incremental build the page changed. */
  contentHash: string;
}

/** A link to another article. */
export interface ArticleLink {
  href: string;
  title: string;
}

/** Everything list pages and the article page need about an article, without its body. */
export interface ArticleRecord {
  id: string;
  title: string;
  /** Newspaper display name. */
  source: string;
  newspaperSlug: string;
  newspaperHref: string;
  /** ISO `YYYY-MM-DD`, undefined for an undated article. */
  date: string | undefined;
  year: string | undefined;
  month: string | undefined;
  dateLabel: string | undefined;
  hijriLabel: string | undefined;
  /** The date as printed when it could not be used. */
  dateProblem: string | undefined;
  author: string | undefined;
  url: string | undefined;
  excerpt: string;
  lang: string;
  words: number;
  wordsLabel: string;
  readingLabel: string;
  /** Root-relative URL of the article page. */
  href: string;
  file: string;
  contentHash: string;
  /** Aggregator section of the newspaper, e.g. `https://sauress.com/alhayat/`, from the source URL. */
  aggregatorHref: string | undefined;
  /** Machine-generated text (see the front matter's `generated`). */
  generated: boolean;
  /** The day page of the article's date. */
  dayHref: string | undefined;
  /** الصحف › newspaper › year › month › day. */
  breadcrumb: Crumb[];
  /** The older article of the same newspaper. */
  previous: ArticleLink | undefined;
  /** The newer article of the same newspaper. */
  next: ArticleLink | undefined;
  /** ISO date-time of the scrape: a citation's access date. */
  scrapedAt: string;
  /** Root-relative URL of the article's JSON file (open data), beside its page. */
  jsonHref: string;
  /** The article's story, its other versions and related articles (set by the archive model). */
  story: ArticleStoryLinks | undefined;
}

/** The page URL of an article: `/articles/YYYY/MM/<id>/`, or `/articles/undated/<id>/`. */
export function articleHref(frontMatter: Pick<ArticleFrontMatter, "id" | "date">): string {
  if (!frontMatter.date) return `/articles/undated/${frontMatter.id}/`;
  const [year, month] = frontMatter.date.split("-");
  return `/articles/${year}/${month}/${frontMatter.id}/`;
}

/** The newspaper's section on its aggregator (`https://sauress.com/alhayat/`), when the front matter names both. */
export function aggregatorSection(
  fm: Pick<ArticleFrontMatter, "aggregator" | "paper">,
): string | undefined {
  if (!fm.aggregator || !fm.paper) return undefined;
  if (!/^[a-z0-9.-]+$/i.test(fm.aggregator)) return undefined;
  return `https://${fm.aggregator}/${encodeURIComponent(fm.paper)}/`;
}

/** Newest first; undated articles last; ties broken by id so the order is stable across runs. */
export function compareArticles(
  a: Pick<ArticleRecord, "date" | "id">,
  b: Pick<ArticleRecord, "date" | "id">,
): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const slugPattern = /^[a-z0-9][a-z0-9-]{0,40}$/;

/**
 * Gives each newspaper a URL slug: its aggregator slug (`alhayat`) when all its articles agree on
 * one that no other newspaper uses, otherwise a short hash of its name (ASCII URLs survive every host).
 */
export function assignNewspaperSlugs(
  articles: readonly Pick<ArticleFrontMatter, "source" | "paper">[],
): Map<string, string> {
  const papersBySource = new Map<string, Set<string>>();
  for (const { source, paper } of articles) {
    const papers = papersBySource.get(source) ?? new Set<string>();
    papers.add(paper !== undefined && slugPattern.test(paper) ? paper : "");
    papersBySource.set(source, papers);
  }
  const candidate = new Map<string, string>();
  const claims = new Map<string, number>();
  for (const [source, papers] of papersBySource) {
    const [only] = papers;
    if (papers.size === 1 && only) {
      candidate.set(source, only);
      claims.set(only, (claims.get(only) ?? 0) + 1);
    }
  }
  const slugs = new Map<string, string>();
  for (const source of papersBySource.keys()) {
    const paper = candidate.get(source);
    const hashed = `n-${createHash("sha1").update(source).digest("hex").slice(0, 8)}`;
    slugs.set(
      source,
      paper !== undefined && claims.get(paper) === 1 && !paper.startsWith("n-") ? paper : hashed,
    );
  }
  return slugs;
}

/** A one-argument function that computes each distinct argument's value once. */
function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (!values.has(key)) values.set(key, compute(key));
    return values.get(key) as V;
  };
}

/** Turns loaded articles into light records, sorted newest first, with prev/next per newspaper. */
export function buildArticleRecords(
  sources: readonly ArticleSource[],
  config: SiteConfig,
): ArticleRecord[] {
  const dates = createDateText(config);
  const numbers = createNumberText(config);
  const slugs = assignNewspaperSlugs(sources.map((s) => s.frontMatter));
  // Intl formatting is slow and an archive has far fewer dates and word counts than articles.
  const labelsOf = memoize((date: string) => dates.labels(date));
  const countOf = memoize((words: number) => numbers.count(words, wordNoun));
  const minutesOf = memoize((minutes: number) => numbers.count(minutes, minuteNoun));
  const records = sources.map(({ frontMatter: fm, file, contentHash }): ArticleRecord => {
    const labels = fm.date ? labelsOf(fm.date) : undefined;
    const slug = slugs.get(fm.source) ?? "";
    const minutes = Math.max(1, Math.round(fm.words / config.wordsPerMinute));
    return {
      id: fm.id,
      title: fm.title,
      source: fm.source,
      newspaperSlug: slug,
      newspaperHref: `/newspapers/${slug}/`,
      date: fm.date,
      year: fm.date?.slice(0, 4),
      month: fm.date?.slice(5, 7),
      dateLabel: labels?.gregorian,
      hijriLabel: labels?.hijri,
      dateProblem: fm.dateProblem,
      author: fm.author,
      url: fm.url,
      excerpt: fm.excerpt,
      lang: fm.lang,
      words: fm.words,
      wordsLabel: countOf(fm.words),
      readingLabel: minutesOf(minutes),
      href: articleHref(fm),
      aggregatorHref: aggregatorSection(fm),
      generated: fm.generated === true,
      dayHref: fm.date ? dayHref(fm.date) : undefined,
      breadcrumb: articleBreadcrumb(
        { source: fm.source, newspaperHref: `/newspapers/${slug}/`, date: fm.date },
        config,
      ),
      file,
      contentHash,
      previous: undefined,
      next: undefined,
      scrapedAt: fm.scrapedAt,
      jsonHref: articleHref(fm).replace(/\/$/, ".json"),
      story: undefined,
    };
  });
  records.sort(compareArticles);
  linkNeighbours(records);
  return records;
}

/** Sets `previous` (older) and `next` (newer) to the neighbours of the same newspaper; records are newest first. */
export function linkNeighbours(records: ArticleRecord[]): void {
  const newerBySource = new Map<string, ArticleRecord>();
  for (const record of records) {
    const newer = newerBySource.get(record.source);
    if (newer) {
      newer.previous = { href: record.href, title: record.title };
      record.next = { href: newer.href, title: newer.title };
    }
    newerBySource.set(record.source, record);
  }
}
