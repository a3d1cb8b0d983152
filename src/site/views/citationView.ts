import type { Citation, CitationPart } from "../../citations/citeArticle.ts";
import { html, type SafeHtml } from "./html.ts";

// URLs inside the Arabic sentence read left to right.
const citationText = (parts: readonly CitationPart[]): SafeHtml[] =>
  parts.map((part) => (part.url ? html`<bdi dir="ltr">${part.text}</bdi>` : html`${part.text}`));

/** How to cite the article (src/citations/citeArticle.ts): plain text and links only, nothing fetched. */
export function citationView(cite: Citation, jsonHref: string): SafeHtml {
  return html`
<section class="citation" aria-labelledby="citation-heading">
<h2 id="citation-heading">استشهد بهذا المقال</h2>
<details>
<summary>صيغ الاستشهاد: APA وشيكاغو وBibTeX</summary>
<h3>APA</h3>
<p class="citation__text">${citationText(cite.apa)}</p>
<h3>شيكاغو</h3>
<p class="citation__text">${citationText(cite.chicago)}</p>
<h3>BibTeX</h3>
<pre class="citation__bibtex" dir="ltr"><code>${cite.bibtex}</code></pre>
</details>
<ul class="citation__links">
<li><a href="${jsonHref}" type="application/json">بيانات المقال بصيغة JSON</a></li>
${cite.waybackUrl && html`<li><a href="${cite.waybackUrl}" rel="nofollow noopener noreferrer">نسخة المصدر الأصلي في أرشيف الإنترنت (Wayback Machine) قرب تاريخ النشر</a></li>`}
</ul>
</section>
`;
}
