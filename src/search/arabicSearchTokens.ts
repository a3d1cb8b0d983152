/**
 * Light Arabic prefix stripping for search. Pure string code: it runs in the indexer and in the
 * browser. Suffixes are left to Pagefind's own Snowball stemmer, which handles them well.
 */
import { normalizeArabic } from "./normalizeArabic.ts";

/** Shortest stem the definite article (with any و ف ب ك ل before it) may be stripped down to. */
export const MIN_STEM_LENGTH = 3;
/**
 * Shortest stem a bare و ف ب ك ل may be stripped down to: such a letter often belongs to the
 * word, and a three-letter rest is usually another word (كتاب → تاب, كبير → بير, وزير → زير).
 */
export const MIN_BARE_STEM_LENGTH = 4;

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
 * Generous with the article, careful with a bare prefix letter (see MIN_BARE_STEM_LENGTH).
 * @example indexedWordForms("والحكومه") // ["والحكومه", "حكومه", "الحكومه"]
 */
export function indexedWordForms(word: string): string[] {
  const forms = new Set([word]);
  for (const proclitic of PROCLITICS) {
    const shortest = proclitic.hasArticle ? MIN_STEM_LENGTH : MIN_BARE_STEM_LENGTH;
    if (word.startsWith(proclitic.text) && word.length - proclitic.text.length >= shortest) {
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

/** A word as Pagefind itself folds it: decomposed, marks removed, lowercased. */
function pagefindFolded(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a text as Pagefind splits them. */
function pagefindWords(text: string): string[] {
  return pagefindFolded(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

/**
 * The forms Pagefind finds a word by without help: the word as Pagefind itself folds it. Checked
 * against Pagefind 1.6 on the most frequent words of a generated corpus (each word indexed alone,
 * each form searched): its stemmer also finds some de-articled or ة/ه, ى/ي variants, but not
 * predictably (السلطات is not found by سلطات, وشركة not by وشركه), so only the folded word counts.
 */
function pagefindOwnForms(word: string): Set<string> {
  return new Set([pagefindFolded(word)]);
}

/**
 * The search terms of a text that Pagefind would not find from the text itself, once per
 * occurrence (so a page that says والحكومة five times outranks one that says it once). A word
 * Pagefind already folds to the same form (most words) adds nothing. The indexer uses
 * `recordSearchTerms`, which works out each distinct word once.
 */
export function addedSearchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const original of text.split(/\s+/)) {
    if (original !== "") terms.push(...addedTermsOfWord(original));
  }
  return terms;
}

/** The added search terms of one written word (punctuation and all). */
export function addedTermsOfWord(original: string): string[] {
  const own = new Set(pagefindWords(original).flatMap((word) => [...pagefindOwnForms(word)]));
  const terms: string[] = [];
  for (const word of normalizedWords(original)) {
    for (const form of indexedWordForms(word)) if (!own.has(form)) terms.push(form);
  }
  return terms;
}

/** The distinct terms of `addedSearchTerms`, each once. */
export function addedSearchTokens(text: string): string[] {
  return [...new Set(addedSearchTerms(text))];
}
