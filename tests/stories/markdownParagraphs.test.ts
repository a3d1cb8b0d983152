import { describe, expect, it } from "vitest";
import { paragraphsToMarkdown } from "../../src/ingest/escapeMarkdownText.ts";
import { markdownParagraphs } from "../../src/stories/markdownParagraphs.ts";

describe("markdownParagraphs", () => {
  it("reads back exactly the paragraphs ingest escaped, markup punctuation and edge spaces included", () => {
    const paragraphs = [
      "قال الوزير: «سنواصل العمل» (بحسب وكالة الأنباء) - 80 في المئة.",
      "1. ليست قائمة # ولا عنوان *ولا* `شيفرة` <b>ولا وسم</b> & [رابط](x)",
      "  مسافة في البداية وفي النهاية  ",
      "سطر أول\nسطر ثانٍ",
    ];
    expect(markdownParagraphs(paragraphsToMarkdown(paragraphs))).toEqual(paragraphs);
  });

  it("gives no paragraph for an empty body", () => {
    expect(markdownParagraphs("")).toEqual([]);
    expect(markdownParagraphs("\n\n\n")).toEqual([]);
  });
});
