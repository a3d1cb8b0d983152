import { parseDocument, visit, type Document } from "yaml";
import { readCanonicalFrontMatter } from "./readCanonicalFrontMatter.ts";
import { holdsCharactersXmlCannotCarry, withXmlSafeStrings } from "./xmlSafeText.ts";

/** A file cut at its front-matter fences: the language after the opening `---`, the block, the body. */
export interface FrontMatterParts {
  /** What follows the opening `---` on its line (`js` for `---js`); empty for plain YAML. */
  language: string;
  matter: string;
  body: string;
}

/**
 * Cuts a file into front matter and body: the first line starts with `---`, the block ends at
 * the next line that is exactly `---`. A file without that opening line has no front matter.
 */
export function splitFrontMatter(text: string): FrontMatterParts | undefined {
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!source.startsWith("---")) return undefined;
  const firstBreak = source.indexOf("\n");
  const opening = firstBreak === -1 ? source : source.slice(0, firstBreak);
  const rest = firstBreak === -1 ? "" : source.slice(firstBreak + 1);
  const close = /^---[ \t]*$/m.exec(rest);
  if (!close) return { language: opening.slice(3).trim(), matter: rest, body: "" };
  const afterFence = rest.indexOf("\n", close.index);
  return {
    language: opening.slice(3).trim(),
    matter: rest.slice(0, close.index),
    body: afterFence === -1 ? "" : rest.slice(afterFence + 1),
  };
}

// YAML 1.2 core schema only: strings, numbers, booleans, null, maps and lists. Dates stay the
// strings that were written (no timestamp type to overflow 2017-02-31 into March), and no
// explicit tag (!!js/function, !!binary, !!set...) builds anything else.
const YAML_OPTIONS = {
  schema: "core",
  resolveKnownTags: false,
  merge: false,
  uniqueKeys: true,
  logLevel: "silent",
} as const;

const NULL_SOURCES = new Set(["", "~", "null", "Null", "NULL"]);

/**
 * A plain scalar that YAML 1.2 reads as a number but whose text is not that number's own
 * spelling stays the text that was written: ids such as `080277389741` or `08e933515134` (which
 * js-yaml 3, the YAML 1.1 writer of earlier ingests, leaves unquoted) keep their leading zero and
 * their `e` instead of becoming 80277389741 or an overflowed float. `125` stays the number 125.
 */
function keepNonCanonicalNumbersAsText(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== "PLAIN" || node.source === undefined) return;
      const { value, source } = node;
      const lostText =
        (typeof value === "number" && String(value) !== source) ||
        (value === null && !NULL_SOURCES.has(source));
      if (lostText) node.value = source;
    },
  });
}

const aliasBomb = Symbol("alias bomb");

/**
 * The document as plain data. `yaml` throws when aliases would expand past 100 nodes (a
 * "billion laughs" file): that is one file's problem, so it becomes a value, never an exception
 * that stops the whole build.
 */
function yamlData(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) return aliasBomb;
    throw error;
  }
}

/** Reads a front-matter block (the text between the fences) with `yaml`, the reader of record. */
export function readYamlFrontMatter(
  matter: string,
): { ok: true; data: Record<string, unknown> } | { ok: false; message: string } {
  const doc = parseDocument(matter, YAML_OPTIONS);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    // yaml's first line ends with a colon that introduces the code frame below it.
    const what = (problem.message.split("\n")[0] ?? "").replace(/:\s*$/, "");
    return { ok: false, message: `unreadable front matter: ${what}` };
  }
  keepNonCanonicalNumbersAsText(doc);
  const data = yamlData(doc);
  if (data === aliasBomb)
    return {
      ok: false,
      message: "unreadable front matter: too many YAML aliases (a resource exhaustion attack?)",
    };
  if (data === null || data === undefined) return { ok: true, data: {} };
  if (typeof data !== "object" || Array.isArray(data))
    return { ok: false, message: "front matter must be a YAML mapping of fields" };
  return { ok: true, data: data as Record<string, unknown> };
}

/**
 * Reads a file's front matter as plain YAML data. Any other language (`---js`, `---json`...)
 * is refused, never run: gray-matter would evaluate `---js` blocks as JavaScript.
 */
export function readFrontMatter(
  text: string,
): { ok: true; data: Record<string, unknown> } | { ok: false; message: string } {
  const parts = splitFrontMatter(text);
  if (!parts)
    return { ok: false, message: "no front matter (the file must start with a --- line)" };
  if (parts.language !== "" && parts.language !== "yaml")
    return { ok: false, message: `front matter must be YAML (found "---${parts.language}")` };
  // Ingest's own shape is read by hand (the same data, several times faster); the rest by `yaml`.
  const canonical = readCanonicalFrontMatter(parts.matter);
  const read = canonical
    ? { ok: true as const, data: canonical }
    : readYamlFrontMatter(parts.matter);
  // A hand-typed control character (or a "\x01" escape) would reach every page that shows the
  // field; the same rule as the feeds drops it, so HTML, XML and JSON all say the same text.
  if (read.ok && mayHoldUnsafeCharacters(parts.matter))
    return { ok: true, data: withXmlSafeStrings(read.data) };
  return read;
}

// Characters xmlSafeText drops, or a backslash that a double-quoted YAML escape turns into one.
function mayHoldUnsafeCharacters(matter: string): boolean {
  return matter.includes("\\") || holdsCharactersXmlCannotCarry(matter);
}
