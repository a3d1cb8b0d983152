import { describe, expect, it } from "vitest";
import { withXmlSafeStrings, xmlSafeText } from "../../src/archive/xmlSafeText.ts";

describe("xmlSafeText", () => {
  it("removes C0 controls but keeps tab, line feed and carriage return", () => {
    expect(xmlSafeText("أ\x00ب\x08ت\x0bث\x0cج\x1fح\tخ\nد\rذ")).toBe("أبتثجح\tخ\nد\rذ");
  });

  it("removes U+FFFE, U+FFFF and lone surrogates but keeps pairs, emoji and U+FFFD", () => {
    expect(xmlSafeText("a\uFFFEb\uFFFFc\uD800d\uDC00e😀f\uFFFD𝕏")).toBe("abcde😀f\uFFFD𝕏");
  });

  it("leaves Arabic text with bidi marks, C1 controls and U+2028 untouched (XML 1.0 allows them)", () => {
    const text = "\u200Fخبر\u0085 عاجل\u2028اليوم\u061C";
    expect(xmlSafeText(text)).toBe(text);
  });

  it("cleans every string, key and nested value of a JSON-ready object", () => {
    expect(
      withXmlSafeStrings({ title: "a\bb", tags: ["c\u0001", 3, null], author: { "n\u0002": "d" } }),
    ).toEqual({ title: "ab", tags: ["c", 3, null], author: { n: "d" } });
  });
});
