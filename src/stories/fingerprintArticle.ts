import { minhashSignature, shingleHashes, type MinhashSettings } from "./minhashSignature.ts";
import { storyWords } from "./storyWords.ts";
import { termProfile, type TermProfile } from "./termProfile.ts";

/** What stories and related articles keep of an article's text. */
export interface TextFingerprint extends TermProfile {
  /** MinHash of the body's word shingles (titles are edited between newspapers, so left out). */
  signature: Uint32Array;
}

/** Fingerprints an article from its title and plain-text paragraphs. */
export function fingerprintArticle(
  title: string,
  paragraphs: readonly string[],
  settings: MinhashSettings,
): TextFingerprint {
  const bodyWords = storyWords(paragraphs.join("\n"));
  const signature = minhashSignature(
    shingleHashes(bodyWords, settings.shingleWords),
    settings.hashes,
  );
  return { signature, ...termProfile([...storyWords(title), ...bodyWords]) };
}

/** Days since 1970-01-01 of an ISO `YYYY-MM-DD` date. */
export function dayNumber(isoDate: string | undefined): number | undefined {
  if (isoDate === undefined) return undefined;
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : Math.round(time / 86_400_000);
}
