import { describe, expect, it } from "vitest";
import { withXmlSafeStrings, xmlSafeText } from "../../src/archive/xmlSafeText.ts";

describe("xmlSafeText", () => {
  it("removes C0 controls but keeps tab, line feed and carriage return", () => {
    expect(xmlSafeText("أ\x00ب\x08ت\x0bث\x0cج\x1fح\tخ\nد\rذ")).toBe("أبتثجح\tخ\nد\rذ");
  });

  it("removes U+FFFE, U+FFFF and lone surrogates but keeps pairs, emoji and U+FFFD", () => {
    expect(xmlSafeText("a\uFFFEb\uFFFFc\uD800d\uDC00e😀f\uFFFD𝕏")).toBe("abcde😀f\uFFFD𝕏");
  });

  it("leaves Arabic text with bidi marks, U+2028 and U+00A0 untouched", () => {
    const text = "\u200Fخبر\u00A0عاجل\u2028اليوم\u061C ~ \uFDCF\uFDF0 \u{10FFFD}";
    expect(xmlSafeText(text)).toBe(text);
  });

  it("removes DEL, C1 controls and noncharacters, which HTML parses as errors", () => {
    expect(xmlSafeText("أ\u007Fب\u0085ت\u009Fث\uFDD0ج\uFDEFح\u{1FFFE}خ\u{10FFFF}د")).toBe(
      "أبتثجحخد",
    );
  });

  it("cleans every string, key and nested value of a JSON-ready object", () => {
    expect(
      withXmlSafeStrings({ title: "a\bb", tags: ["c\u0001", 3, null], author: { "n\u0002": "d" } }),
    ).toEqual({ title: "ab", tags: ["c", 3, null], author: { n: "d" } });
  });
});
