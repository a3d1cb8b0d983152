import { describe, expect, it } from "vitest";
import { addedSearchTerms } from "../../src/search/arabicSearchTokens.ts";
import { routeWordsOf } from "../../src/search/routeTerms.ts";
import { recordAddedText } from "../../src/search/searchWordForms.ts";

const TEXT = "قال المسؤول إن الحكومة، والحكومةُ وحدها، ستبني لمدينة «بالمدينة» جسرا والحكومة";

describe("recordAddedText", () => {
  it("gives the added terms of every occurrence, in order: والحكومة twice gives its terms twice", () => {
    expect(recordAddedText("والحكومة قالت والحكومة")).toBe(
      "والحكومه حكومه الحكومه والحكومه حكومه الحكومه",
    );
  });

  it("collects the directory words on the same pass: مسءول, حكومه and مدينه, each once", () => {
    const words = new Set<string>();
    recordAddedText(TEXT, words);
    expect(words).toEqual(routeWordsOf(TEXT));
    expect([...words]).toEqual(expect.arrayContaining(["مسءول", "حكومه", "مدينه", "لمدينه"]));
  });

  it("collects a word into every shard's set however three shards alternate, as two processes index them", () => {
    const shards = [new Set<string>(), new Set<string>(), new Set<string>()];
    for (const shard of [0, 1, 0, 2, 1, 2, 0, 1]) recordAddedText("لمدينة والحكومة", shards[shard]);
    for (const words of shards) expect(words).toEqual(routeWordsOf("لمدينة والحكومة"));
  });

  it("answers a word seen before exactly as the first time (the cache changes no output)", () => {
    const first = recordAddedText(TEXT);
    expect(first).toBe(addedSearchTerms(TEXT).join(" "));
    expect(recordAddedText(TEXT)).toEqual(first);
  });
});
