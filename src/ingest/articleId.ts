import { hashText } from "./hashText.ts";
import { toAsciiDigits } from "./parseArticleDate.ts";

/** The parts of an article that make it the same article, whatever page it was scraped from. */
export interface ArticleIdentity {
  source: string;
  dateText: string;
  title: string;
  bodyParagraphs: readonly string[];
}

/** Stable id: first 12 hex of SHA-256 over the normalised source, printed date, title and body. */
export function articleId(identity: ArticleIdentity): string {
  // The ticker and file name are deliberately left out: they change between scrapes.
  const fields = [
    tidy(identity.source),
    tidy(toAsciiDigits(identity.dateText)),
    tidy(identity.title),
    ...identity.bodyParagraphs.map(tidy),
  ];
  return hashText(fields.join("\n"));
}

function tidy(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}
