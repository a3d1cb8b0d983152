import { describe, expect, it } from "vitest";
import { arabicSuffixStem } from "../../src/search/arabicSuffixStem.ts";
import {
  excerptSegments,
  highlightTermsOf,
  markMatches,
  wordMatchesTerms,
} from "../../src/search/highlightTerms.ts";

const marked = (segments: { text: string; marked: boolean }[]) =>
  segments.filter((segment) => segment.marked).map((segment) => segment.text);

describe("highlightTerms", () => {
  it("marks والحكومة in the original text when searching حكومة", () => {
    const segments = markMatches("وأكد أن المجلس والحكومة متفقان.", highlightTermsOf("حكومة"));
    expect(marked(segments)).toEqual(["والحكومة"]);
    expect(segments.map((segment) => segment.text).join("")).toBe(
      "وأكد أن المجلس والحكومة متفقان.",
    );
  });

  it("marks مسؤول with its punctuation when searching مسئول", () => {
    expect(marked(markMatches("قال مسؤول، وأضاف", highlightTermsOf("مسئول")))).toEqual(["مسؤول،"]);
  });

  it("marks a vocalized word and a word with tatweel", () => {
    const terms = highlightTermsOf("القرار الحج");
    expect(wordMatchesTerms("القَرَارَ", terms)).toBe(true);
    expect(wordMatchesTerms("الحـــج", terms)).toBe(true);
    expect(wordMatchesTerms("الحجارة", terms)).toBe(true);
    expect(wordMatchesTerms("الحكومة", terms)).toBe(false);
  });

  it("marks nothing for an empty query", () => {
    expect(markMatches("نص عادي", [])).toEqual([{ text: "نص عادي", marked: false }]);
  });

  it("cuts an excerpt around the first match with ellipses", () => {
    const text =
      Array.from({ length: 60 }, (_, i) => `كلمة${i}`).join(" ") +
      " والحكومة " +
      "نهاية ".repeat(40);
    const segments = excerptSegments(text, highlightTermsOf("حكومة"), 20);
    expect(segments[0]).toEqual({ text: "… ", marked: false });
    expect(marked(segments)).toEqual(["والحكومة"]);
    expect(segments[segments.length - 1]?.text.endsWith(" …")).toBe(true);
  });
});

describe("highlightTerms with variant forms", () => {
  it("marks the derived and inflected forms of حكومة in a real sentence", () => {
    const text =
      "قالت المصادر الحكومية إن رئيس الحكومة التقى وزراء حكومته، وإن للحكومة والحكومات السابقة خططا، وحكم القاضي بالبراءة.";
    expect(marked(markMatches(text, highlightTermsOf("حكومة")))).toEqual([
      "الحكومية",
      "الحكومة",
      "حكومته،",
      "للحكومة",
      "والحكومات",
    ]);
  });

  it("marks المعلمين and معلمون for معلم but not a longer unrelated word", () => {
    const terms = highlightTermsOf("المعلم");
    expect(wordMatchesTerms("المعلمين", terms)).toBe(true);
    expect(wordMatchesTerms("ومعلمون", terms)).toBe(true);
    expect(wordMatchesTerms("العلم", terms)).toBe(false);
  });

  it("keeps لبنان whole: a plural ending is not cut down to a three-letter word", () => {
    expect(arabicSuffixStem("لبنان")).toBe("لبنان");
    expect(arabicSuffixStem("حكومات")).toBe("حكوم");
    expect(wordMatchesTerms("لبنانية", highlightTermsOf("لبنان"))).toBe(true);
  });
});
