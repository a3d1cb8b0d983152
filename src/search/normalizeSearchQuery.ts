import { normalizedWords, queriedWordForm } from "./arabicSearchTokens.ts";

/**
 * Rewrites what the reader typed into the terms sent to Pagefind: spelling folded and the
 * definite article (with any و ف ب ك ل before it) taken off each word.
 * @example normalizeSearchQuery("والحكومةُ المسئولة") // "حكومه مسءوله"
 */
export function normalizeSearchQuery(query: string): string {
  return normalizedWords(query).map(queriedWordForm).join(" ");
}
