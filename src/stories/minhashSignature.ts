import { combineHashes, mix32 } from "./hashWord.ts";

/** How signatures are made; every article of one archive must use the same settings. */
export interface MinhashSettings {
  /** Words per shingle. @example 3 */
  shingleWords: number;
  /** Hash functions over shingles (LSH uses them in bands × rows). @example 64 */
  hashes: number;
  /** Words per run: long runs are whole sentences kept verbatim, as close rewrites do. @example 10 */
  runWords: number;
  /** One-permutation MinHash bins over runs, a power of two. @example 128 */
  runHashes: number;
}

/**
 * Values in an article's story signature: `hashes` MinHash values of its shingles, `runHashes` of
 * its runs, and the number of distinct runs (to turn a run Jaccard into a containment).
 */
export function signatureLength(settings: MinhashSettings): number {
  return settings.hashes + settings.runHashes + 1;
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

/** The share of positions `from`..`to` where two signatures agree: an estimate of Jaccard similarity. */
export function signatureSimilarity(
  a: Uint32Array,
  b: Uint32Array,
  from = 0,
  to = a.length,
): number {
  const end = Math.min(to, a.length, b.length);
  if (end <= from) return 0;
  let same = 0;
  for (let i = from; i < end; i++) if (a[i] === b[i]) same++;
  return same / (end - from);
}

const EMPTY = 0xffffffff;
const RUN_SEED = 0x2545f491;

/**
 * A one-permutation MinHash of a set of hashes: each value falls into one of `bins` (a power of
 * two) by its top bits and each bin keeps its smallest remaining bits (empty bins 0xffffffff).
 * One hash per element instead of one per element and bin.
 */
export function onePermutationSignature(values: Uint32Array, bins: number): Uint32Array {
  const binBits = Math.log2(bins);
  const signature = new Uint32Array(bins).fill(EMPTY);
  for (let v = 0; v < values.length; v++) {
    const h = mix32((values[v] as number) ^ RUN_SEED);
    const bin = h >>> (32 - binBits);
    const rest = binBits === 0 ? h : h & (EMPTY >>> binBits);
    if (rest < (signature[bin] as number)) signature[bin] = rest;
  }
  return signature;
}

/** Jaccard similarity estimated from two one-permutation signatures (bins empty in both are left out). */
export function onePermutationSimilarity(
  a: Uint32Array,
  b: Uint32Array,
  from: number,
  to: number,
): number {
  let same = 0;
  let used = 0;
  for (let i = from; i < to; i++) {
    if (a[i] === EMPTY && b[i] === EMPTY) continue;
    used++;
    if (a[i] === b[i]) same++;
  }
  return used === 0 ? 0 : same / used;
}

/** The story signature of a text's word hashes (see {@link signatureLength}). */
export function storySignature(wordHashes: Uint32Array, settings: MinhashSettings): Uint32Array {
  const runs = shingleHashes(wordHashes, settings.runWords);
  const signature = new Uint32Array(signatureLength(settings));
  signature.set(
    minhashSignature(shingleHashes(wordHashes, settings.shingleWords), settings.hashes),
  );
  signature.set(onePermutationSignature(runs, settings.runHashes), settings.hashes);
  signature[settings.hashes + settings.runHashes] = new Set(runs).size;
  return signature;
}

/** How much of two story signatures' texts agree. */
export interface StorySimilarity {
  /** Estimated Jaccard similarity of the shingles. */
  shingles: number;
  /** Estimated share of the shorter text's runs that the other text has verbatim. */
  runContainment: number;
}

/** Estimates {@link StorySimilarity} from two story signatures made with `settings`. */
export function storySimilarity(
  a: Uint32Array,
  b: Uint32Array,
  settings: MinhashSettings,
): StorySimilarity {
  const { hashes, runHashes } = settings;
  const shingles = signatureSimilarity(a, b, 0, hashes);
  const jaccard = onePermutationSimilarity(a, b, hashes, hashes + runHashes);
  const [runsA, runsB] = [a[hashes + runHashes] ?? 0, b[hashes + runHashes] ?? 0];
  // |A ∩ B| = J (|A| + |B|) / (1 + J).
  const shared = (jaccard * (runsA + runsB)) / (1 + jaccard);
  const shorter = Math.min(runsA, runsB);
  return { shingles, runContainment: shorter === 0 ? 0 : Math.min(1, shared / shorter) };
}
