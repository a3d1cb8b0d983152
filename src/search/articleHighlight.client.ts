/**
 * On a page opened from a search result (`?highlight=<query>`), marks the words the query matched,
 * spelling variants included: in an article's body (scrolling to the first one), or in the
 * headline a result's anchor points at (`/headlines/…?highlight=…#h-key`, which the browser
 * scrolls to and `:target` outlines). Bundled by esbuild into a same-origin file; touches text
 * nodes only.
 */
import { highlightTermsOf, markMatches } from "./highlightTerms.ts";
import { appendSegments } from "./renderSegments.ts";

const SKIPPED = new Set(["SCRIPT", "STYLE", "MARK", "TEXTAREA"]);

function highlightArticle(root: HTMLElement, terms: string[]): HTMLElement | undefined {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && SKIPPED.has(node.parentElement.tagName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const textNodes: Text[] = [];
  while (walker.nextNode()) textNodes.push(walker.currentNode as Text);

  let first: HTMLElement | undefined;
  for (const node of textNodes) {
    const segments = markMatches(node.data, terms);
    if (!segments.some((segment) => segment.marked)) continue;
    const holder = root.ownerDocument.createElement("span");
    appendSegments(holder, segments);
    first ??= holder.querySelector("mark") ?? undefined;
    node.replaceWith(...holder.childNodes);
  }
  return first;
}

/** The element a URL's fragment points at, if any (ids are compared as text, never as a selector). */
function targetOf(hash: string): HTMLElement | null {
  if (hash.length <= 1) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

const query = new URLSearchParams(window.location.search).get("highlight") ?? "";
const terms = highlightTermsOf(query);
const target = targetOf(window.location.hash);
const body = document.querySelector<HTMLElement>("[data-pagefind-body]");
if (terms.length > 0 && target) {
  highlightArticle(target, terms);
} else if (terms.length > 0 && body) {
  highlightArticle(body, terms)?.scrollIntoView({ block: "center" });
}
