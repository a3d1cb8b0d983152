import { describe, expect, it } from "vitest";
import { xmlSafeText } from "../../src/archive/xmlSafeText.ts";
import { cleanScrapedText, LONGEST_TOKEN } from "../../src/ingest/cleanScrapedText.ts";

describe("cleanScrapedText", () => {
  it("leaves ordinary Arabic text alone and says nothing", () => {
    const text = "هطلت أمطار غزيرة على مكة المكرمة.\n\nودعا الدفاع المدني السكان إلى الحذر.";
    expect(cleanScrapedText(text)).toEqual({ text, warnings: [] });
  });

  it("removes control characters a feed cannot carry and counts them in a warning", () => {
    expect(cleanScrapedText("خبر\b عاجل\u0001\u000b اليوم\uFFFF")).toEqual({
      text: "خبر عاجل اليوم",
      warnings: ["4 control character(s) removed"],
    });
  });

  it("gives a 200,000-letter word a zero-width break point every 100 letters, with a warning", () => {
    const word = "ب".repeat(200_000);
    const { text, warnings } = cleanScrapedText(`قبل ${word} بعد`);
    expect(text.replaceAll("\u200B", "")).toBe(`قبل ${word} بعد`);
    const pieces = text.split(/\s|\u200B/);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBe(100);
    expect(warnings).toEqual([
      `1 run(s) of more than ${LONGEST_TOKEN} characters without a space (longest 200000) given break points`,
    ]);
  });

  it("keeps a long URL of up to 200 characters whole", () => {
    const url = `https://example.com/${"a".repeat(LONGEST_TOKEN - 20)}`;
    expect(cleanScrapedText(`المصدر ${url}`).text).toBe(`المصدر ${url}`);
  });

  it.each([
    ["emoji after one letter", `a${"😀".repeat(150)}`],
    ["a letter with its two marks", "بَّ".repeat(100)],
    ["a family emoji joined by ZWJ", "👨‍👩‍👧".repeat(40)],
  ])("breaks a long run of %s between whole characters, never inside one", (_what, token) => {
    const { text } = cleanScrapedText(`قبل ${token} بعد`);
    expect(text).not.toBe(`قبل ${token} بعد`);
    expect(text.replaceAll("\u200B", "")).toBe(`قبل ${token} بعد`);
    // No half of a surrogate pair (invalid in XML and strict JSON), no mark cut from its letter.
    expect(xmlSafeText(text)).toBe(text);
    expect(text).not.toMatch(/\u200B[\p{M}\u200D]|\u200D\u200B/u);
  });
});
