// Scraped text can hold characters XML 1.0 cannot carry (C0 controls, U+FFFE/FFFF, lone
// surrogates). One such character in one article used to make the whole Atom feed invalid.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { buildSiteForTest, fixtureContentWith } from "../helpers/builtSite.ts";

const hostileTitle =
  "خبر\bعاجل\x01 عن\vالطقس\x1f و\uFFFEالمطر\uFFFF غدا\uD800 \u2028اليوم\uDC00\u0085 \x7f</script><b>x\uFDD0</b>";
const cleanTitle = "خبرعاجل عنالطقس والمطر غدا \u2028اليوم </script><b>x</b>";
const hostileExcerpt = "مقدمة\x08 الخبر\x00 مع\tتبويب\uDBFF";
const cleanExcerpt = "مقدمة الخبر مع\tتبويب";

const contentDir = fixtureContentWith({
  id: "0c0c0c0c0c0c",
  date: "2030-01-02",
  title: hostileTitle,
  excerpt: hostileExcerpt,
  body: "نص\x08 الخبر\x01 كما\u009f جاء.\uFDEF",
});
const site = buildSiteForTest({ contentDir });
afterAll(() => {
  if (site.ok) site.remove();
  rmSync(contentDir, { recursive: true, force: true });
});

/**
 * Code points outside XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets), and DEL, C1
 * controls and the noncharacters U+FDD0-U+FDEF, which HTML parses as errors.
 */
function charactersXmlCannotCarry(text: string): string[] {
  const bad: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    const allowed =
      unit === 0x9 ||
      unit === 0xa ||
      unit === 0xd ||
      (unit >= 0x20 && unit <= 0x7e) ||
      (unit >= 0xa0 && unit <= 0xd7ff) ||
      (unit >= 0xe000 && unit <= 0xfdcf) ||
      (unit >= 0xfdf0 && unit <= 0xfffd);
    if (!allowed) bad.push(`U+${unit.toString(16).toUpperCase().padStart(4, "0")} at ${i}`);
  }
  return bad;
}

describe("a site built from an article with control characters and lone surrogates", () => {
  // A build that fails on such text is the bug itself, never a reason to skip.
  it("builds, search index included", () => {
    expect(site.ok ? "built" : site.reason).toBe("built");
  });

  const read = (file: string) => readFileSync(path.join(site.ok ? site.dir : "", file), "utf8");

  it("writes a well-formed Atom feed that keeps the title and summary minus the bad characters", () => {
    const feed = read("feed.xml");
    expect(charactersXmlCannotCarry(feed)).toEqual([]);
    expect(XMLValidator.validate(feed)).toBe(true);
    const escapedTitle = cleanTitle.replace(/</g, "&lt;").replace(/>/g, "&gt;");
    expect(feed).toContain(`<title>${escapedTitle}</title>`);
    expect(feed).toContain(`<summary type="text">${cleanExcerpt}</summary>`);
  });

  it("writes well-formed sitemaps", () => {
    const sitemaps = readdirSync(site.ok ? site.dir : "").filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) {
      const xml = read(file);
      expect(charactersXmlCannotCarry(xml), file).toEqual([]);
      expect(XMLValidator.validate(xml), file).toBe(true);
    }
  });

  it("writes a JSON feed that parses and holds the same cleaned title and summary", () => {
    const feed = JSON.parse(read("feed.json")) as {
      items: { title: string; summary: string; content_text: string }[];
    };
    const item = feed.items.find((entry) => entry.title.startsWith("خبر"));
    expect(item).toMatchObject({
      title: cleanTitle,
      summary: cleanExcerpt,
      content_text: cleanExcerpt,
    });
    for (const entry of feed.items) expect(charactersXmlCannotCarry(entry.title)).toEqual([]);
  });

  it("writes JSON-LD that parses, cannot close its script element and holds the cleaned headline", () => {
    const html = read("articles/2030/01/0c0c0c0c0c0c/index.html");
    const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    expect(match).not.toBeNull();
    const json = match?.[1] ?? "";
    expect(json).not.toMatch(/[<>\u2028\u2029]/);
    expect(charactersXmlCannotCarry(json)).toEqual([]);
    const data = JSON.parse(json) as { headline: string; description: string };
    expect(data.headline).toBe(cleanTitle);
    expect(data.description).toBe(cleanExcerpt);
  });
});

describe("the HTML pages of that site", () => {
  // HTML treats the same characters as parse errors (control-character-in-input-stream), so a
  // title or body typed with one must not carry it into any page that shows the article.
  const htmlFiles = () =>
    (readdirSync(site.ok ? site.dir : "", { recursive: true }) as string[]).filter((f) =>
      f.endsWith(".html"),
    );
  const read = (file: string) => readFileSync(path.join(site.ok ? site.dir : "", file), "utf8");

  it("hold none of the characters, on the article page and every list that shows it", () => {
    const pages = htmlFiles().filter((file) => read(file).includes("والمطر"));
    expect(pages).toContain(path.join("articles", "2030", "01", "0c0c0c0c0c0c", "index.html"));
    expect(pages.length).toBeGreaterThan(3);
    for (const file of htmlFiles()) expect(charactersXmlCannotCarry(read(file)), file).toEqual([]);
  });

  it("show the cleaned title and body text", () => {
    const html = read("articles/2030/01/0c0c0c0c0c0c/index.html");
    expect(html).toContain("خبرعاجل عنالطقس والمطر غدا");
    expect(html).toContain("<p>نص الخبر كما جاء.</p>");
  });
});
