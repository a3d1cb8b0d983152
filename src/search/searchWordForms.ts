/**
 * What each written word of a record gives the index, worked out once per distinct word: the
 * Arabic terms Pagefind would not find by itself (`addedTermsOfWord`) and the word's forms in the
 * term → shards directory (`routeFormsOfWord`). One pass over a record's words serves both.
 */
import { addedTermsOfWord } from "./arabicSearchTokens.ts";
import { routeFormsOfWord } from "./routeTerms.ts";

interface WordForms {
  added: readonly string[];
  route: readonly string[];
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
    added: addedTermsOfWord(original),
    route: routeFormsOfWord(original),
  };
  if (recent.size >= WORDS_PER_GENERATION) {
    older = recent;
    recent = new Map();
  }
  recent.set(original, forms);
  return forms;
}

/**
 * A record's added search terms, once per occurrence (see `addedSearchTerms`), collecting its
 * directory words into `routeWords` on the way.
 * @example recordSearchTerms("والحكومة قالت", words) // ["والحكومه", "حكومه", "الحكومه"]
 */
export function recordSearchTerms(text: string, routeWords?: Set<string>): string[] {
  const terms: string[] = [];
  for (const original of text.split(/\s+/)) {
    if (original === "") continue;
    const forms = formsOf(original);
    for (const term of forms.added) terms.push(term);
    if (routeWords) for (const word of forms.route) routeWords.add(word);
  }
  return terms;
}
