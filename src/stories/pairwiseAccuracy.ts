/** Pairwise precision and recall of a clustering against the true grouping. */
export interface PairwiseAccuracy {
  /** Articles present in both (others are ignored). */
  articles: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  /** Share of predicted same-story pairs that are true (1 when nothing is predicted). */
  precision: number;
  /** Share of true same-story pairs that are predicted (1 when there are none). */
  recall: number;
}

const pairsIn = (n: number): number => (n * (n - 1)) / 2;

function countPairs(sizes: Iterable<number>): number {
  let total = 0;
  for (const size of sizes) total += pairsIn(size);
  return total;
}

function tally<K>(keys: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Counts, over every pair of articles known to both maps, the pairs the clustering puts in one
 * story (`predicted`: article → story) and the pairs that truly are one story (`truth`), without
 * listing pairs: a story of n articles holds n(n-1)/2 pairs.
 */
export function pairwiseAccuracy(
  predicted: ReadonlyMap<string, string>,
  truth: ReadonlyMap<string, string>,
): PairwiseAccuracy {
  const shared = [...truth.keys()].filter((key) => predicted.has(key));
  const truePairs = countPairs(tally(shared.map((key) => truth.get(key))).values());
  const predictedPairs = countPairs(tally(shared.map((key) => predicted.get(key))).values());
  const correctPairs = countPairs(
    tally(shared.map((key) => `${predicted.get(key)}\u0000${truth.get(key)}`)).values(),
  );
  return {
    articles: shared.length,
    truePairs,
    predictedPairs,
    correctPairs,
    precision: predictedPairs === 0 ? 1 : correctPairs / predictedPairs,
    recall: truePairs === 0 ? 1 : correctPairs / truePairs,
  };
}
