import { describe, expect, it } from "vitest";
import { addedSearchTerms } from "../../src/search/arabicSearchTokens.ts";
import { routeWordsOf } from "../../src/search/routeTerms.ts";
import { recordSearchTerms } from "../../src/search/searchWordForms.ts";

const TEXT = "قال المسؤول إن الحكومة، والحكومةُ وحدها، ستبني لمدينة «بالمدينة» جسرا والحكومة";

describe("recordSearchTerms", () => {
  it("gives the added terms of every occurrence, in order: والحكومة twice gives its terms twice", () => {
    expect(recordSearchTerms("والحكومة قالت والحكومة")).toEqual([
      "والحكومه",
      "حكومه",
      "الحكومه",
      "والحكومه",
      "حكومه",
      "الحكومه",
    ]);
  });

  it("collects the directory words on the same pass: مسءول, حكومه and مدينه, each once", () => {
    const words = new Set<string>();
    recordSearchTerms(TEXT, words);
    expect(words).toEqual(routeWordsOf(TEXT));
    expect([...words]).toEqual(expect.arrayContaining(["مسءول", "حكومه", "مدينه", "لمدينه"]));
  });

  it("answers a word seen before exactly as the first time (the cache changes no output)", () => {
    const first = recordSearchTerms(TEXT);
    expect(first).toEqual(addedSearchTerms(TEXT));
    expect(recordSearchTerms(TEXT)).toEqual(first);
  });
});
