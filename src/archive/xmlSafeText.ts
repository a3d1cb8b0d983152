// Everything outside XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets): C0 controls
// but tab, LF and CR; U+FFFE and U+FFFF; and, with the `u` flag, any surrogate left unpaired.
const charactersXmlCannotCarry = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 cannot carry, so any text makes a well-formed feed or sitemap. */
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
