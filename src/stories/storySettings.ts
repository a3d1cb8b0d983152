import type { PairSettings } from "./findStoryPairs.ts";
import type { RelatedSettings } from "./findRelatedArticles.ts";
import type { MinhashSettings } from "./minhashSignature.ts";

/** Every knob of story clustering and related articles, in one place. */
export interface StorySettings {
  minhash: MinhashSettings;
  pairs: PairSettings;
  related: RelatedSettings;
}

/**
 * Measured on the labelled corpus (README, «Stories»): 3-word shingles, 64 hashes in 32 bands of
 * 2 rows (a pair at Jaccard 0.5 becomes a candidate with probability 0.9999, at 0.3 with 0.95, at
 * 0.15 with 0.52); a near-copy agrees on half the positions; a close rewrite on fewer, but keeps
 * whole sentences: 25% of the shorter text's 10-word runs. Texts that only recombine another's
 * phrases (tests/fixtures/stories) share short phrases, not sentences.
 */
export const storySettings: StorySettings = {
  minhash: { shingleWords: 3, hashes: 64, runWords: 10, runHashes: 128 },
  pairs: {
    bands: 32,
    rows: 2,
    threshold: 0.5,
    rewriteThreshold: 0.15,
    runContainment: 0.25,
    windowDays: 3,
  },
  related: {
    limit: 5,
    termsPerArticle: 16,
    maxDocumentShare: 0.25,
    maxDocumentFrequency: 1000,
    minScore: 0.05,
  },
};

/** A key that changes whenever cached fingerprints or pairs stop being valid. */
export function fingerprintKey(settings: StorySettings): string {
  return JSON.stringify({ v: 2, minhash: settings.minhash, pairs: settings.pairs });
}
