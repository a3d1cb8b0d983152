const EXCERPT_LENGTH = 200;

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
  // A hand-written scan: splitting a 5 MB body into tokens and testing each with a Unicode
  // regex was the slowest step of parsing a page.
  for (const paragraph of paragraphs) {
    let counted = false;
    for (let i = 0; i < paragraph.length; i++) {
      const c = paragraph.charCodeAt(i);
      if (isSpace(c)) counted = false;
      else if (!counted && isWordChar(c)) {
        words++;
        counted = true;
      }
    }
  }
  return words;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0xa0 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x3000
  );
}

/** Letters and digits of the scripts that occur here (Latin, Arabic, and any other letter block). */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c >= 0x0600 && c <= 0x06ff) {
    // Arabic punctuation (، ؛ ؟ ٪ ٫ ٬ ۔) and the tatweel are not words on their own.
    return !(
      c === 0x060c ||
      c === 0x061b ||
      c === 0x061f ||
      (c >= 0x066a && c <= 0x066d) ||
      c === 0x06d4 ||
      c === 0x0640
    );
  }
  // General punctuation, guillemets and symbols are not words; other non-ASCII letters are.
  if (c >= 0x2000 && c <= 0x2bff) return false;
  return !(
    c === 0xab ||
    c === 0xbb ||
    c === 0xa1 ||
    c === 0xbf ||
    (c >= 0xa2 && c <= 0xbf && c !== 0xaa && c !== 0xb5 && c !== 0xba) ||
    c === 0xd7 ||
    c === 0xf7
  );
}
