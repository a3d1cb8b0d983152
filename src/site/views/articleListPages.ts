// The lists of all articles by month and of undated articles: typed render functions in the site's shell.
import type { ListView } from "../archiveGroups.ts";
import type { ArchiveSummary } from "../archiveModel.ts";
import type { ArticleRecord } from "../articleRecords.ts";
import type { SiteData } from "../siteDataPlugin.ts";
import { articleList } from "./articleList.ts";
import { html } from "./html.ts";
import { pageLayout, type LayoutGlobals } from "./pageLayout.ts";
import { pager } from "./pager.ts";

/** What a list page reads: the shared globals (with the archive's summary), its view and its URL. */
export interface ArticleListPageData extends LayoutGlobals {
  archive: LayoutGlobals["archive"] & { summary: ArchiveSummary };
  view: ListView<ArticleRecord>;
  page: { url: string | false };
}

/** A list page's title: its heading, what tells the page apart (month or page), the site. */
export function listPageTitle(
  view: Pick<ListView<unknown>, "heading" | "pageLabel">,
  site: SiteData,
): string {
  return `${view.heading}${view.pageLabel ? `، ${view.pageLabel}` : ""} | ${site.title}`;
}

/** One page of all articles, a calendar month at a time; the newest names the archive's total. */
export function articlesPage(data: ArticleListPageData): string {
  const { view, site, archive } = data;
  return pageLayout(
    data,
    { url: data.page.url, canonical: view.canonicalHref, title: listPageTitle(view, site) },
    {
      head: undefined,
      content: html`
<h1>${view.heading}</h1>
<p class="meta">${view.isNewest ? archive.summary.articleCountLabel : view.pageLabel}</p>
${articleList(view.items)}
${pager(view)}
`,
      scripts: undefined,
    },
  ).markup;
}

/** One page of the articles whose date the saved page did not give. */
export function undatedPage(data: ArticleListPageData): string {
  const { view, site } = data;
  return pageLayout(
    data,
    { url: data.page.url, title: listPageTitle(view, site) },
    {
      head: undefined,
      content: html`
<nav class="breadcrumb" aria-label="مسار الصفحة"><ol><li><a href="/archive/">الأرشيف</a></li></ol></nav>
<h1>${view.heading}</h1>
<p>مقالات لم يُعرف تاريخ نشرها من الصفحة المحفوظة.</p>
${articleList(view.items)}
${pager(view)}
`,
      scripts: undefined,
    },
  ).markup;
}
