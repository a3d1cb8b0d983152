import type { HeadlineFrontMatter } from "../archive/articleFrontMatter.ts";
import { absoluteUrl } from "./absoluteUrl.ts";
import { articleNoun, createNumberText, headlineNoun, newspaperNoun } from "./arabicText.ts";
import {
  articleRangeLabel,
  describeNewspaper,
  groupByNewspaper,
  groupByYearMonth,
  listViews,
  type ListView,
  type NewspaperGroup,
  type YearGroup,
} from "./archiveGroups.ts";
import {
  buildArticleRecords,
  type ArticleLink,
  type ArticleRecord,
  type ArticleSource,
} from "./articleRecords.ts";
import { createDateText } from "./formatDates.ts";
import { buildHeadlineRecords, mostRecentlySeen, type HeadlineRecord } from "./headlineRecords.ts";
import type { SiteConfig } from "./siteConfig.ts";
import { splitSitemap, type SitemapPlan } from "./splitSitemap.ts";
import type { StoryAssignments } from "../stories/storyAssignments.ts";
import { buildStoryRecords, type StoryView } from "./storyRecords.ts";

/** What the loader read from the content folder. */
export interface ArchiveInput {
  articles: readonly ArticleSource[];
  headlines: readonly HeadlineFrontMatter[];
  /** Story and related articles per article id (see src/stories/); absent: none. */
  stories?: StoryAssignments | undefined;
}

/** A month's article list, with its year for the breadcrumb. */
export interface MonthView extends ListView<ArticleRecord> {
  yearHref: string;
  yearLabel: string;
}

/** A newspaper's article list. */
export interface NewspaperView extends ListView<ArticleRecord> {
  newspaper: NewspaperGroup;
}

/** The about page's figures, already formatted. */
export interface ArchiveSummary {
  articleCountLabel: string;
  newspaperCountLabel: string;
  headlineCountLabel: string;
  undatedCountLabel: string | undefined;
  firstDateLabel: string | undefined;
  lastDateLabel: string | undefined;
  firstDate: string | undefined;
  lastDate: string | undefined;
}

/** Everything the templates render, computed once per build. */
export interface ArchiveModel {
  articles: ArticleRecord[];
  latest: ArticleRecord[];
  ticker: HeadlineRecord[];
  years: YearGroup[];
  monthViews: MonthView[];
  undatedViews: ListView<ArticleRecord>[];
  newspapers: NewspaperGroup[];
  newspaperViews: NewspaperView[];
  articleViews: ListView<ArticleRecord>[];
  headlineViews: ListView<HeadlineRecord>[];
  /** Stories reported by more than one article, oldest first. */
  stories: StoryView[];
  summary: ArchiveSummary;
  /** Newest dated articles for the feeds. */
  feed: ArticleRecord[];
  /** ISO date of the newest article, the feeds' `updated`. */
  updated: string | undefined;
  sitemap: SitemapPlan;
  /** The sitemap index as a one-item list, or empty when one sitemap file suffices (drives pagination). */
  sitemapIndexes: { path: string; sitemaps: string[] }[];
  /** The paginated pages this build renders: all of them, or those an incremental plan selected. */
  pages: PagesToRender;
}

/** The lists that paginated templates loop over, one page per item. */
export interface PagesToRender {
  articles: ArticleRecord[];
  years: YearGroup[];
  monthViews: MonthView[];
  undatedViews: ListView<ArticleRecord>[];
  newspaperViews: NewspaperView[];
  articleViews: ListView<ArticleRecord>[];
  headlineViews: ListView<HeadlineRecord>[];
  stories: StoryView[];
}

/** Keeps only the paginated pages whose URL is in `hrefs` (an incremental build renders what changed). */
export function restrictPages(model: ArchiveModel, hrefs: ReadonlySet<string>): ArchiveModel {
  const keep = <T extends { href: string }>(pages: readonly T[]): T[] =>
    pages.filter((p) => hrefs.has(p.href));
  const { pages } = model;
  return {
    ...model,
    pages: {
      articles: keep(pages.articles),
      years: keep(pages.years),
      monthViews: keep(pages.monthViews),
      undatedViews: keep(pages.undatedViews),
      newspaperViews: keep(pages.newspaperViews),
      articleViews: keep(pages.articleViews),
      headlineViews: keep(pages.headlineViews),
      stories: keep(pages.stories),
    },
  };
}

/**
 * The pages one render shard draws: an equal, contiguous share of the article pages, and for
 * shard 0 every other paginated page too (the shard that also renders the home page, lists,
 * feeds and sitemap). Every shard computes the same model, so the shares never overlap.
 */
