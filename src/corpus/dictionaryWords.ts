import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { importTrie, iteratorTrieWords } from "cspell-trie-lib";
import { hashSeed } from "./createPrng.ts";

/** Bump when the selection below changes, so an old cache is not reused. */
const SELECTION_VERSION = 4;
/** Forms kept out of the ~56 million plain Arabic forms of the word list. */
const KEEP_PER_MILLION = 130_000;

// Forms of the Hunspell list carry every clitic combination (ولبأنافيتيهم); real news text
// mostly uses bare forms, forms with ال, or one clitic. These patterns keep the plausible ones.
const ARABIC_LETTERS = /^[\u0621-\u063A\u0641-\u064A]{3,9}$/u;
const REJECTED = [
  /^أ[وفبكل][وفبكل]|^أ[وف]?(?:ال|بال|كال|لل)/u, // interrogative أ before other clitics
  /^[وف]?(?:[بك][بكلوف]|ل[بكوف])/u, // stacked prepositions (لب، كل...), but لل is ل + ال
  /^[وف](?:[بك](?!ال)|ل(?!ل)|[وفس])/u, // conjunction + preposition or future سـ on a bare form
  /^[وف]?ل[يتن]/u, // لـ + imperfect verb
  /^[وف]?(?:بال|كال|لل).{0,2}$/u, // a clitic chain with almost nothing after it
  /(?:ها|هم|هما|هن|كم|كما|كن|نا|ني|ك|يي|اي|اه|تا|تاه|تاها|تيه|تيها|اكم|اهم|اهن)$/u, // pronouns, duals in construct
];

/** True for a form a newspaper would plausibly print: at most one clitic besides ال, no object pronoun. */
export function isPlausibleNewsForm(word: string): boolean {
  return ARABIC_LETTERS.test(word) && !REJECTED.some((pattern) => pattern.test(word));
}

/** The word list package's folder (its exports hide package.json, not cspell-ext.json). */
function dictionaryPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve("@cspell/dict-ar/cspell-ext.json"));
}

/** Where extracted word lists are cached: outside the repository's tracked files. */
export function defaultDictionaryCacheDir(): string {
  return fileURLToPath(new URL("../../node_modules/.cache/news-archive-corpus/", import.meta.url));
}

function extractWords(trieFile: string): string[] {
  const root = importTrie(gunzipSync(readFileSync(trieFile)).toString("utf8").split("\n"));
  const kept: string[] = [];
  for (const word of iteratorTrieWords(root)) {
    // `~` entries are case-folded copies; the hash keeps the subset independent of trie order.
    if (word.startsWith("~") || !isPlausibleNewsForm(word)) continue;
    if (hashSeed(word) % 1_000_000 < KEEP_PER_MILLION) kept.push(word);
  }
  return kept.sort();
}

/**
 * A deterministic subset (a few hundred thousand) of the plausible word forms of @cspell/dict-ar,
 * sorted. Extracting takes ~30 s; the result is cached per package version in `cacheDir`.
 */
export function loadDictionaryWords(cacheDir = defaultDictionaryCacheDir()): string[] {
  const packageDir = dictionaryPackageDir();
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    version: string;
  };
  const cacheFile = join(cacheDir, `dict-ar-${version}-v${SELECTION_VERSION}.txt`);
  if (existsSync(cacheFile)) return readFileSync(cacheFile, "utf8").split("\n");
  const words = extractWords(join(packageDir, "ar.trie.gz"));
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed, so a parallel run never reads half a file.
  const partial = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(partial, words.join("\n"));
  renameSync(partial, cacheFile);
  return words;
}
