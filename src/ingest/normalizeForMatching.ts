// Tatweel and Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) change
// how a headline looks, not what it says.
const DECORATION = /[\u0640\u064b-\u065f\u0670\u06d6-\u06ed]/g;
const ANY_SPACE = /[\s\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g;

/** Folds text for matching: NFC, no tatweel or diacritics, one plain space, lower-case Latin. */
export function normalizeForMatching(text: string): string {
  return text.normalize("NFC").replace(DECORATION, "").replace(ANY_SPACE, " ").trim().toLowerCase();
}