export function shardPages(model: ArchiveModel, index: number, count: number): ArchiveModel {
  const { articles } = model.pages;
  const start = Math.floor((index * articles.length) / count);
  const end = Math.floor(((index + 1) * articles.length) / count);
  const mine = articles.slice(start, end);
  if (index === 0) return { ...model, pages: { ...model.pages, articles: mine } };
  return {
    ...model,
    pages: {
      articles: mine,
      years: [],
      monthViews: [],
      undatedViews: [],
      newspaperViews: [],
      articleViews: [],
      headlineViews: [],
      stories: [],
    },
  };
}

/** Builds the archive model from loaded content: sorting, grouping, pagination and labels. */
export function buildArchiveModel(
  input: ArchiveInput,
  config: SiteConfig,
  sitemapLimit?: number,
): ArchiveModel {
  const numbers = createNumberText(config);
  const dates = createDateText(config);
  const articles = buildArticleRecords(input.articles, config);
  const { stories, links: storyLinks } = buildStoryRecords(
    articles,
    input.stories ?? new Map(),
    config,
  );
  for (const article of articles) article.story = storyLinks.get(article.id);
  const links = new Map<string, ArticleLink>(
    articles.map((a) => [a.id, { href: a.href, title: a.title }]),
  );
  const headlines = buildHeadlineRecords(input.headlines, links, config);
  const dated = articles.filter((a) => a.date !== undefined);
  const undated = articles.filter((a) => a.date === undefined);

  const years = groupByYearMonth(articles, config);
  const byMonth = new Map<string, ArticleRecord[]>();
  for (const article of dated) {
    const key = `${article.year}-${article.month}`;
    const list = byMonth.get(key) ?? [];
    list.push(article);
    byMonth.set(key, list);
  }
  const monthViews = years.flatMap((year) =>
    year.months.flatMap((month) => {
      const items = byMonth.get(`${month.year}-${month.month}`) ?? [];
      return listViews(
        items,
        config.itemsPerPage,
        month.href,
        `أرشيف ${dates.monthYear(Number(month.year), Number(month.month))}`,
        config,
        articleRangeLabel,
      ).map((view) => ({ ...view, yearHref: year.href, yearLabel: year.label }));
    }),
  );
  const undatedViews = undated.length
    ? listViews(undated, config.itemsPerPage, "/archive/undated/", "مقالات بلا تاريخ", config)
    : [];

  const byNewspaper = groupByNewspaper(articles, config);
  const newspapers = [...byNewspaper.values()].map((list) => describeNewspaper(list, config));
  const newspaperViews = newspapers.flatMap((newspaper) =>
    listViews(
      byNewspaper.get(newspaper.name) ?? [],
      config.itemsPerPage,
      newspaper.href,
      newspaper.name,
      config,
      articleRangeLabel,
    ).map((view) => ({ ...view, newspaper })),
  );
  const articleViews = listViews(
    articles,
    config.itemsPerPage,
    "/articles/",
    "كل المقالات",
    config,
    articleRangeLabel,
  );
  const headlineViews = listViews(
    headlines,
    config.headlinesPerPage,
    "/headlines/",
    "عناوين شريط الأخبار",
    config,
  );

  const newest = dated[0];
  const oldest = dated.at(-1);
  const summary: ArchiveSummary = {
    articleCountLabel: numbers.count(articles.length, articleNoun),
    newspaperCountLabel: numbers.count(newspapers.length, newspaperNoun),
    headlineCountLabel: numbers.count(headlines.length, headlineNoun),
    undatedCountLabel: undated.length ? numbers.count(undated.length, articleNoun) : undefined,
    firstDateLabel: oldest?.dateLabel,
    lastDateLabel: newest?.dateLabel,
    firstDate: oldest?.date,
    lastDate: newest?.date,
  };

  const pagePaths = [
    "/",
    "/archive/",
    ...years.map((y) => y.href),
    ...monthViews.map((v) => v.href),
    ...undatedViews.map((v) => v.href),
    "/newspapers/",
    ...newspaperViews.map((v) => v.href),
    ...articleViews.map((v) => v.href),
    ...headlineViews.map((v) => v.href),
    ...stories.map((s) => s.href),
    "/about/",
    "/search/",
    ...articles.map((a) => a.href),
  ];

  const sitemap = splitSitemap(
    pagePaths.map((path) => absoluteUrl(path, config)),
    sitemapLimit,
  );
  return {
    articles,
    latest: articles.slice(0, config.itemsPerPage),
    ticker: mostRecentlySeen(headlines, config.tickerSize),
    years,
    monthViews,
    undatedViews,
    newspapers,
    newspaperViews,
    articleViews,
    headlineViews,
    stories,
    summary,
    feed: dated.slice(0, config.feedSize),
    updated: newest?.date,
    sitemap,
    sitemapIndexes: sitemap.index ? [{ path: "/sitemap.xml", sitemaps: sitemap.index }] : [],
    pages: {
      articles,
      years,
      monthViews,
      undatedViews,
      newspaperViews,
      articleViews,
      headlineViews,
      stories,
    },
  };
}
