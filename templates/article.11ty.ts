// Article pages, the most numerous kind: a typed render function (src/site/views/articlePage.ts)
// in the same shell as the Nunjucks pages, still one Eleventy page per article.
import type { ArticleRecord } from "../src/site/articleRecords.ts";
import { articlePage, type ArticlePageData } from "../src/site/views/articlePage.ts";

export const data = {
  pagination: {
    data: "archive.pages.articles",
    size: 1,
    alias: "article",
  },
  permalink: (page: { article: ArticleRecord }): string => page.article.href,
};

/** Renders one article page. */
export function render(page: ArticlePageData): string {
  return articlePage(page).markup;
}
