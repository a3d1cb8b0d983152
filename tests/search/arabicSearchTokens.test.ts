import { describe, expect, it } from "vitest";
import {
  addedSearchTerms,
  addedSearchTokens,
  arabicSearchTokens,
  indexedWordForms,
  queriedWordForm,
} from "../../src/search/arabicSearchTokens.ts";
import { normalizeArabic } from "../../src/search/normalizeArabic.ts";
import { normalizeSearchQuery } from "../../src/search/normalizeSearchQuery.ts";

/** Whether searching `query` can reach a page containing `word`, on our side of Pagefind. */
function reaches(query: string, word: string): boolean {
  const wanted = normalizeSearchQuery(query);
  return arabicSearchTokens(word).some((token) => token.startsWith(wanted));
}

describe("arabicSearchTokens", () => {
  it("finds والحكومة when searching حكومة", () => {
    expect(reaches("حكومة", "والحكومة")).toBe(true);
  });

  it("finds فالطالب when searching طالب", () => {
    expect(reaches("طالب", "فالطالب")).toBe(true);
  });

  it("finds بالمدينة and لمدينة when searching مدينة", () => {
    expect(reaches("مدينة", "بالمدينة")).toBe(true);
    expect(reaches("مدينة", "لمدينة")).toBe(true);
  });

  it("finds كالعادة when searching العادة", () => {
    expect(reaches("العادة", "كالعادة")).toBe(true);
  });

  it("finds الحكومة when searching للحكومة", () => {
    expect(reaches("للحكومة", "الحكومة")).toBe(true);
  });

  it("finds وبالمدينة through every chain of prefixes", () => {
    expect(indexedWordForms(normalizeArabic("وبالمدينة"))).toEqual(
      expect.arrayContaining(["وبالمدينه", "مدينه", "بالمدينه", "المدينه"]),
    );
  });

  it("finds الولاية when searching ولاية, whose و belongs to the word", () => {
    expect(reaches("ولاية", "الولاية")).toBe(true);
    expect(reaches("وزير", "والوزير")).toBe(true);
  });

  it("keeps a bare و ب ل ف on a query word because it may belong to the word", () => {
    expect(queriedWordForm("وزير")).toBe("وزير");
    expect(queriedWordForm("بريطانيا")).toBe("بريطانيا");
    expect(queriedWordForm("لبنان")).toBe("لبنان");
  });

  it("does not strip a prefix down to a stem of fewer than three letters", () => {
    expect(indexedWordForms("والده")).toEqual(["والده", "الده"]);
    expect(queriedWordForm("الله")).toBe("الله");
    expect(queriedWordForm("بالغ")).toBe("بالغ");
  });

  it("lists each token of a text once", () => {
    expect(arabicSearchTokens("الحكومة والحكومة")).toEqual(["الحكومه", "حكومه", "والحكومه"]);
  });
});

describe("normalizeSearchQuery", () => {
  it("folds spelling and takes the article off every word", () => {
    expect(normalizeSearchQuery("والحكومةُ المسئولة")).toBe("حكومه مسءوله");
  });

  it("turns Arabic-Indic digits into ASCII and drops punctuation", () => {
    expect(normalizeSearchQuery("«الموازنة» لعام ٢٠١٧؟")).toBe("موازنه لعام 2017");
  });

  it("returns an empty query for punctuation only", () => {
    expect(normalizeSearchQuery(" ؟ ، ")).toBe("");
  });
});

describe("addedSearchTokens", () => {
  it("adds only the forms that differ from the word as Pagefind folds it", () => {
    expect(addedSearchTokens("قال مسؤول إن المجلس والحكومة اتفقا")).toEqual([
      "مسءول",
      "مجلس",
      "والحكومه",
      "حكومه",
      "الحكومه",
    ]);
  });

  it("keeps one term per occurrence, so a word said five times counts five times", () => {
    const once = ["والحكومه", "حكومه", "الحكومه"];
    expect(addedSearchTerms("والحكومة قالت والحكومة")).toEqual([...once, ...once]);
  });

  it("never strips a bare ك ب و down to a three-letter word: no تاب in كتاب, no بير in كبير", () => {
    expect(addedSearchTerms("كتاب كبير وزير")).toEqual([]);
    expect(indexedWordForms("لمدينة")).toEqual(["لمدينة", "مدينة"]);
  });

  it("adds nothing for words without prefixes or letters that fold", () => {
    expect(addedSearchTokens("قال رئيس مجلس")).toEqual(["رءيس"]);
  });
});
