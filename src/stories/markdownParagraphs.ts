/**
 * Reads back the paragraphs that ingest wrote with `paragraphsToMarkdown`: blank-line separated,
 * ASCII punctuation backslash-escaped, edge whitespace and line breaks as `&#N;` references.
 */
const BACKSLASH_ESCAPE = /\\([!-/:-@[-`{-~])/g;
const CHARACTER_REFERENCE = /&#(\d{1,7});/g;

function unescapeParagraph(paragraph: string): string {
  return paragraph
    .replace(BACKSLASH_ESCAPE, "$1")
    .replace(CHARACTER_REFERENCE, (reference, code: string) => {
      const point = Number(code);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : reference;
    });
}

/** The plain-text paragraphs of an article's Markdown body (the inverse of paragraphsToMarkdown). */
export function markdownParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== "")
    .map(unescapeParagraph);
}
