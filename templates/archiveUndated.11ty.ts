// The articles without a date, a page at a time: a typed render function in the site's shell.
import type { ListView } from "../src/site/archiveGroups.ts";
import type { ArticleRecord } from "../src/site/articleRecords.ts";
import { undatedPage, type ArticleListPageData } from "../src/site/views/articleListPages.ts";

export const data = {
  pagination: {
    data: "archive.pages.undatedViews",
    size: 1,
    alias: "view",
  },
  permalink: (page: { view: ListView<ArticleRecord> }): string => page.view.href,
};

/** Renders one page of the undated articles. */
export function render(page: ArticleListPageData): string {
  return undatedPage(page);
}
