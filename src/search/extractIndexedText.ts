import { Parser } from "htmlparser2";

/** The text Pagefind indexes on a page, and whether the page opted in with `data-pagefind-body`. */
export interface IndexedText {
  hasPagefindBody: boolean;
  text: string;
}

// Elements whose text never reaches a reader or the index.
const SILENT_ELEMENTS = new Set(["script", "style", "template", "noscript", "svg"]);

/**
 * Reads the text inside `data-pagefind-body` (or inside `<body>` when no element carries it),
 * skipping `data-pagefind-ignore` subtrees, the same way Pagefind chooses what to index.
 */
export function extractIndexedText(html: string): IndexedText {
  const bodyText: string[] = [];
  const pageText: string[] = [];
  // Per open element: does it open the indexed body, the page body, or a skipped subtree?
  const stack: { body: boolean; page: boolean; skip: boolean }[] = [];
  let bodyDepth = 0;
  let pageDepth = 0;
  let skipDepth = 0;
  let hasPagefindBody = false;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const body = "data-pagefind-body" in attributes;
        const page = name === "body";
        const skip = SILENT_ELEMENTS.has(name) || "data-pagefind-ignore" in attributes;
        hasPagefindBody ||= body;
        stack.push({ body, page, skip });
        if (body) bodyDepth++;
        if (page) pageDepth++;
        if (skip) skipDepth++;
        // Tags separate words: <p>a</p><p>b</p> is two words, not "ab".
        bodyText.push(" ");
        pageText.push(" ");
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (bodyDepth > 0) bodyText.push(text);
        if (pageDepth > 0) pageText.push(text);
      },
      onclosetag() {
        const open = stack.pop();
        if (open?.body) bodyDepth--;
        if (open?.page) pageDepth--;
        if (open?.skip) skipDepth--;
        bodyText.push(" ");
        pageText.push(" ");
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);

  const text = (hasPagefindBody ? bodyText : pageText).join("").replace(/\s+/g, " ").trim();
  return { hasPagefindBody, text };
}
