import { combineHashes, mix32 } from "./hashWord.ts";

/** How signatures are made; every article of one archive must use the same settings. */
export interface MinhashSettings {
  /** Words per shingle. @example 3 */
  shingleWords: number;
  /** Hash functions, i.e. values per signature (bands × rows). @example 64 */
  hashes: number;
}

/**
 * The hashes of a text's word shingles, from its words' hashes (a text shorter than one shingle is
 * one shingle). Repeats are kept: they cannot change a minimum.
 */
export function shingleHashes(wordHashes: Uint32Array, shingleWords: number): Uint32Array {
  const count = Math.max(1, wordHashes.length - shingleWords + 1);
  const shingles = new Uint32Array(wordHashes.length === 0 ? 0 : count);
  for (let start = 0; start < shingles.length; start++) {
    let h = 0;
    const end = Math.min(wordHashes.length, start + shingleWords);
    for (let i = start; i < end; i++) h = combineHashes(h, wordHashes[i] ?? 0);
    shingles[start] = h;
  }
  return shingles;
}

// Fixed seeds, so that a signature computed today matches one cached a year ago.
function seedsFor(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  for (let i = 0; i < count; i++) seeds[i] = mix32(0x5bd1e995 + Math.imul(i + 1, 0x9e3779b9));
  return seeds;
}
const seedCache = new Map<number, Uint32Array>();

/**
 * The MinHash signature of a set of shingle hashes: for each of `hashes` seeded hash functions,
 * the smallest value over the set. Two signatures agree at a position with probability equal to
 * the sets' Jaccard similarity. An empty set gives all 0xffffffff (it matches nothing but itself).
 */
export function minhashSignature(shingles: Uint32Array, hashes: number): Uint32Array {
  let seeds = seedCache.get(hashes);
  if (!seeds) seedCache.set(hashes, (seeds = seedsFor(hashes)));
  const signature = new Uint32Array(hashes).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s] as number;
    for (let i = 0; i < hashes; i++) {
      const value = mix32(shingle ^ (seeds[i] as number));
      if (value < (signature[i] as number)) signature[i] = value;
    }
  }
  return signature;
}

/** The share of positions where two signatures agree: an estimate of the sets' Jaccard similarity. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  const length = Math.min(a.length, b.length);
  if (length === 0) return 0;
  let same = 0;
  for (let i = 0; i < length; i++) if (a[i] === b[i]) same++;
  return same / length;
}
