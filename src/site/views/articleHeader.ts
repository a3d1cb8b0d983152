import type { ArticleRecord } from "../articleRecords.ts";
import { html, type SafeHtml } from "./html.ts";

const nothing = html`
`;

function dateRows(article: ArticleRecord): SafeHtml {
  if (!article.date)
    return html`
<div><dt>التاريخ</dt><dd>غير معروف${article.dateProblem && html` (كما ورد: <bdi>${article.dateProblem}</bdi>)`}</dd></div>
`;
  return html`
<div><dt>التاريخ</dt><dd><a href="${article.dayHref}"><time datetime="${article.date}" data-pagefind-sort="date[datetime]" data-pagefind-meta="date[datetime]">${article.dateLabel}</time></a></dd></div>
<div><dt>الهجري</dt><dd>${article.hijriLabel}</dd></div>
`;
}

/**
 * The article's title and facts. Labels are chrome: kept out of the indexed text, while the
 * filters and metadata inside still count.
 */
export function articleHeader(article: ArticleRecord): SafeHtml {
  return html`<header class="article__header">
<h1 data-pagefind-meta="title" dir="auto">${article.title}</h1><dl class="article__meta" data-pagefind-ignore>
<div><dt>الصحيفة</dt><dd><a href="${article.newspaperHref}" data-pagefind-filter="newspaper" data-pagefind-meta="newspaper"><bdi>${article.source}</bdi></a></dd></div>
${dateRows(article)}
${article.author && html`<div><dt>الكاتب</dt><dd><bdi>${article.author}</bdi></dd></div>`}
<div><dt>الطول</dt><dd>${article.wordsLabel}، قراءة في ${article.readingLabel}</dd></div>
</dl>
${article.year && html`<span data-pagefind-filter="year:${article.year}"></span>`}<span data-pagefind-filter="kind:article"></span>${article.story && html`<span data-pagefind-meta="story:${article.story.storyId}"></span>`}
</header>
`;
}

/** Where the article was copied from, and a warning that the link leaves the archive. */
export function sourceNote(article: ArticleRecord): SafeHtml {
  if (!article.url) return nothing;
  return html`
<aside class="source-note" aria-label="المصدر الأصلي">
<p>نُقل هذا المقال من: <a href="${article.url}" rel="nofollow noopener noreferrer" dir="ltr">${article.url}</a></p>
<p>هذا الرابط يخرجك من الأرشيف إلى موقع آخر، وقد يكون المصدر قد تغيّر أو صار ملكًا لجهة أخرى منذ حفظ المقال.</p>
</aside>

`;
}

/** The newer and older article of the same newspaper. */
export function neighbours(article: ArticleRecord): SafeHtml {
  const { next, previous, source } = article;
  if (!previous && !next) return nothing;
  return html`
<nav class="neighbours" aria-label="مقالات أخرى من الصحيفة نفسها">
${next && html`<a href="${next.href}" rel="next"><span>المقال الأحدث من <bdi>${source}</bdi></span><bdi>${next.title}</bdi></a>`}
${previous && html`<a href="${previous.href}" rel="prev"><span>المقال الأقدم من <bdi>${source}</bdi></span><bdi>${previous.title}</bdi></a>`}
</nav>

`;
}
