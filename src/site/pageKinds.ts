import type { ListView } from "./archiveGroups.ts";
import type { ArchiveLists, HeadlineView, NewspaperView, YearPage } from "./archiveModel.ts";
import type { ArticleRecord } from "./articleRecords.ts";
import { articleSignature } from "./articleSignature.ts";
import type { DayView } from "./dayViews.ts";
import type { MonthPage } from "./monthPages.ts";
import type { StoryView } from "./storyRecords.ts";

/** Anything rendered as one page at its own URL. */
export interface Page {
  href: string;
}

/**
 * One kind of paginated page, declared once: everything else (the render plan, incremental
 * signatures, the sitemap, render shards and `archive.pages` in templates) derives from it.
 */
export interface PageKind<P extends Page> {
  /**
   * The template under `templates/` that paginates over `archive.pages.<kind>` (size 1): a
   * Nunjucks file, or a JavaScript template (`.11ty.ts`) whose `data` export paginates.
   */
  template: string;
  /** This kind's pages in the full archive, in the order the sitemap lists them. */
  pages(content: ArchiveLists): readonly P[];
  /**
   * Everything the page renders besides templates, code and config (which the build's
   * fingerprint covers): an incremental build re-renders the page when this value changes.
   */
  signature(page: P, content: ArchiveLists): unknown;
  /** Whether the page is listed in `sitemap.xml`; per page for a kind some of whose pages name another canonical URL. */
  sitemap: boolean | ((page: P) => boolean);
  /**
   * How render shards share the pages: `split` gives each shard an equal contiguous share (the
   * many article pages), `first` leaves all of them to shard 0 (lists, fewer and cheaper).
   */
  shard: "split" | "first";
}

/** Whether a kind lists a page in `sitemap.xml`. */
export function inSitemap<P extends Page>(kind: PageKind<P>, page: P): boolean {
  return typeof kind.sitemap === "function" ? kind.sitemap(page) : kind.sitemap;
}

/** A list page is in the sitemap under its canonical URL only (see monthListViews). */
function isCanonical(view: { href: string; canonicalHref: string }): boolean {
  return view.href === view.canonicalHref;
}

/** Declares a page kind with its page type inferred from `pages` (see {@link pageKinds}). */
function pageKind<P extends Page>(kind: PageKind<P>): PageKind<P> {
  return kind;
}

/** What a list item contributes to its page: its URL, newspaper link and file hash (which covers the rest). */
function itemKey(item: ArticleRecord): string {
  return `${item.href} ${item.newspaperHref} ${item.contentHash}`;
}

/** The parts of a list view its page shows, without the totals that only the newest page prints. */
function viewShape<T>(view: ListView<T>, items: unknown[], newestExtras: unknown): unknown {
  const { href, canonicalHref, heading, pageLabel, pagerLabel, isNewest, newerHref, olderHref } =
    view;
  return {
    href,
    canonicalHref,
    heading,
    pageLabel,
    pagerLabel,
    isNewest,
    newerHref,
    olderHref,
    items,
    newest: isNewest ? newestExtras : null,
  };
}

/**
 * The page-kind registry. Adding a kind is one entry here, one template that paginates over
 * `archive.pages.<name>`, and a test; leaving out any part of the entry fails type-checking, and
 * so does forgetting to place the kind in {@link sitemapOrder}.
 *
 * @example
 * // 1. The pages, computed in archiveModel.ts: `weekViews: ListView<ArticleRecord>[]` in ArchiveLists.
 * // 2. The declaration (its page type is the type argument):
 * weekViews: pageKind<ListView<ArticleRecord>>({
 *   template: "week.njk",
 *   pages: (content) => content.weekViews,
 *   signature: (view, content) => viewShape(view, view.items.map(itemKey), content.summary),
 *   sitemap: true,
 *   shard: "first",
 * }),
 * // 3. templates/week.njk:
 * //    pagination: { data: archive.pages.weekViews, size: 1, alias: view }, permalink: "{{ view.href }}"
 * // 4. "weekViews" in sitemapOrder, and a test of what the page shows.
 */
