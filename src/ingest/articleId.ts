import { createHash } from "node:crypto";
import { toAsciiDigits } from "./parseArticleDate.ts";

/** The parts of an article that make it the same article, whatever page it was scraped from. */
export interface ArticleIdentity {
  source: string;
  dateText: string;
  title: string;
  bodyParagraphs: readonly string[];
}

// Paragraphs arrive NFC and trimmed (normalizePageText, splitScrapedPage); most need no folding.
// Any whitespace but a plain space, or two in a row (`\s` includes NBSP).
const MESSY_SPACE = /[^\S ]|\s\s/;

/** Stable id: first 12 hex of SHA-256 over the normalised source, printed date, title and body. */
export function articleId(identity: ArticleIdentity): string {
  // The ticker and file name are deliberately left out: they change between scrapes.
  const hash = createHash("sha256");
  hash.update(
    [tidy(identity.source), tidy(toAsciiDigits(identity.dateText)), tidy(identity.title)].join(
      "\n",
    ),
  );
  // Same bytes as joining every field with "\n", without building one more copy of the body.
  for (const paragraph of identity.bodyParagraphs) {
    hash.update("\n");
    const edges = /^\s|\s$/.test(paragraph.charAt(0) + paragraph.charAt(paragraph.length - 1));
    hash.update(edges || MESSY_SPACE.test(paragraph) ? tidy(paragraph) : paragraph);
  }
  return hash.digest("hex").slice(0, 12);
}

function tidy(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}
