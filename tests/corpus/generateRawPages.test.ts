import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { generateRawPages, type GeneratedPage } from "../../src/corpus/generateRawPages.ts";
import { FOOTER, IMAGE_WIDGET } from "../../src/corpus/renderRawPage.ts";

const pages = [...generateRawPages({ pages: 400, seed: 7 })];

/** Decodes a page with the encoding the generator says it used. */
function textOf(page: GeneratedPage): string {
  const { charset, bom } = page.encoding;
  if (charset === "windows-1256") return iconv.decode(page.bytes, "windows-1256");
  if (charset === "utf-16le") return page.bytes.subarray(2).toString("utf16le");
  return page.bytes.subarray(bom ? 3 : 0).toString("utf8");
}

/** Cuts a page into the parts a reader of the aggregator's layout expects. */
function splitPage(text: string) {
  const lines = text.split("\n");
  const ticker = lines[0] ?? "";
  let at = 1;
  while (lines[at] === "") at += 1;
  const widget = lines[at] === IMAGE_WIDGET[0] && lines[at + 1] === IMAGE_WIDGET[1];
  if (widget) at += 2;
  while (lines[at] === "") at += 1;
  const title = lines[at] ?? "";
  const attribution = lines[at + 1] ?? "";
  const rest = lines.slice(at + 2);
  while (rest.at(-1) === "") rest.pop();
  const footer = rest.pop();
  return { ticker, widget, title, attribution, body: rest.filter((line) => line !== ""), footer };
}

