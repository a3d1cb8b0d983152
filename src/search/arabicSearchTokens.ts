/**
 * Light Arabic prefix stripping for search. Pure string code: it runs in the indexer and in the
 * browser. Suffixes are left to Pagefind's own Snowball stemmer, which handles them well.
 */
import { normalizeArabic } from "./normalizeArabic.ts";

/** Shortest stem a prefix may be stripped down to; shorter stems match too much as prefixes. */
export const MIN_STEM_LENGTH = 3;

const CONJUNCTIONS = ["", "و", "ف"];
const PREPOSITIONS = ["", "ب", "ك", "ل"];

interface Proclitic {
  text: string;
  /** Whether the chain ends with the definite article, which only nouns carry. */
  hasArticle: boolean;
}

// Every chain conjunction? + preposition? + article?, longest first. ل + ال is written لل.
const PROCLITICS: Proclitic[] = CONJUNCTIONS.flatMap((conjunction) =>
  PREPOSITIONS.flatMap((preposition) =>
    ["", "ال"].map((article) => ({
      text: (conjunction + preposition + article).replace("لال", "لل"),
      hasArticle: article !== "",
    })),
  ),
)
  .filter((proclitic) => proclitic.text !== "")
  .sort((a, b) => b.text.length - a.text.length);

/**
 * Every stem a normalized word may stand for once its prefixes are taken away, the word included.
 * Generous on purpose: it feeds the index, so a wrongly stripped word only adds a rare extra term.
 * @example indexedWordForms("والحكومه") // ["والحكومه", "حكومه", "الحكومه"]
 */
export function indexedWordForms(word: string): string[] {
  const forms = new Set([word]);
  for (const proclitic of PROCLITICS) {
    if (word.startsWith(proclitic.text) && word.length - proclitic.text.length >= MIN_STEM_LENGTH) {
      forms.add(word.slice(proclitic.text.length));
    }
  }
  return [...forms];
}

/**
 * The one form a normalized query word is searched as: the stem when the word carries the
 * definite article (optionally after و ف ب ك ل), else the word itself. A bare و/ب/ل/ف is kept
 * because it often belongs to the word (وزير، بريد، لبنان، فريق); the index side holds the
 * stripped forms, so `مدينة` still finds `لمدينة`.
 * @example queriedWordForm("فالطالب") // "طالب"
 */
export function queriedWordForm(word: string): string {
  for (const proclitic of PROCLITICS) {
    if (
      proclitic.hasArticle &&
      word.startsWith(proclitic.text) &&
      word.length - proclitic.text.length >= MIN_STEM_LENGTH
    ) {
      return word.slice(proclitic.text.length);
    }
  }
  return word;
}

/** The normalized words of a text. */
export function normalizedWords(text: string): string[] {
  const normalized = normalizeArabic(text);
  return normalized === "" ? [] : normalized.split(" ");
}

/** All search terms of a text, each once: every normalized word and its prefix-stripped stems. */
export function arabicSearchTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const word of normalizedWords(text)) {
    for (const form of indexedWordForms(word)) tokens.add(form);
  }
  return [...tokens];
}

/** The words as Pagefind itself sees them: decomposed, marks removed, lowercased. */
function pagefindFoldedWords(text: string): Set<string> {
  const folded = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== ""));
}

/**
 * The search terms of a text that Pagefind would not already index from the text itself: a word
 * that folds to the same form on both sides (most words) is left out, which keeps the normalized
 * copy, and so every result's fragment download, small.
 */
export function addedSearchTokens(text: string): string[] {
  const alreadyIndexed = pagefindFoldedWords(text);
  return arabicSearchTokens(text).filter((token) => !alreadyIndexed.has(token));
}
