import { queriedWordForm } from "../search/arabicSearchTokens.ts";
import { normalizeArabic } from "../search/normalizeArabic.ts";

/**
 * The words of a text as stories compare them: the search normaliser's spelling folds (hamza,
 * ta marbuta, alef maqsura, tashkeel, digits), then the definite article and the particles before
 * it dropped (والحكومة → حكومه), so an editor's «الحكومة»/«حكومة» does not break a shingle.
 */
export function storyWords(text: string): string[] {
  const normalized = normalizeArabic(text);
  if (normalized === "") return [];
  return normalized.split(" ").map(queriedWordForm);
}
