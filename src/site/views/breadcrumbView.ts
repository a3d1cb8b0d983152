import type { Crumb } from "../breadcrumbs.ts";
import { html, type SafeHtml } from "./html.ts";

/** The trail to a page, newest step last; the current page is not part of it. */
export function breadcrumbView(crumbs: readonly Crumb[]): SafeHtml {
  const steps = crumbs.map(
    (crumb) => html`<li><a href="${crumb.href}"><bdi>${crumb.label}</bdi></a></li>`,
  );
  return html`<nav class="breadcrumb" aria-label="مسار الصفحة"><ol>${steps}</ol></nav>
`;
}
