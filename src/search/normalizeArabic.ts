/**
 * Arabic spelling folding shared by the indexer (Node) and the search page (browser).
 * Pure string code only: no Node APIs, so esbuild can bundle it for the browser.
 */

// Tashkeel, superscript alef, Quranic annotation marks and any other combining mark.
const COMBINING_MARKS = /[\p{M}\u06D6-\u06ED]/gu;
const TATWEEL = /\u0640/g;

/**
 * Letters folded to one spelling. Hamza seats ؤ ئ fold onto the bare hamza ء (not onto و/ي) so
 * that the two accepted spellings مسئول and مسؤول meet (both become مسءول), as do شئون/شؤون
 * and تفاؤل/تفائل; folding ؤ→و and ئ→ي, as Pagefind does, keeps them apart (مسوول ≠ مسيول).
 */
const LETTER_FOLDS: Record<string, string> = {
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0622": "\u0627", // آ → ا
  "\u0671": "\u0627", // ٱ alef wasla → ا
  "\u0672": "\u0627", // ٲ
  "\u0673": "\u0627", // ٳ
  "\u0624": "\u0621", // ؤ → ء
  "\u0626": "\u0621", // ئ → ء
  "\u0649": "\u064A", // ى → ي
  "\u06CC": "\u064A", // Persian ی → ي
  "\u06D2": "\u064A", // ے
  "\u0629": "\u0647", // ة → ه
  "\u06C0": "\u0647", // ۀ
  "\u06A9": "\u0643", // Persian ک → ك
};

const FOLDED_LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "g");
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/** Folds Arabic spelling variants, digits, case, punctuation and spacing to one searchable form. */
export function normalizeArabic(text: string): string {
  return text
    .normalize("NFC")
    .replace(COMBINING_MARKS, "")
    .replace(TATWEEL, "")
    .replace(FOLDED_LETTERS, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(ARABIC_INDIC_DIGITS, asciiDigit)
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, " ")
    .trim();
}
