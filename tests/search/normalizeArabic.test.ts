import { describe, expect, it } from "vitest";
import { normalizeArabic } from "../../src/search/normalizeArabic.ts";

describe("normalizeArabic", () => {
  it("removes tashkeel, shadda and the superscript alef", () => {
    expect(normalizeArabic("الحُكُومَةُ تُقَرِّرُ هٰذا")).toBe("الحكومه تقرر هذا");
  });

  it("removes tatweel", () => {
    expect(normalizeArabic("الحكـــومة")).toBe("الحكومه");
  });

  it("folds hamza on alef, madda and alef wasla to a bare alef", () => {
    expect(normalizeArabic("أحمد إلى آخر ٱلكتاب")).toBe("احمد الي اخر الكتاب");
  });

  it("makes مسئول and مسؤول the same word", () => {
    expect(normalizeArabic("مسئول")).toBe(normalizeArabic("مسؤول"));
    expect(normalizeArabic("شئون")).toBe(normalizeArabic("شؤون"));
  });

  it("folds taa marbuta to haa, so سنة and سنه meet", () => {
    expect(normalizeArabic("سنة")).toBe("سنه");
  });

  it("folds alef maqsura to yaa", () => {
    expect(normalizeArabic("مستشفى")).toBe("مستشفي");
  });

  it("turns Arabic-Indic and Persian digits into ASCII digits", () => {
    expect(normalizeArabic("عام ٢٠١٧ و۱۴۴۶")).toBe("عام 2017 و1446");
  });

  it("lowercases Latin and turns punctuation into single spaces", () => {
    expect(normalizeArabic("«داعش»، ISIS؟  (التنظيم)")).toBe("داعش isis التنظيم");
  });

  it("composes a decomposed hamza before folding it", () => {
    expect(normalizeArabic("\u0627\u0654\u0645\u064A\u0631")).toBe("امير");
  });
});
