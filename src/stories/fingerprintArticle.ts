import { storySignature, type MinhashSettings } from "./minhashSignature.ts";
import { storyWordHashes, type StoryWordHashes } from "./storyWordHashes.ts";
import { termProfile, type TermProfile } from "./termProfile.ts";

/** What stories and related articles keep of an article's text. */
export interface TextFingerprint extends TermProfile {
  /** Story signature of the body's words (titles are edited between newspapers, so left out). */
  signature: Uint32Array;
}

function termHashes({ hashes, isTerm }: StoryWordHashes): Uint32Array {
  return hashes.filter((_, i) => isTerm[i] === 1);
}

/** Fingerprints an article from its title and plain-text paragraphs. */
export function fingerprintArticle(
  title: string,
  paragraphs: readonly string[],
  settings: MinhashSettings,
): TextFingerprint {
  const body = storyWordHashes(paragraphs.join("\n"));
  const heading = storyWordHashes(title);
  const signature = storySignature(body.hashes, settings);
  const headingTerms = termHashes(heading);
  const terms = new Uint32Array(headingTerms.length + body.hashes.length);
  terms.set(headingTerms);
  const bodyTerms = termHashes(body);
  terms.set(bodyTerms, headingTerms.length);
  return { signature, ...termProfile(terms.subarray(0, headingTerms.length + bodyTerms.length)) };
}

/** Days since 1970-01-01 of an ISO `YYYY-MM-DD` date. */
export function dayNumber(isoDate: string | undefined): number | undefined {
  if (isoDate === undefined) return undefined;
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : Math.round(time / 86_400_000);
}
