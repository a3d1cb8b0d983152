import { hashSeed, type Prng } from "./createPrng.ts";

/**
 * Zipf exponent of content words. Above 1 the tail is drawn rarely enough that vocabulary keeps
 * growing with the archive (Heaps' law, β ≈ 1/s for a large pool) instead of saturating.
 */
const ZIPF_EXPONENT = 1.6;
/** Ranks below this are flattened so the head is not one word repeated everywhere. */
const ZIPF_OFFSET = 30;

/** Content words drawn with Zipf-like frequencies from a ranked word list. */
export interface ContentVocabulary {
  /** A word; `definite` asks for one written with the article ال. */
  draw(prng: Prng, definite: boolean): string;
  /** True when the normalized word could be drawn (used to keep invented names unique). */
  has(word: string): boolean;
}

interface ZipfList {
  words: string[];
  cumulative: Float64Array;
}

function zipfList(words: string[]): ZipfList {
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let rank = 0; rank < words.length; rank += 1) {
    total += 1 / (rank + ZIPF_OFFSET) ** ZIPF_EXPONENT;
    cumulative[rank] = total;
  }
  return { words, cumulative };
}

function drawFrom(list: ZipfList, prng: Prng): string {
  const target = prng.next() * (list.cumulative[list.cumulative.length - 1] ?? 0);
  let low = 0;
  let high = list.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list.cumulative[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return list.words[low] as string;
}

/**
 * Ranks a word list for news text: short forms first (Zipf's law of abbreviation) with a hash
 * jitter so the ranking looks arbitrary within a length, and the real page's words on top.
 */
function rankKey(word: string, favoured: ReadonlySet<string>): number {
  const jitter = (hashSeed(`rank:${word}`) % 10_000) / 10_000;
  const length = word.startsWith("ال") ? word.length - 2 : word.length;
  // Content words of four to six letters are the commonest in news text; three-letter forms of the
  // list are mostly bare roots.
  return (favoured.has(word) ? -10 : 0) + Math.abs(length - 5) * 1.2 + jitter * 4;
}

/** Builds the vocabulary from dictionary forms; `favoured` (real news words) rank first. */
export function createContentVocabulary(
  words: readonly string[],
  favoured: ReadonlySet<string>,
): ContentVocabulary {
  const keyed = [...new Set([...words, ...favoured])].map((word) => ({
    word,
    key: rankKey(word, favoured),
  }));
  keyed.sort((a, b) => a.key - b.key || (a.word < b.word ? -1 : 1));
  const definite = zipfList(keyed.filter(({ word }) => word.startsWith("ال")).map((k) => k.word));
  const bare = zipfList(keyed.filter(({ word }) => !word.startsWith("ال")).map((k) => k.word));
  const known = new Set(keyed.map(({ word }) => word));
  return {
    draw: (prng, wantDefinite) => drawFrom(wantDefinite ? definite : bare, prng),
    has: (word) => known.has(word),
  };
}
