import type { ListView } from "../archiveGroups.ts";
import { html, type SafeHtml } from "./html.ts";

/** The links to a list's newer and older pages around this page's label (its month and page, or «الصفحة n»). */
export function pager(
  view: Pick<ListView<unknown>, "newerHref" | "olderHref" | "pagerLabel">,
): SafeHtml {
  if (!view.newerHref && !view.olderHref)
    return html`
`;
  const newer = view.newerHref
    ? html`<a href="${view.newerHref}" rel="prev">→ الأحدث</a>`
    : html`<span></span>`;
  const older = view.olderHref
    ? html`<a href="${view.olderHref}" rel="next">الأقدم ←</a>`
    : html`<span></span>`;
  return html`
<nav class="pager" aria-label="صفحات القائمة">
${newer}
<span>${view.pagerLabel}</span>
${older}
</nav>

`;
}
