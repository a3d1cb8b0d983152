import { hashWord } from "./hashWord.ts";

/** An article's distinct terms (sorted hashes) and how often each occurs. */
export interface TermProfile {
  terms: Uint32Array;
  counts: Uint16Array;
}

/** Shorter words are particles and pronouns (في، من، لا، هو): no help in telling topics apart. */
const MIN_TERM_LENGTH = 3;

/** Counts an article's story words (see storyWords) of three letters or more, by hash. */
export function termProfile(words: readonly string[]): TermProfile {
  const counts = new Map<number, number>();
  for (const word of words) {
    if (word.length < MIN_TERM_LENGTH) continue;
    const h = hashWord(word);
    counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const terms = Uint32Array.from(counts.keys()).sort();
  return {
    terms,
    counts: Uint16Array.from(terms, (t) => Math.min(0xffff, counts.get(t) ?? 0)),
  };
}
