/**
 * A light Arabic suffix stemmer for highlighting, after the noun suffix steps of the Snowball
 * Arabic stemmer that Pagefind applies to indexed and queried words: an attached pronoun, then a
 * plural or feminine ending, then the nisba ي. It works on normalized words (ة is already ه), so
 * حكومة، الحكومية، حكومات and حكومتها share the stem حكوم. Pure string code: runs in the browser.
 */

// Longest first. ه is both the pronoun "his" and the normalized feminine ة.
const PRONOUN_SUFFIXES = ["كما", "هما", "نا", "كم", "ها", "هن", "هم", "ه", "ك"];
const PLURAL_SUFFIXES = ["ات", "ون", "ين", "ان", "ت"];

// A plural ending is taken off only a word that keeps four letters (لبنان is not لبن + ان).
const MIN_PLURAL_STEM = 4;
const MIN_STEM = 3;

function stripSuffix(word: string, suffixes: readonly string[], minStem: number): string {
  for (const suffix of suffixes) {
    if (word.endsWith(suffix) && word.length - suffix.length >= minStem) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/**
 * The stem a normalized word (no prefixes) is compared by.
 * @example arabicSuffixStem("حكوميه") // "حكوم"
 */
export function arabicSuffixStem(word: string): string {
  const withoutPronoun = stripSuffix(word, PRONOUN_SUFFIXES, MIN_STEM);
  const withoutPlural = stripSuffix(withoutPronoun, PLURAL_SUFFIXES, MIN_PLURAL_STEM);
  return stripSuffix(withoutPlural, ["ي"], MIN_STEM);
}
