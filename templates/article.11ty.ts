// Article pages, the most numerous kind: a typed render function (src/site/views/articlePage.ts)
// in the same shell as the Nunjucks pages, still one Eleventy page per article.
import { paginateKind } from "../src/site/pageKinds.ts";
import { articlePage, type ArticlePageData } from "../src/site/views/articlePage.ts";

export const data = paginateKind("articles", "article");

/** Renders one article page. */
export function render(page: ArticlePageData): string {
  return articlePage(page).markup;
}
