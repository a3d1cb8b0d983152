// The articles without a date, a page at a time: a typed render function in the site's shell.
import { paginateKind } from "../src/site/pageKinds.ts";
import { undatedPage, type ArticleListPageData } from "../src/site/views/articleListPages.ts";

export const data = paginateKind("undatedViews", "view");

/** Renders one page of the undated articles. */
export function render(page: ArticleListPageData): string {
  return undatedPage(page);
}
