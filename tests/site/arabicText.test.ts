import { describe, expect, it } from "vitest";
import { createNumberText, resultNoun } from "../../src/site/arabicText.ts";

describe("resultNoun", () => {
  const latn = createNumberText({ locale: "ar", digits: "latn" });
  const arab = createNumberText({ locale: "ar", digits: "arab" });

  it("writes each Arabic plural form of نتيجة after its number", () => {
    expect([0, 1, 2, 3, 10, 11, 100, 101].map((n) => latn.count(n, resultNoun))).toEqual([
      "لا نتائج",
      "نتيجة واحدة",
      "نتيجتان",
      "3 نتائج",
      "10 نتائج",
      "11 نتيجة",
      "100 نتيجة",
      "101 نتيجة",
    ]);
  });

  it("writes the number in the digits the site is configured with", () => {
    expect(arab.count(12, resultNoun)).toBe("١٢ نتيجة");
    expect(arab.count(1203, resultNoun)).toBe("١٬٢٠٣ نتائج");
  });
});
