// The narrow YAML shape ingest writes (see src/ingest/dumpFrontMatter.ts), read by hand because
// the `yaml` package costs ~0.1 ms a file and a cold build reads every file. `yaml` stays the
// authority: anything outside this shape, or in doubt, is declined and read by `yaml` instead.
// Every rule below is there so that an accepted block gives exactly what `yaml` gives (core
// schema plus readFrontMatter's keepNonCanonicalNumbersAsText).

// Longer implicit keys are a YAML error (at most 1024 characters); no real field comes near.
const KEY = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
const LIST_ITEM = "  - ";
// Keys the core schema reads as null or a boolean (`Null: x` becomes the key ""), any case.
const NON_TEXT_KEY = /^(?:null|true|false)$/i;

const CANONICAL_INTEGER = /^(?:0|[1-9][0-9]*)$/;
// yaml's core-schema tests (yaml/dist/schema/core, common/null.js) for everything that is not a
// string, plus any other spelling of null/true/false: such text is declined, not guessed.
const CORE_NON_STRING =
  /^(?:~|null|true|false|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/i;

// Control and special characters anywhere in the block: C0 but the line feed (tab and carriage
// return included), DEL, C1 (NEL is a YAML 1.1 line break), the line and paragraph separators,
// byte-order mark, non-characters and lone surrogates.
const SPECIAL_CHARACTER = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
// (Tested only when a surrogate is present at all: one character class is much faster.)
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// ASCII punctuation a plain scalar may not hold anywhere: YAML indicators (`: ` and ` #` end or
// split the value; flow, anchor, alias, tag, block-scalar, quote and directive characters), and
// the rest of ASCII punctuation except `" ( ) + - . / ; = ? _`, which ingest writes in titles
// and excerpts and YAML reads as ordinary characters after the first.
const PLAIN_FORBIDDEN = /[!#$%&'*,:<>@[\\\]^`{|}~]/;
// A plain scalar opens with an ASCII letter or digit, `(`, `.` (numbers such as `.5` are refused
// below), or any non-ASCII character (none is a YAML indicator; the special ones are refused
// above, whitespace below).
const PLAIN_FIRST = /^[A-Za-z0-9(.\u0080-\uffff]/;
const WHITESPACE = /\s/;

// Leading or trailing whitespace (JS `\s`: wider than YAML's, so some text yaml reads is declined).
function hasEdgeWhitespace(text: string): boolean {
  return text !== "" && (WHITESPACE.test(text[0] ?? "") || WHITESPACE.test(text.at(-1) ?? ""));
}

/** One scalar as `yaml` would read it, or undefined when it is outside the canonical subset. */
function readScalar(text: string): string | number | boolean | undefined {
  if (text.startsWith("'")) {
    const inner = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith("'") || inner.includes("'")) return undefined;
    return hasEdgeWhitespace(inner) ? undefined : inner;
  }
  if (text === "true" || text === "false") return text === "true";
  if (CANONICAL_INTEGER.test(text)) {
    const value = Number(text);
    return Number.isSafeInteger(value) ? value : undefined;
  }
  if (
    !PLAIN_FIRST.test(text) ||
    hasEdgeWhitespace(text) ||
    PLAIN_FORBIDDEN.test(text) ||
    CORE_NON_STRING.test(text)
  )
    return undefined;
  return text;
}

/**
 * Reads front matter written in ingest's canonical shape (`key: scalar` lines and `key:` lists of
 * `  - scalar` items) exactly as the `yaml` reader would; undefined for anything else.
 */
export function readCanonicalFrontMatter(matter: string): Record<string, unknown> | undefined {
  if (!matter.endsWith("\n") || SPECIAL_CHARACTER.test(matter)) return undefined;
  if (SURROGATE.test(matter) && LONE_SURROGATE.test(matter)) return undefined;
  const lines = matter.slice(0, -1).split("\n");
  const data: Record<string, unknown> = {};
  let list: unknown[] | undefined;
  for (const line of lines) {
    if (line.startsWith(LIST_ITEM)) {
      if (!list) return undefined;
      const item = readScalar(line.slice(LIST_ITEM.length));
      if (item === undefined) return undefined;
      list.push(item);
      continue;
    }
    if (list?.length === 0) return undefined;
    list = undefined;
    const colon = line.indexOf(":");
    if (colon === -1) return undefined;
    const key = line.slice(0, colon);
    if (!KEY.test(key) || NON_TEXT_KEY.test(key) || Object.hasOwn(data, key)) return undefined;
    if (colon === line.length - 1) {
      list = [];
      data[key] = list;
      continue;
    }
    if (line[colon + 1] !== " ") return undefined;
    const value = readScalar(line.slice(colon + 2));
    if (value === undefined) return undefined;
    data[key] = value;
  }
  if (list?.length === 0) return undefined;
  return data;
}
