import type { TextSegment } from "./highlightTerms.ts";

/** Appends text segments to an element, marked ones as <mark>; text only, never parsed as HTML. */
export function appendSegments(parent: HTMLElement, segments: readonly TextSegment[]): void {
  const document = parent.ownerDocument;
  for (const segment of segments) {
    if (segment.marked) {
      const mark = document.createElement("mark");
      mark.textContent = segment.text;
      parent.append(mark);
    } else {
      parent.append(document.createTextNode(segment.text));
    }
  }
}
