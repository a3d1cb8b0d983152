import { createHash } from "node:crypto";
import type { HeadlineFrontMatter } from "../archive/articleFrontMatter.ts";
import { absoluteUrl } from "./absoluteUrl.ts";
import { articleNoun, createNumberText, headlineNoun, newspaperNoun } from "./arabicText.ts";
import {
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
import { buildMonthBarChart, type MonthBarChart } from "./barCharts.ts";
import {
  buildCoverageChart,
  splitIntoMonths,
  type CoverageChart,
  type MonthRun,
} from "./coverageChart.ts";
import { buildDayViews, type DayView } from "./dayViews.ts";
import {
  buildHeadlineRecords,
  groupHeadlinesByDay,
  mostRecentlySeen,
  type HeadlineDay,
  type HeadlineRecord,
} from "./headlineRecords.ts";
import { buildHomePage, type HomePage } from "./homePage.ts";
import { monthListViews, splitIntoListMonths } from "./monthListViews.ts";
import { buildMonthPages, type MonthPage } from "./monthPages.ts";
import { describeSample, type SampleNotice } from "./sampleNotice.ts";
import type { SiteConfig } from "./siteConfig.ts";
import {
  anyPageKind,
  inSitemap,
  pageKindNames,
  pageKinds,
  pagesOf,
  sitemapOrder,
  type Page,
  type PageKindName,
  type PagesToRender,
} from "./pageKinds.ts";
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

/** A year page: its months as a bar chart and a list. */
export interface YearPage extends YearGroup {
  chart: MonthBarChart;
}

/** A newspaper's article list, in runs of one month; the newest page also carries the coverage chart. */
export interface NewspaperView extends ListView<ArticleRecord> {
  newspaper: NewspaperGroup;
  monthRuns: MonthRun[];
  chart: CoverageChart | undefined;
}

/** A headlines page, its headlines in runs of the day they first appeared. */
export interface HeadlineView extends ListView<HeadlineRecord> {
  days: HeadlineDay[];
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

/** The archive's lists and figures, from which every page kind takes its pages (see pageKinds.ts). */
export interface ArchiveLists {
  articles: ArticleRecord[];
  latest: ArticleRecord[];
  ticker: HeadlineRecord[];
  years: YearPage[];
  monthViews: MonthPage[];
  dayViews: DayView[];
  undatedViews: ListView<ArticleRecord>[];
  newspapers: NewspaperGroup[];
  newspaperViews: NewspaperView[];
  articleViews: ListView<ArticleRecord>[];
  headlineViews: HeadlineView[];
  home: HomePage;
  /** Set when the content declares machine-generated articles (the bundled sample). */
  sample: SampleNotice | undefined;
  /** Stories reported by more than one article, oldest first. */
  stories: StoryView[];
  summary: ArchiveSummary;
  /** Newest dated articles for the feeds. */
  feed: ArticleRecord[];
  /** ISO date of the newest article, the feeds' `updated`. */
  updated: string | undefined;
}

/** Everything the templates render, computed once per build (before choosing the pages to render). */
export interface ArchiveContent extends ArchiveLists {
  sitemap: SitemapPlan;
  /** The sitemap index as a one-item list, or empty when one sitemap file suffices (drives pagination). */
  sitemapIndexes: { path: string; sitemaps: string[] }[];
}

/** The archive as templates see it: its content and the paginated pages this build renders. */
export interface ArchiveModel extends ArchiveContent {
  /** Per page kind (see pageKinds.ts): all pages, or those an incremental plan or a shard selected. */
  pages: PagesToRender;
}

/** Keeps only the pages of each kind that pass `keep` (by kind, so shards and plans share one loop). */
function filterPages(
  model: ArchiveModel,
  keep: (name: PageKindName, pages: readonly Page[]) => readonly Page[],
): ArchiveModel {
  const pages = {} as Record<PageKindName, readonly Page[]>;
  for (const name of pageKindNames) pages[name] = keep(name, model.pages[name]);
  return { ...model, pages: pages as unknown as PagesToRender };
}

/** Keeps only the paginated pages whose URL is in `hrefs` (an incremental build renders what changed). */
export function restrictPages(model: ArchiveModel, hrefs: ReadonlySet<string>): ArchiveModel {
  return filterPages(model, (_, pages) => pages.filter((page) => hrefs.has(page.href)));
}

/**
 * The pages one render shard draws: an equal, contiguous share of each `split` kind (article
 * pages), and for shard 0 every page of the `first` kinds too (the shard that also renders the
 * home page, feeds and sitemap). Every shard computes the same model, so the shares never overlap.
 */
export function shardPages(
  model: ArchiveModel,
  index: number,
  count: number,
  /** Share the `first` kinds' pages too (joining parts renders only lists, perhaps a million's). */
  everyKind = false,
): ArchiveModel {
  return filterPages(model, (name, pages) => {
    if (pageKinds[name].shard === "first" && !everyKind) return index === 0 ? pages : [];
    const start = Math.floor((index * pages.length) / count);
    return pages.slice(start, Math.floor(((index + 1) * pages.length) / count));
  });
}

/**
 * What of the site one build renders: the whole `site`; one `part` of an archive built on
 * several machines (its share of the `split` kinds' pages, nothing else); or, when the parts are
 * `joined`, everything the parts left out (every other page, feeds, sitemaps, assets).
 */
export type SiteScope =
  { kind: "site" } | { kind: "part"; number: number; count: number } | { kind: "joined" };

/**
 * The part (1…count) that renders a page: from a hash of its URL, so a page stays in its part
 * whatever else is added to or removed from the archive, and parts come out about equal.
 */
export function partOfHref(href: string, count: number): number {
  return (createHash("sha1").update(href).digest().readUInt32BE(0) % count) + 1;
}

/** Keeps the pages a scope renders (see {@link SiteScope}). */
export function scopePages(model: ArchiveModel, scope: SiteScope): ArchiveModel {
  if (scope.kind === "site") return model;
  return filterPages(model, (name, pages) => {
    const split = pageKinds[name].shard === "split";
    if (scope.kind === "joined") return split ? [] : pages;
    return split ? pages.filter((page) => partOfHref(page.href, scope.count) === scope.number) : [];
  });
}

/** Whether a scope renders the pages outside the registry's split kinds and writes the assets. */
export function scopeRendersAll(scope: SiteScope): boolean {
  return scope.kind !== "part";
}

/**
 * The templates render process `index` of a scope keeps (see pageKindsOnlyPlugin): a part only
 * its split kinds'; the first process of another scope everything; the others the page kinds'
 * (in a joined build they share the lists, see shardPages).
 */
export function pageKindsOnlyFor(
  scope: SiteScope,
  index: number,
): "every kind" | "split kinds" | undefined {
  if (scope.kind === "part") return "split kinds";
  if (index === 0) return undefined;
  return scope.kind === "joined" ? "every kind" : "split kinds";
}

/** The root-relative paths the sitemap lists, in sitemapOrder. */
function sitemapPaths(lists: ArchiveLists): string[] {
  return sitemapOrder.flatMap((entry): readonly string[] => {
    if (entry.startsWith("/")) return [entry];
    const kind = anyPageKind(entry as PageKindName);
    return kind
      .pages(lists)
      .filter((page) => inSitemap(kind, page))
      .map((page) => page.href);
  });
}

/** Builds the archive model from loaded content: sorting, grouping, pagination and labels. */
export function buildArchiveModel(
  input: ArchiveInput,
  config: SiteConfig,
  sitemapLimit?: number,
): ArchiveModel {
  const numbers = createNumberText(config);
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

  const yearGroups = groupByYearMonth(articles, config);
  const years = yearGroups.map((year) => ({ ...year, chart: buildMonthBarChart(year, config) }));
  const dayViews = buildDayViews(articles, config);
  const monthViews = buildMonthPages(yearGroups, dayViews, config);
  const undatedViews = undated.length
    ? listViews(undated, config.itemsPerPage, "/archive/undated/", "مقالات بلا تاريخ", config)
    : [];

  const byNewspaper = groupByNewspaper(articles, config);
  const newspapers = [...byNewspaper.values()].map((list) => describeNewspaper(list, config));
  const newspaperViews = newspapers.flatMap((newspaper) => {
    const list = byNewspaper.get(newspaper.name) ?? [];
    const months = splitIntoListMonths(list, newspaper.href, config, "بلا تاريخ");
    const views = monthListViews(months, config.itemsPerPage, newspaper.href, newspaper.name, config);
    // A month's chart cell leads to that month's list page.
    const monthHrefs = new Map(months.map((month) => [month.key, month.href]));
    return views.map((view) => ({
      ...view,
      newspaper,
      monthRuns: splitIntoMonths(view.items, config),
      chart: view.isNewest
        ? buildCoverageChart(list, newspaper.name, (key) => monthHrefs.get(key), config)
        : undefined,
    }));
  });
  const articleViews = monthListViews(
    splitIntoListMonths(articles, "/articles/", config),
    config.itemsPerPage,
    "/articles/",
    "كل المقالات",
    config,
  );
  const dayHrefs = new Map(dayViews.map((view) => [view.date, view.href]));
  const headlineViews = listViews(
    headlines,
    config.headlinesPerPage,
    "/headlines/",
    "عناوين شريط الأخبار",
    config,
  ).map((view) => ({
    ...view,
    days: groupHeadlinesByDay(view.items, (date) => dayHrefs.get(date), config),
  }));

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

  const lists: ArchiveLists = {
    articles,
    latest: articles.slice(0, config.itemsPerPage),
    ticker: mostRecentlySeen(headlines, config.tickerSize),
    years,
    monthViews,
    dayViews,
    undatedViews,
    newspapers,
    newspaperViews,
    articleViews,
    headlineViews,
    home: buildHomePage(newspapers, byNewspaper, dayViews, config),
    sample: describeSample(articles, config),
    stories,
    summary,
    feed: dated.slice(0, config.feedSize),
    updated: newest?.date,
  };
  const sitemap = splitSitemap(
    sitemapPaths(lists).map((path) => absoluteUrl(path, config)),
    sitemapLimit,
  );
  const content: ArchiveContent = {
    ...lists,
    sitemap,
    sitemapIndexes: sitemap.index ? [{ path: "/sitemap.xml", sitemaps: sitemap.index }] : [],
  };
  return { ...content, pages: pagesOf(content) };
}
