import matter from "gray-matter";

// gray-matter's own YAML engine (js-yaml 3), so a field the fast path declines is written by
// exactly the code that wrote every field before.
const yamlDump = (matter as unknown as { engines: { yaml: { stringify: YamlDump } } }).engines.yaml
  .stringify;
type YamlDump = (data: object, options: object) => string;
const YAML_OPTIONS = { lineWidth: -1 };

// Words js-yaml 3 quotes although every character of them is plain-safe.
const RESERVED_WORDS = new Set(["y", "yes", "on", "n", "no", "off", "true", "false", "null"]);
const PLAIN_KEY = /^[A-Za-z]+$/;
const ASCII_TOKEN = /^[0-9A-Za-z_][0-9A-Za-z_./-]*$/;
// A letter no YAML number, timestamp or hex digit can contain.
const NON_NUMERIC_LETTER = /[g-wyzG-WYZ]/;
// Text a YAML 1.2 reader (the site's own, Python's ruamel, Go's yaml.v3) takes for a number,
// boolean or null but js-yaml 3, a YAML 1.1 writer, leaves unquoted: `080277389741`, `08e933515134`, `0o17`.
const YAML12_NON_TEXT =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;
const QUOTABLE_ASCII = /^(?:\d{4}-\d{2}-\d{2}(?:T[0-9:.]+Z)?|https?:\/\/[\x21-\x26\x28-\x7e]*)$/;

/**
 * One `key: value` line exactly as js-yaml 3 (`lineWidth: -1`) writes it, for the values that
 * are common and easy to decide: whole numbers, text opening with an Arabic letter and free of
 * YAML indicators, ASCII tokens that cannot read as a number, date or boolean, and ISO dates,
 * URLs and text that YAML 1.2 would read as a number, boolean or null (always single-quoted).
 * Anything else returns undefined and goes to js-yaml.
 */
function fastLine(key: string, value: unknown): string | undefined {
  if (!PLAIN_KEY.test(key) || RESERVED_WORDS.has(key.toLowerCase())) return undefined;
  if (typeof value === "number")
    return Number.isSafeInteger(value) && value >= 0 ? `${key}: ${value}\n` : undefined;
  if (typeof value !== "string" || value === "") return undefined;
  const first = value.charCodeAt(0);
  if (first >= 0x0621 && first <= 0x064a)
    return isPlainArabic(value) ? `${key}: ${value}\n` : undefined;
  if (YAML12_NON_TEXT.test(value)) return `${key}: '${value}'\n`;
  if (ASCII_TOKEN.test(value))
    return NON_NUMERIC_LETTER.test(value) && !RESERVED_WORDS.has(value.toLowerCase())
      ? `${key}: ${value}\n`
      : undefined;
  if (QUOTABLE_ASCII.test(value)) return `${key}: '${value}'\n`;
  return undefined;
}

// Printable, not a flow indicator, colon or hash (js-yaml's isPlainSafe, minus the hash
// exception), and not ending in a space or tab.
function isPlainArabic(value: string): boolean {
  const last = value.charCodeAt(value.length - 1);
  if (last === 0x20 || last === 0x09) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || (c > 0x7e && c < 0xa1) || c === 0x2028 || c === 0x2029) return false;
    if (c >= 0xd800 && c <= 0xdfff) return false;
    if (c === 0xfeff || c === 0xfffe || c === 0xffff) return false;
    if (
      c === 0x2c ||
      c === 0x5b ||
      c === 0x5d ||
      c === 0x7b ||
      c === 0x7d ||
      c === 0x3a ||
      c === 0x23
    )
      return false;
  }
  return true;
}

/** The YAML of a flat front matter object, byte for byte what js-yaml 3 writes (without the final newline). */
export function dumpFrontMatter(data: Readonly<Record<string, unknown>>): string {
  let yaml = "";
  for (const key of Object.keys(data)) {
    const value = data[key];
    if (value === undefined) return yamlDump(data, YAML_OPTIONS).trim();
    yaml += fastLine(key, value) ?? yamlDump({ [key]: value }, YAML_OPTIONS);
  }
  return yaml.trim();
}