describe("generateRawPages", () => {
  it("gives byte-identical pages and manifest lines for the same seed and count", () => {
    const again = [...generateRawPages({ pages: 400, seed: 7 })];
    expect(again.map((page) => page.file)).toEqual(pages.map((page) => page.file));
    expect(again.map((page) => page.manifest)).toEqual(pages.map((page) => page.manifest));
    again.forEach((page, i) => expect(page.bytes.equals(pages[i]?.bytes as Buffer)).toBe(true));
  });

  it("gives other pages for another seed, and the same first pages whatever the count", () => {
    const other = [...generateRawPages({ pages: 20, seed: 8 })];
    expect(other[0]?.bytes.equals(pages[0]?.bytes as Buffer)).toBe(false);
    const shorter = [...generateRawPages({ pages: 50, seed: 7 })];
    shorter.forEach((page, i) => expect(page.bytes.equals(pages[i]?.bytes as Buffer)).toBe(true));
  });

  it("dates a day of news on its scrape day and leaves the pages before it as they were", () => {
    const withDay = [...generateRawPages({ pages: 400, seed: 7, dayOfNewsFrom: 300 })];
    withDay
      .slice(0, 300)
      .forEach((page, i) => expect(page.bytes.equals(pages[i]?.bytes as Buffer)).toBe(true));
    // Fresh articles; planted old stories and later versions or follow-ups of older stories keep
    // their dates.
    const olderCasts = new Set(withDay.slice(0, 300).map((page) => page.article.cast?.person));
    const fresh = withDay
      .slice(300)
      .filter(
        (page) =>
          !page.duplicate &&
          !page.planted &&
          page.story.version === "original" &&
          (page.article.cast === undefined || !olderCasts.has(page.article.cast.person)),
      );
    expect(fresh.length).toBeGreaterThan(60);
    for (const page of fresh) {
      const scraped = new Date(page.manifest.scrapedAt);
      expect(page.article.date).toEqual({
        day: scraped.getUTCDate(),
        month: scraped.getUTCMonth() + 1,
        year: scraped.getUTCFullYear(),
      });
    }
    // Without the option the same pages are spread over the years.
    const years = new Set(pages.slice(300).map((page) => page.article.date.year));
    expect(years.size).toBeGreaterThan(5);
  });

  it("lays every page out as ticker, optional widget, title, attribution, body and footer", () => {
    for (const page of pages) {
      const text = textOf(page).replace(/\r\n/g, "\n");
      const parts = splitPage(text);
      const { article } = page;
      expect(parts.widget).toBe(article.imageWidget);
      expect(parts.title).toBe(article.title);
      expect(parts.attribution).toMatch(
        new RegExp(
          `^(?:${article.author ?? ""} )?نشر في ${article.newspaper.name} يوم [0-9٠-٩]{2} - [0-9٠-٩]{2} - [0-9٠-٩]{4}$`,
        ),
      );
      expect(parts.footer).toBe(FOOTER);
      const body =
        article.bodyLayout === "one-line" ? [article.paragraphs.join(" ")] : article.paragraphs;
      expect(parts.body).toEqual(body);
      expect(article.paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(parts.ticker).toMatch(/^(?:[^\u00A0]|\u00A0{4})+$/u);
    }
  });

  it("writes CRLF pages with CRLF only, and dates that exist after the aggregator started the paper", () => {
    for (const page of pages) {
      const text = textOf(page);
      if (page.encoding.crlf) expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      else expect(text).not.toContain("\r");
      const { day, month, year } = page.article.date;
      const date = new Date(Date.UTC(year, month - 1, day));
      expect(date.getUTCDate()).toBe(day);
      expect(year).toBeGreaterThanOrEqual(page.article.newspaper.since);
      expect(date.getTime()).toBeLessThanOrEqual(Date.parse(page.manifest.scrapedAt));
    }
  });

  it("covers the variations ingest must handle within 400 pages", () => {
    const texts = pages.map(textOf);
    const count = (test: (page: GeneratedPage, i: number) => boolean): number =>
      pages.filter(test).length;
    expect(count((p) => p.encoding.crlf)).toBeGreaterThan(5);
    expect(count((p) => p.encoding.charset === "windows-1256")).toBeGreaterThan(5);
    expect(count((p) => p.encoding.charset === "utf-8" && p.encoding.bom)).toBeGreaterThan(5);
    expect(count((p) => p.duplicate)).toBeGreaterThan(3);
    expect(count((p) => p.article.author !== undefined)).toBeGreaterThan(5);
    expect(count((p) => p.article.arabicIndicDigits)).toBeGreaterThan(3);
    expect(count((p) => / /.test(p.file) && /[\u0600-\u06FF]/.test(p.file))).toBeGreaterThan(5);
    expect(count((_, i) => /^[^\n\u00A0]+? {4}/.test(texts[i] ?? ""))).toBeGreaterThan(5);
    expect(
      count((_, i) => (texts[i] ?? "").split("\n")[0]?.includes("\u00A0".repeat(8)) ?? false),
    ).toBeGreaterThan(5);
    const papers = new Set(pages.map((p) => p.article.newspaper.name));
    expect([...papers]).toEqual(
      expect.arrayContaining(["الحياة", "الرياض", "اليوم السابع", "الشروق اليومي", "كش24"]),
    );
    const years = new Set(pages.map((p) => p.article.date.year));
    expect(Math.min(...years)).toBeLessThanOrEqual(2007);
    expect(Math.max(...years)).toBe(2025);
    const body = pages.flatMap((p) => p.article.paragraphs).join(" ");
    expect(body).toMatch(/\u0640/); // tatweel
    expect(body).toMatch(/(^| )[وف]ال/); // و/ف + ال
  });

  it("repeats a duplicate's article exactly under another ticker, file name and scrape time", () => {
    const duplicate = pages.find((page) => page.duplicate) as GeneratedPage;
    const original = pages.find(
      (page) => page.article === duplicate.article && !page.duplicate,
    ) as GeneratedPage;
    expect(original.file).not.toBe(duplicate.file);
    expect(original.manifest.url).toBe(duplicate.manifest.url);
    expect(original.manifest.scrapedAt < duplicate.manifest.scrapedAt).toBe(true);
    const strip = (page: GeneratedPage) => splitPage(textOf(page).replace(/\r\n/g, "\n"));
    expect(strip(duplicate).body).toEqual(strip(original).body);
  });

  it("shares ticker headlines across many pages of the same aggregator", () => {
    const seen = new Map<string, number>();
    for (const page of pages) {
      const ticker =
        textOf(page)
          .replace(/^\uFEFF/, "")
          .split(/\r?\n/)[0] ?? "";
      for (const headline of new Set(ticker.split(/[\u00A0 ]{4}/).filter(Boolean))) {
        seen.set(headline, (seen.get(headline) ?? 0) + 1);
      }
    }
    const shared = [...seen.values()].filter((times) => times >= 20);
    expect(shared.length).toBeGreaterThan(50);
    expect(seen.get("أمة من الروبوتات")).toBeGreaterThan(20); // a headline of the real seed ticker
  });

  it("writes manifest lines with the aggregator URL scheme and increasing UTC scrape times", () => {
    let previous = "";
    for (const page of pages) {
      const line = JSON.parse(JSON.stringify(page.manifest)) as Record<string, string>;
      expect(Object.keys(line)).toEqual(["file", "url", "scrapedAt", "generated"]);
      expect(line.generated).toBe(true);
      expect(line.file).toBe(page.file);
      expect(line.url).toBe(
        `https://${page.article.newspaper.host}/${page.article.newspaper.slug}/${page.article.articleId}`,
      );
      expect(line.scrapedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
      expect((line.scrapedAt ?? "") > previous).toBe(true);
      previous = line.scrapedAt ?? "";
    }
  });
});
