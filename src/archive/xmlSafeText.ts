// Everything outside XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets): C0 controls
// but tab, LF and CR; U+FFFE and U+FFFF; and, with the `u` flag, any surrogate left unpaired.
// Also what XML allows but HTML parses as an error and XML asks authors to avoid: DEL and the C1
// controls (U+007F-U+009F) and every noncharacter (U+FDD0-U+FDEF, U+nFFFE and U+nFFFF).
const charactersXmlCannotCarry =
  /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|\p{Noncharacter_Code_Point}/gu;
const characterXmlCannotCarry = new RegExp(charactersXmlCannotCarry.source, "u");

/** True when {@link xmlSafeText} would remove something from the text. */
export function holdsCharactersXmlCannotCarry(text: string): boolean {
  return characterXmlCannotCarry.test(text);
}

/**
 * Removes the characters XML 1.0 cannot carry, and those HTML parses as errors, so any text makes
 * a well-formed feed or sitemap and a valid page.
 */
export function xmlSafeText(text: string): string {
  return text.replace(charactersXmlCannotCarry, "");
}

/**
 * A copy of a JSON-ready value with {@link xmlSafeText} applied to every string, so the JSON feed
 * and JSON-LD say exactly what the Atom feed says (and hold no lone surrogate that strict UTF-8
 * JSON readers reject).
 */
export function withXmlSafeStrings<T>(value: T): T {
  return mapStrings(value) as T;
}

function mapStrings(value: unknown): unknown {
  if (typeof value === "string") return xmlSafeText(value);
  if (Array.isArray(value)) return value.map(mapStrings);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [xmlSafeText(key), mapStrings(entry)]),
    );
  }
  return value;
}
