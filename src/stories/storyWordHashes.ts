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
const RAW_TOKEN = /\S+/g;
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

/**
 * The hashes of `storyWords(text)`, normalised and hashed once per distinct whitespace-separated
 * token (normalisation never joins two tokens, so the result equals hashing storyWords word by word).
 */
export function storyWordHashes(text: string): StoryWordHashes {
  const hashes: number[] = [];
  const terms: number[] = [];
  for (const [token] of text.matchAll(RAW_TOKEN)) {
    for (const word of tokenWords(token)) {
      hashes.push(word >= SHORT ? word - SHORT : word);
      terms.push(word >= SHORT ? 0 : 1);
    }
  }
  return { hashes: Uint32Array.from(hashes), isTerm: Uint8Array.from(terms) };
}
