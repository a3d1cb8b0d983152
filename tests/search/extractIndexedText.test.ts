import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { extractIndexedText } from "../../src/search/extractIndexedText.ts";
import { siteUrlOfFile } from "../../src/search/readSitePages.ts";

describe("extractIndexedText", () => {
  it("reads the article column and leaves out the ignored ticker and header", async () => {
    const html = await readFile(
      "tests/fixtures/search/site/articles/2017/10/a01/index.html",
      "utf8",
    );
    const { hasPagefindBody, text } = extractIndexedText(html);
    expect(hasPagefindBody).toBe(true);
    expect(text).toContain("«داعش» يتجه لإنشاء «خلافة افتراضية» مقرها الفضاء الإلكتروني");
    expect(text).toContain("جوزف فوتل");
    expect(text).not.toContain("زلزال");
    expect(text).not.toContain("ابحث في الأرشيف");
  });

  it("skips ignored subtrees and scripts inside the body and decodes entities", () => {
    const html =
      "<body><nav>قائمة</nav><main data-pagefind-body><p>الحكومة &amp; الشعب</p>" +
      "<aside data-pagefind-ignore><p>إعلان</p></aside><script>var x = 1;</script>" +
      "<p>نهاية</p></main></body>";
    expect(extractIndexedText(html)).toEqual({
      hasPagefindBody: true,
      text: "الحكومة & الشعب نهاية",
    });
  });

  it("keeps words of neighbouring paragraphs apart", () => {
    expect(extractIndexedText("<body><p>أول</p><p>ثاني</p></body>").text).toBe("أول ثاني");
  });

  it("falls back to the whole body of a page without data-pagefind-body", () => {
    expect(
      extractIndexedText(
        "<html><head><title>عنوان</title></head><body><h1>الأرشيف</h1></body></html>",
      ),
    ).toEqual({
      hasPagefindBody: false,
      text: "الأرشيف",
    });
  });
});

describe("siteUrlOfFile", () => {
  it("turns an index.html path into its folder URL", () => {
    expect(siteUrlOfFile("articles/2017/10/a01/index.html")).toBe("/articles/2017/10/a01/");
    expect(siteUrlOfFile("404.html")).toBe("/404.html");
  });
});
