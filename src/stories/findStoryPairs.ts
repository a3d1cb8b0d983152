import { combineHashes } from "./hashWord.ts";
import { storySimilarity, type MinhashSettings } from "./minhashSignature.ts";

/** What clustering knows of an article. */
export interface StoryCandidate {
  id: string;
  /** Days since 1970-01-01; undated articles are never paired. */
  day: number | undefined;
  signature: Uint32Array;
}

/** How candidates are found and confirmed. */
export interface PairSettings {
  /** LSH bands; `bands × rows` must not exceed the signature length. */
  bands: number;
  rows: number;
  /** Smallest estimated shingle Jaccard similarity of two near-copies of one story. */
  threshold: number;
  /**
   * A close rewrite: below `threshold` but at least `rewriteThreshold`, and at least
   * `runContainment` of the shorter text's runs (whole sentences) kept verbatim by the other.
   */
  rewriteThreshold: number;
  runContainment: number;
  /** Largest distance in days between two versions of one story. */
  windowDays: number;
}

/** Two articles judged versions of one story, ids in ascending order. */
export type StoryPair = readonly [string, string];

function bandKey(signature: Uint32Array, band: number, rows: number): number {
  let h = combineHashes(0, band);
  for (let row = band * rows; row < (band + 1) * rows; row++)
    h = combineHashes(h, signature[row] ?? 0);
  return h;
}

/**
 * Pairs of articles whose MinHash signatures collide in at least one LSH band, lie within
 * `windowDays` of each other and are near-copies or close rewrites (see {@link PairSettings}). With `fresh`,
 * only pairs involving a fresh article are returned, and only articles within the window of a
 * fresh one are indexed: what a day of news costs. The result is sorted, so it is deterministic.
 */
export function findStoryPairs(
  articles: readonly StoryCandidate[],
  settings: PairSettings,
  minhash: MinhashSettings,
  fresh?: ReadonlySet<string>,
): StoryPair[] {
  const { bands, rows, threshold, rewriteThreshold, runContainment, windowDays } = settings;
  const confirmed = (a: Uint32Array, b: Uint32Array): boolean => {
    const similarity = storySimilarity(a, b, minhash);
    return (
      similarity.shingles >= threshold ||
      (similarity.shingles >= rewriteThreshold && similarity.runContainment >= runContainment)
    );
  };
  const isFresh = (a: StoryCandidate): boolean => fresh === undefined || fresh.has(a.id);
  const freshDays = new Set<number>();
  for (const a of articles) if (a.day !== undefined && isFresh(a)) freshDays.add(a.day);
  const nearFresh = (day: number): boolean => {
    if (fresh === undefined) return true;
    for (let d = day - windowDays; d <= day + windowDays; d++) if (freshDays.has(d)) return true;
    return false;
  };
  const indexed = articles.filter(
    (a): a is StoryCandidate & { day: number } => a.day !== undefined && nearFresh(a.day),
  );
  // Oldest first, so that each bucket is already in date order for the window scan below.
  indexed.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const seen = new Set<string>();
  const pairs: [string, string][] = [];
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    indexed.forEach((article, index) => {
      const key = bandKey(article.signature, band, rows);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        const a = indexed[bucket[i] ?? 0];
        if (!a) continue;
        for (let j = i + 1; j < bucket.length; j++) {
          const b = indexed[bucket[j] ?? 0];
          if (!b || b.day - a.day > windowDays) break;
          if (!isFresh(a) && !isFresh(b)) continue;
          const pair: [string, string] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
          const key = `${pair[0]} ${pair[1]}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (confirmed(a.signature, b.signature)) pairs.push(pair);
        }
      }
    }
  }
  return pairs.sort(comparePairs);
}

/** Orders pairs by first id, then second. */
export function comparePairs(a: StoryPair, b: StoryPair): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}
