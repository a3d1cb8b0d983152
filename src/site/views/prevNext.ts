import { html, type SafeHtml } from "./html.ts";

/** A link to a neighbouring page of a sequence (day, month). */
export interface NeighbourLink {
  href: string;
  label: string;
}

/**
 * Links to the previous and next page of a sequence; `kind` names what they are («اليوم»,
 * «الشهر») and `where` tells a second copy on the same page apart (landmark names must differ).
 */
export function prevNext(
  neighbours: { previous: NeighbourLink | undefined; next: NeighbourLink | undefined },
  kind: string,
  where: string,
): SafeHtml {
  const { previous, next } = neighbours;
  if (!previous && !next)
    return html`
`;
  return html`
<nav class="prev-next" aria-label="${kind} السابق والتالي${where}">
${previous ? html`<a href="${previous.href}" rel="prev"><span>→ ${kind} السابق</span> ${previous.label}</a>` : html`<span></span>`}
${next ? html`<a href="${next.href}" rel="next"><span>${kind} التالي ←</span> ${next.label}</a>` : html`<span></span>`}
</nav>

`;
}
