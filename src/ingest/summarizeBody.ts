const EXCERPT_LENGTH = 200;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The first ~200 characters of the body, cut at a word boundary, with an ellipsis when cut. */
export function bodyExcerpt(paragraphs: readonly string[]): string {
  let text = "";
  // Join only as much as the excerpt needs: a body can be one 5 MB line.
  for (const paragraph of paragraphs) {
    text =
      text === ""
        ? paragraph.slice(0, EXCERPT_LENGTH + 1)
        : `${text} ${paragraph.slice(0, EXCERPT_LENGTH + 1)}`;
    if (text.length > EXCERPT_LENGTH) break;
  }
  text = text.replace(/[\s\u00a0]+/g, " ").trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.lastIndexOf(" ", EXCERPT_LENGTH);
  // A single enormous word would leave nothing: then cut mid-word.
  const head = cut > EXCERPT_LENGTH / 2 ? text.slice(0, cut) : text.slice(0, EXCERPT_LENGTH);
  return `${head.replace(/[\s\p{P}]+$/u, "")}…`;
}

/** Number of words (whitespace-separated tokens holding a letter or digit) in the body. */
export function countWords(paragraphs: readonly string[]): number {
  let words = 0;
  for (const paragraph of paragraphs) {
    for (const token of paragraph.split(/[\s\u00a0]+/)) if (WORD_CHAR.test(token)) words++;
  }
  return words;
}
