import { hashWord } from "./hashWord.ts";
import { storyWords } from "./storyWords.ts";

/** Shorter words are particles and pronouns (في، من، لا، هو): no help in telling topics apart. */
export const MIN_TERM_LENGTH = 3;

/** The hashes of a text's story words, and which of them are terms (long enough to compare topics). */
export interface StoryWordHashes {
  hashes: Uint32Array;
  /** 1 where the word has at least MIN_TERM_LENGTH letters. */
  isTerm: Uint8Array;
}

/** A raw token's story words: their hashes, plus SHORT when the word is too short for a term. */
type TokenWords = readonly number[];

const SHORT = 2 ** 32;
/** Distinct raw tokens remembered; an archive's vocabulary is far smaller, so this only bounds memory. */
const MAX_CACHED_TOKENS = 500_000;
const tokenCache = new Map<string, TokenWords>();

function tokenWords(token: string): TokenWords {
  let words = tokenCache.get(token);
  if (words === undefined) {
    words = storyWords(token).map(
      (word) => hashWord(word) + (word.length >= MIN_TERM_LENGTH ? 0 : SHORT),
    );
    if (tokenCache.size >= MAX_CACHED_TOKENS) tokenCache.clear();
    tokenCache.set(token, words);
  }
  return words;
}

/** What `\s` matches in a JavaScript regular expression. */
function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The hashes of `storyWords(text)`, normalised and hashed once per distinct whitespace-separated
 * token (normalisation never joins two tokens, so the result equals hashing storyWords word by word).
 */
export function storyWordHashes(text: string): StoryWordHashes {
  let hashes = new Uint32Array(text.length + 8);
  let isTerm = new Uint8Array(text.length + 8);
  let count = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isWhitespace(text.charCodeAt(i));
    if (!space) {
      if (start === -1) start = i;
      continue;
    }
    if (start === -1) continue;
    const words = tokenWords(text.slice(start, i));
    if (count + words.length > hashes.length) {
      // Only if normalising ever turned one character into several words.
      const grown = Math.max(hashes.length * 2, count + words.length);
      hashes = Uint32Array.from({ length: grown }, (_, k) => hashes[k] ?? 0);
      isTerm = Uint8Array.from({ length: grown }, (_, k) => isTerm[k] ?? 0);
    }
    for (const word of words) {
      hashes[count] = word >= SHORT ? word - SHORT : word;
      isTerm[count] = word >= SHORT ? 0 : 1;
      count++;
    }
    start = -1;
  }
  return { hashes: hashes.slice(0, count), isTerm: isTerm.slice(0, count) };
}