export const pageKinds = {
  years: pageKind<YearPage>({
    template: "archiveYear.njk",
    pages: (content) => content.years,
    signature: (year) => year,
    sitemap: true,
    shard: "first",
  }),
  // A month page is small (a calendar and its days): its whole model is its signature.
  monthViews: pageKind<MonthPage>({
    template: "archiveMonth.njk",
    pages: (content) => content.monthViews,
    signature: (page) => page,
    sitemap: true,
    shard: "first",
  }),
  // Many pages (one per day with news): shared between render processes like article pages.
  dayViews: pageKind<DayView>({
    template: "archiveDay.11ty.ts",
    pages: (content) => content.dayViews,
    signature: (view) => [
      view.href,
      view.count,
      view.groups.map((group) => [group.name, group.href, group.items.map(itemKey)]),
      view.previous,
      view.next,
    ],
    sitemap: true,
    shard: "split",
  }),
  undatedViews: pageKind<ListView<ArticleRecord>>({
    template: "archiveUndated.11ty.ts",
    pages: (content) => content.undatedViews,
    signature: (view, content) => viewShape(view, view.items.map(itemKey), content.summary),
    sitemap: true,
    shard: "first",
  }),
  newspaperViews: pageKind<NewspaperView>({
    template: "newspaper.11ty.ts",
    pages: (content) => content.newspaperViews,
    signature: (view) => viewShape(view, view.items.map(itemKey), [view.newspaper, view.chart]),
    sitemap: isCanonical,
    shard: "first",
  }),
  articleViews: pageKind<ListView<ArticleRecord>>({
    template: "articles.11ty.ts",
    pages: (content) => content.articleViews,
    signature: (view, content) => viewShape(view, view.items.map(itemKey), content.summary),
    sitemap: isCanonical,
    shard: "first",
  }),
  headlineViews: pageKind<HeadlineView>({
    template: "headlines.njk",
    pages: (content) => content.headlineViews,
    // Day headings link to a day page only when the archive has one.
    signature: (view, content) => [
      viewShape(view, view.items, content.summary.headlineCountLabel),
      view.days.map((day) => day.href),
    ],
    sitemap: true,
    shard: "first",
  }),
  stories: pageKind<StoryView>({
    template: "story.11ty.ts",
    pages: (content) => content.stories,
    signature: (story) => story,
    sitemap: true,
    shard: "first",
  }),
  articles: pageKind<ArticleRecord>({
    template: "article.11ty.ts",
    pages: (content) => content.articles,
    // Its file's hash for its own fields, verbatim what other articles decide (articleSignature.ts).
    signature: articleSignature,
    sitemap: true,
    shard: "split",
  }),
};

/** The name of a registered page kind (a key of `archive.pages`). */
export type PageKindName = keyof typeof pageKinds;

/** The page type of a registered kind. */
export type PageOf<K extends PageKindName> =
  (typeof pageKinds)[K] extends PageKind<infer P> ? P : never;

/** The paginated pages one build renders, per kind: `archive.pages` in templates. */
export type PagesToRender = { [K in PageKindName]: PageOf<K>[] };

/** The registered kind names, in registry order. */
export const pageKindNames = Object.keys(pageKinds) as PageKindName[];

/**
 * What a render-function template (`templates/*.11ty.ts`) exports as `data`: one page per page
 * of the kind, under `alias`, at the page's own `href`. The kind's name is checked against the
 * registry, so the template cannot paginate over a list that does not exist.
 * @example export const data = paginateKind("stories", "story");
 */
export function paginateKind<K extends PageKindName, A extends string>(kind: K, alias: A) {
  return {
    pagination: { data: `archive.pages.${kind}`, size: 1, alias },
    permalink: (page: Record<A, PageOf<K>>): string => page[alias].href,
  };
}

/** A page kind's declaration with its page type widened, for code that treats every kind alike. */
export function anyPageKind(name: PageKindName): PageKind<Page> {
  return pageKinds[name] as unknown as PageKind<Page>;
}

/**
 * Pages rendered once per build outside the registry, and where the sitemap lists them among
 * the kinds: every registered kind with `sitemap: true` must appear here (checked below).
 */
export const sitemapOrder = [
  "/",
  "/archive/",
  "years",
  "monthViews",
  "dayViews",
  "undatedViews",
  "/newspapers/",
  "newspaperViews",
  "articleViews",
  "headlineViews",
  "stories",
  "/about/",
  "/search/",
  "articles",
] as const satisfies readonly (PageKindName | `/${string}`)[];

// Fails to compile when a registered kind is missing from sitemapOrder.
type KindsMissingFromSitemap = Exclude<PageKindName, (typeof sitemapOrder)[number]>;
const everyKindPlaced: [KindsMissingFromSitemap] extends [never] ? true : KindsMissingFromSitemap =
  true;
void everyKindPlaced;

/** Every page of the archive with its kind, in registry order. */
export function pagesOf(content: ArchiveLists): PagesToRender {
  const pages = {} as Record<PageKindName, Page[]>;
  for (const name of pageKindNames) pages[name] = [...anyPageKind(name).pages(content)];
  return pages as unknown as PagesToRender;
}
