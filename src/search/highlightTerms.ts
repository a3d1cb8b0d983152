/**
 * Finds the words of an original (unnormalized) text that a query matched, so results and
 * articles highlight what the reader sees, not the normalized copy. Pure: runs in the browser.
 */
import { indexedWordForms, MIN_STEM_LENGTH, normalizedWords } from "./arabicSearchTokens.ts";
import { arabicSuffixStem } from "./arabicSuffixStem.ts";
import { normalizeSearchQuery } from "./normalizeSearchQuery.ts";

/** A run of text, marked when it is a word the query matched. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

// Pagefind's stemmer lets a query word match a word that is a few letters shorter (مسؤولية → مسؤول).
const STEM_SLACK = 2;

/** The normalized query words to highlight. */
export function highlightTermsOf(query: string): string[] {
  const terms = normalizeSearchQuery(query);
  return terms === "" ? [] : [...new Set(terms.split(" "))];
}

/**
 * Whether one original word (punctuation and all) is matched by any of the terms: after the
 * index's own prefix stripping, as a prefix of the word (as Pagefind matches), or with the same
 * suffix stem (الحكومية for حكومة).
 */
export function wordMatchesTerms(word: string, terms: readonly string[]): boolean {
  const termStems = terms.map(arabicSuffixStem);
  return normalizedWords(word).some((normalized) =>
    indexedWordForms(normalized).some((form) => {
      const formStem = arabicSuffixStem(form);
      return terms.some(
        (term, index) =>
          form.startsWith(term) ||
          (form.length >= MIN_STEM_LENGTH &&
            term.startsWith(form) &&
            term.length - form.length <= STEM_SLACK) ||
          (formStem.length >= MIN_STEM_LENGTH && formStem === termStems[index]),
      );
    }),
  );
}

function pushSegment(segments: TextSegment[], text: string, marked: boolean): void {
  const last = segments[segments.length - 1];
  if (last && last.marked === marked) last.text += text;
  else segments.push({ text, marked });
}

/** Splits a text into marked words and unmarked runs; joined back, the segments give the text. */
export function markMatches(text: string, terms: readonly string[]): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const piece of text.split(/(\s+)/)) {
    if (piece === "") continue;
    const marked = terms.length > 0 && !/^\s+$/.test(piece) && wordMatchesTerms(piece, terms);
    pushSegment(segments, piece, marked);
  }
  return segments;
}

/**
 * A window of about `length` words around the first matched word, with its matches marked and
 * an ellipsis where the text was cut.
 */
export function excerptSegments(
  text: string,
  terms: readonly string[],
  length = 36,
): TextSegment[] {
  const words = text.split(/\s+/).filter((word) => word !== "");
  const firstMatch = words.findIndex((word) => terms.length > 0 && wordMatchesTerms(word, terms));
  const start = Math.max(0, Math.min(firstMatch - Math.floor(length / 4), words.length - length));
  const end = Math.min(words.length, start + length);
  const window = words.slice(start, end).join(" ");
  const segments = markMatches(window, terms);
  if (start > 0) segments.unshift({ text: "… ", marked: false });
  if (end < words.length) pushSegment(segments, " …", false);
  return segments;
}
