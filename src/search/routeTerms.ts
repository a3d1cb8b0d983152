/**
 * The words of the term → shards directory that lets a query load only the shards that can
 * match it. Pure string code shared by the indexer and the search page.
 *
 * A directory word is a normalized word form a query can take (see `queriedWordForm`), prefix
 * forms included (لمدينة gives مدينه). A query word may match a directory word when it is a
 * prefix of it (Pagefind matches query words as prefixes) or when both are one stem of at least
 * three letters with a known ending each (حكومه, حكومات, حكوميه): the endings Pagefind's own
 * stemmer takes off.
 */
import { indexedWordForms, normalizedWords, queriedWordForm } from "./arabicSearchTokens.ts";

/** Leading letters that choose a word's directory file: words sharing them share a file. */
export const ROUTE_BUCKET_LENGTH = 3;

/**
 * Directory words per file the indexer aims at: about 1 kB compressed, since a query fetches one
 * file per word (at 100k articles a query's directory files came to 8.6 kB on average at 400
 * words a file, 3.1 kB at 100, for 4 times as many files).
 */
export const WORDS_PER_ROUTE_FILE = 100;

// Normalized (ة → ه, ى → ي) noun and verb endings, as Arabic stemmers strip them.
const ENDINGS = new Set([
  "",
  ..."ه ي ا و ن ت ك ات ان ين ون يه ها هم هن كم نا وا تم تن يا ته يي هما كما تما يات يين يون تان تين يتان يتين اته اتها".split(
    " ",
  ),
]);

/** The directory forms of one written word (punctuation and all). */
export function routeFormsOfWord(original: string): string[] {
  return normalizedWords(original).flatMap((word) =>
    indexedWordForms(word).filter((form) => queriedWordForm(form) === form),
  );
}

/** The directory words of a text: each word's forms a query could be written as. */
export function routeWordsOf(text: string, into: Set<string> = new Set()): Set<string> {
  for (const original of text.split(/\s+/)) {
    if (original !== "") for (const form of routeFormsOfWord(original)) into.add(form);
  }
  return into;
}

/**
 * The directory file (0 … buckets−1) a word is listed in, from a hash of its first letters, or
 * undefined for a word too short to route. Every file exists, so no lookup ever fails.
 */
export function routeBucket(word: string, buckets: number): number | undefined {
  if (word.length < ROUTE_BUCKET_LENGTH) return undefined;
  // FNV-1a over the UTF-16 code units.
  let hash = 0x811c9dc5;
  for (let at = 0; at < ROUTE_BUCKET_LENGTH; at++) {
    hash ^= word.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

/** Where the term → shards directory is and how many files it has (`shards.json`'s `routing`). */
export interface RouteDirectory {
  /** Folder relative to the bundle, e.g. `terms/`; files are `<bucket>.json`. */
  dir: string;
  buckets: number;
}

/** Whether a query word (already in its queried form) may find a directory word. */
export function routeWordMatches(queried: string, listed: string): boolean {
  if (listed.startsWith(queried)) return true;
  let common = 0;
  while (common < queried.length && queried[common] === listed[common]) common++;
  return (
    common >= ROUTE_BUCKET_LENGTH &&
    ENDINGS.has(queried.slice(common)) &&
    ENDINGS.has(listed.slice(common))
  );
}

/** Shard indexes as a hex bit set (shard i is bit i), the directory's compact value. */
export function encodeShardSet(indexes: Iterable<number>): string {
  const nibbles: number[] = [];
  for (const index of indexes) {
    const at = index >> 2;
    while (nibbles.length <= at) nibbles.push(0);
    nibbles[at] = (nibbles[at] ?? 0) | (1 << (index & 3));
  }
  return nibbles.map((nibble) => nibble.toString(16)).join("");
}

/** The shard indexes of a hex bit set. */
export function decodeShardSet(hex: string): number[] {
  const indexes: number[] = [];
  [...hex].forEach((digit, at) => {
    const nibble = parseInt(digit, 16);
    for (let bit = 0; bit < 4; bit++) if (nibble & (1 << bit)) indexes.push(at * 4 + bit);
  });
  return indexes;
}
