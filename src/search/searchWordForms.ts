/**
 * What each written word of a record gives the index, worked out once per distinct word: the
 * Arabic terms Pagefind would not find by itself (`addedTermsOfWord`) and the word's forms in the
 * term → shards directory (`routeFormsOfWord`). One pass over a record's words serves both.
 */
import { addedTermsOfWord } from "./arabicSearchTokens.ts";
import { routeFormsOfWord } from "./routeTerms.ts";

interface WordForms {
  /** The word's added terms joined by spaces; "" when it has none (most words). */
  added: string;
  route: readonly string[];
  /**
   * The directory sets this word's route forms were last added to (two, for two shards indexed
   * at once): a word met again in the same shard is not added again. Sets are only ever added to,
   * so a set listed here still holds the forms.
   */
  routedInto: [Set<string> | undefined, Set<string> | undefined];
}

// Words repeat (Zipf), so each distinct written word is looked up, not worked out again. Two
// generations bound the memory at any archive size and keep the frequent words across a flush.
const WORDS_PER_GENERATION = 200_000;
let recent = new Map<string, WordForms>();
let older = new Map<string, WordForms>();

function formsOf(original: string): WordForms {
  let forms = recent.get(original);
  if (forms) return forms;
  forms = older.get(original) ?? {
    added: addedTermsOfWord(original).join(" "),
    route: routeFormsOfWord(original),
    routedInto: [undefined, undefined],
  };
  if (recent.size >= WORDS_PER_GENERATION) {
    older = recent;
    recent = new Map();
  }
  recent.set(original, forms);
  return forms;
}

function addRouteForms(forms: WordForms, routeWords: Set<string>): void {
  const [last, before] = forms.routedInto;
  if (last === routeWords) return;
  if (before !== routeWords) for (const word of forms.route) routeWords.add(word);
  forms.routedInto = [routeWords, last];
}

/**
 * A record's added search terms, once per occurrence and joined by spaces (see
 * `addedSearchTerms`), collecting its directory words into `routeWords` on the way (a set that is
 * only ever added to).
 * @example recordAddedText("والحكومة قالت", words) // "والحكومه حكومه الحكومه"
 */
export function recordAddedText(text: string, routeWords?: Set<string>): string {
  const added: string[] = [];
  for (const original of text.split(/\s+/)) {
    if (original === "") continue;
    const forms = formsOf(original);
    if (forms.added !== "") added.push(forms.added);
    if (routeWords) addRouteForms(forms, routeWords);
  }
  return added.join(" ");
}
