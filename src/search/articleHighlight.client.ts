/**
 * On an article opened from a search result (`?highlight=<query>`), marks the words the query
 * matched in the article body, spelling variants included, and scrolls to the first one.
 * Bundled by esbuild into a same-origin file; touches text nodes only.
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

const query = new URLSearchParams(window.location.search).get("highlight") ?? "";
const terms = highlightTermsOf(query);
const body = document.querySelector<HTMLElement>("[data-pagefind-body]");
if (body && terms.length > 0) {
  highlightArticle(body, terms)?.scrollIntoView({ block: "center" });
}
