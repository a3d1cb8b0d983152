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
/**
 * The token cache, looked up by a hash of the token's characters computed while scanning, and
 * confirmed by comparing the characters: no string is cut out of the text for a token seen before.
 * The characters are kept in one pool, not as strings (a long slice would keep its whole text alive).
 */
let tokenChars = new Uint16Array(1 << 20);
let charsUsed = 0;
const tokenStart: number[] = [];
const tokenLength: number[] = [];
const tokenWordList: TokenWords[] = [];
const SLOTS = 1 << 20;
const slotEntry = new Int32Array(SLOTS).fill(-1);
const slotHash = new Uint32Array(SLOTS);

function computeTokenWords(token: string): TokenWords {
  return storyWords(token).map(
    (word) => hashWord(word) + (word.length >= MIN_TERM_LENGTH ? 0 : SHORT),
  );
}

function sameToken(entry: number, text: string, start: number, end: number): boolean {
  if (tokenLength[entry] !== end - start) return false;
  const from = tokenStart[entry] as number;
  for (let i = 0; i < end - start; i++)
    if (tokenChars[from + i] !== text.charCodeAt(start + i)) return false;
  return true;
}

function remember(text: string, start: number, end: number, words: TokenWords): number {
  if (charsUsed + end - start > tokenChars.length) {
    const grown = new Uint16Array(Math.max(tokenChars.length * 2, charsUsed + end - start));
    grown.set(tokenChars.subarray(0, charsUsed));
    tokenChars = grown;
  }
  for (let i = start; i < end; i++) tokenChars[charsUsed++] = text.charCodeAt(i);
  tokenStart.push(charsUsed - (end - start));
  tokenLength.push(end - start);
  tokenWordList.push(words);
  return tokenWordList.length - 1;
}

/** The story words of `text.slice(start, end)`, whose characters hash to `hash`. */
function tokenWords(text: string, start: number, end: number, hash: number): TokenWords {
  let slot = hash & (SLOTS - 1);
  for (let entry = slotEntry[slot] as number; entry !== -1; entry = slotEntry[slot] as number) {
    if (slotHash[slot] === hash && sameToken(entry, text, start, end))
      return tokenWordList[entry] as TokenWords;
    slot = (slot + 1) & (SLOTS - 1);
  }
  const words = computeTokenWords(text.slice(start, end));
  if (tokenWordList.length >= MAX_CACHED_TOKENS) {
    charsUsed = 0;
    tokenStart.length = 0;
    tokenLength.length = 0;
    tokenWordList.length = 0;
    slotEntry.fill(-1);
    slot = hash & (SLOTS - 1);
  }
  slotEntry[slot] = remember(text, start, end, words);
  slotHash[slot] = hash;
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
  let hash = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i === text.length ? 32 : text.charCodeAt(i);
    if (!isWhitespace(code)) {
      if (start === -1) {
        start = i;
        hash = 0x811c9dc5;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
      continue;
    }
    if (start === -1) continue;
    const words = tokenWords(text, start, i, hash >>> 0);
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
