// All articles, a calendar month at a time (hundreds of pages): a typed render function in the site's shell.
import { paginateKind } from "../src/site/pageKinds.ts";
import { articlesPage, type ArticleListPageData } from "../src/site/views/articleListPages.ts";

export const data = paginateKind("articleViews", "view");

/** Renders one page of the list of all articles. */
export function render(page: ArticleListPageData): string {
  return articlesPage(page);
}
