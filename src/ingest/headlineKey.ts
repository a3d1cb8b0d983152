import { hashText } from "./hashText.ts";
import { normalizeForMatching } from "./normalizeForMatching.ts";

/** Stable 12-hex key of a ticker headline: the hash of its text folded for matching. */
export function headlineKey(text: string): string {
  return hashText(normalizeForMatching(text));
}
