// All articles, a calendar month at a time (hundreds of pages): a typed render function in the site's shell.
import type { ListView } from "../src/site/archiveGroups.ts";
import type { ArticleRecord } from "../src/site/articleRecords.ts";
import { articlesPage, type ArticleListPageData } from "../src/site/views/articleListPages.ts";

export const data = {
  pagination: {
    data: "archive.pages.articleViews",
    size: 1,
    alias: "view",
  },
  permalink: (page: { view: ListView<ArticleRecord> }): string => page.view.href,
};

/** Renders one page of the list of all articles. */
export function render(page: ArticleListPageData): string {
  return articlesPage(page);
}
