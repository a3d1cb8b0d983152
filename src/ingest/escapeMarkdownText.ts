// ASCII punctuation that can open, close or change Markdown markup (CommonMark lets any ASCII
// punctuation be backslash-escaped). Prose punctuation that never forms markup on its own
// (, . ; ? ! " ' / % @) stays unescaped so the Markdown source remains readable; `.` and `)`
// after leading digits are handled below because they would start an ordered list.
const MARKUP_PUNCTUATION = /[\\`*_{}[\]()<>#+\-|~=&$^:]/g;
const LEADING_LIST_NUMBER = /^(\d{1,9})([.)])/;
const EDGE_WHITESPACE = /^\s+|\s+$/g;
const LINE_BREAK = /\r\n|[\r\n]/g;

/** Escapes one paragraph of scraped text so markdown-it renders every character literally. */
export function escapeMarkdownText(paragraph: string): string {
  const escaped = paragraph
    .replace(MARKUP_PUNCTUATION, "\\$&")
    .replace(LEADING_LIST_NUMBER, "$1\\$2")
    // Markdown trims a paragraph's edges and would turn a line break into a new block:
    // character references keep those characters as text.
    .replace(LINE_BREAK, (br) => (br === "\r\n" ? "&#13;&#10;" : characterReference(br)));
  // `\s+$` makes the regex engine try every position of a long paragraph: look at the ends first.
  const edges = escaped.charAt(0) + escaped.charAt(escaped.length - 1);
  if (!/\s/.test(edges)) return escaped;
  return escaped.replace(EDGE_WHITESPACE, (space) =>
    Array.from(space, characterReference).join(""),
  );
}

/** Escapes paragraphs and joins them with blank lines into a Markdown body ending in a newline. */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  return paragraphs.length === 0 ? "" : `${paragraphs.map(escapeMarkdownText).join("\n\n")}\n`;
}

function characterReference(char: string): string {
  return `&#${char.codePointAt(0)};`;
}
