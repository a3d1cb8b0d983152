import { citeArticle } from "../../citations/citeArticle.ts";
import type { ArticleRecord } from "../articleRecords.ts";
import { createDateText } from "../formatDates.ts";
import { renderArticleBody } from "../renderArticleBody.ts";
import { jsonForScriptElement, newsArticleJsonLd } from "../structuredData.ts";
import { articleHeader, neighbours, sourceNote } from "./articleHeader.ts";
import { breadcrumbView } from "./breadcrumbView.ts";
import { citationView } from "./citationView.ts";
import { html, trustedHtml, type SafeHtml } from "./html.ts";
import { pageLayout, type LayoutGlobals } from "./pageLayout.ts";
import { relatedArticles, storyVersions } from "./storyLinks.ts";

/** What an article page reads: the shared globals, its article and its URL. */
export interface ArticlePageData extends LayoutGlobals {
  article: ArticleRecord;
  page: { url: string | false };
}

/**
 * The text column: breadcrumb, article, source, story versions, related articles, citation and
 * neighbours. The body is read from the article's Markdown file now, so bodies never pile up in memory.
 */
function articleColumn(article: ArticleRecord, cite: SafeHtml): SafeHtml {
  const lang = article.lang !== "ar" && html` lang="${article.lang}"`;
  return html`
<div class="article-column">
${breadcrumbView(article.breadcrumb)}
<article class="article" data-pagefind-body>
${articleHeader(article)}
<div class="article__body" dir="auto"${lang}>
${trustedHtml(renderArticleBody(article.file))}
</div>
</article>
${sourceNote(article)}
${storyVersions(article.story)}
${relatedArticles(article.story)}
${cite}
${neighbours(article)}
</div>
`;
}

/** One article's page, in the site's shell. */
export function articlePage(data: ArticlePageData): SafeHtml {
  const { article, site } = data;
  const cite = citeArticle(article, site, createDateText(site));
  return pageLayout(
    data,
    {
      url: data.page.url,
      title: `${article.title} | ${article.source} | ${site.title}`,
      description: article.excerpt,
      ogType: "article",
      article,
    },
    {
      head: html`
${article.date && html`<meta property="article:published_time" content="${article.date}">`}
<script type="application/ld+json">${trustedHtml(jsonForScriptElement(newsArticleJsonLd(article, site)))}</script>
`,
      content: articleColumn(article, citationView(cite, article.jsonHref)),
      // Marks the words of a search that led here (?highlight=…); the page reads fine without it.
      scripts: html`<script type="module" src="/search/search-highlight.js"></script>`,
    },
  );
}
