/** The metadata field that carries the normalized copy of a page's text. */
export const NORMALIZED_META_FIELD = "norm";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

/**
 * Adds the normalized search terms to a page's HTML as a hidden metadata element, outside
 * `data-pagefind-body` and ignored as body text, so Pagefind indexes them (metadata is searchable)
 * without ever showing them in an excerpt; `filters` become hidden filter elements the same way.
 * Only the in-memory copy given to Pagefind gets them, never the file on disk.
 */
export function injectNormalizedText(
  html: string,
  terms: readonly string[] | undefined,
  filters: Record<string, string> = {},
): string {
  const termsElement =
    terms === undefined
      ? ""
      : `<div hidden data-pagefind-ignore data-pagefind-meta="${NORMALIZED_META_FIELD}">` +
        `${escapeHtml(terms.join(" "))}</div>`;
  const filterElements = Object.entries(filters)
    .map(
      ([name, value]) =>
        `<div hidden data-pagefind-ignore data-pagefind-filter="${escapeAttribute(`${name}:${value}`)}"></div>`,
    )
    .join("");
  const element = termsElement + filterElements;
  const bodyEnd = html.lastIndexOf("</body>");
  return bodyEnd === -1 ? html + element : html.slice(0, bodyEnd) + element + html.slice(bodyEnd);
}
