import type { ArticleRecord } from "../articleRecords.ts";
import { html, type SafeHtml } from "./html.ts";

function articleItem(article: ArticleRecord): SafeHtml {
  const date = article.date
    ? html` <a href="${article.dayHref}"><time datetime="${article.date}">${article.dateLabel}</time></a>`
    : html` <span>بلا تاريخ</span>`;
  return html`
<li>
<h2><a href="${article.href}" dir="auto">${article.title}</a></h2>
<p class="meta"><a href="${article.newspaperHref}"><bdi>${article.source}</bdi></a>${date}${article.author ? html` <bdi>${article.author}</bdi>` : ""}</p>
<p class="excerpt" dir="auto">${article.excerpt}</p>
</li>`;
}

/** A list page's articles: title, newspaper, day and author, and the excerpt. */
export function articleList(items: readonly ArticleRecord[]): SafeHtml {
  return html`
<ul class="article-list">${items.map(articleItem)}
</ul>
`;
}
