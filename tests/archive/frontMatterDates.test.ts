import { describe, expect, it } from "vitest";
import {
  articleFrontMatterSchema,
  headlineFrontMatterSchema,
} from "../../src/archive/articleFrontMatter.ts";
import { parseManifestLine } from "../../src/ingest/parseManifest.ts";
import { parseFrontMatter } from "../../src/site/loadArchive.ts";

const headline = (firstSeen: string) =>
  [
    "---",
    "key: d2ffee000004",
    "text: مؤتمر دولي للطاقة المتجددة في الرياض",
    "seen: 1",
    `firstSeen: ${firstSeen}`,
    "lastSeen: '2025-03-06T08:00:00.000Z'",
    "---",
    "",
  ].join("\n");

const article = (scrapedAt: string) =>
  [
    "---",
    "id: 2b3c4d5e6f70",
    "title: عنوان",
    "source: الحياة",
    "date: 2017-10-06",
    "scrapedFrom: a.txt",
    `scrapedAt: ${scrapedAt}`,
    "excerpt: نص",
    "words: 1",
    "---",
    "نص",
    "",
  ].join("\n");

describe("hand-edited date-times in front matter", () => {
  it.each([["yesterday"], ["2025-02-31T08:00:00.000Z"], ["'2025-13-06'"], ["2025-03-06T25:00Z"]])(
    "refuses a headline first seen %s, naming the field, instead of crashing or moving the day",
    (firstSeen) => {
      const read = parseFrontMatter(headline(firstSeen), headlineFrontMatterSchema);
      expect(read).toMatchObject({ ok: false, message: expect.stringContaining("firstSeen") });
    },
  );

  it("keeps a headline whose first sighting is a real ISO date-time", () => {
    const read = parseFrontMatter(
      headline("'2025-03-06T08:00:00.000Z'"),
      headlineFrontMatterSchema,
    );
    expect(read).toMatchObject({ ok: true, data: { firstSeen: "2025-03-06T08:00:00.000Z" } });
  });

  it("refuses an article scraped on a day that does not exist", () => {
    const read = parseFrontMatter(article("2017-02-31T10:00:00.000Z"), articleFrontMatterSchema);
    expect(read).toMatchObject({ ok: false, message: expect.stringContaining("scrapedAt") });
    expect(
      parseFrontMatter(article("2017-02-28T10:00:00.000Z"), articleFrontMatterSchema),
    ).toMatchObject({ ok: true });
  });
});

describe("a manifest line's scrape time", () => {
  it("is refused when its day does not exist, instead of moving to March", () => {
    expect(parseManifestLine('{"file":"a.txt","scrapedAt":"2017-02-31T10:00:00Z"}')).toBe(
      '"scrapedAt" is not a date-time: "2017-02-31T10:00:00Z"',
    );
  });

  it("is kept, in UTC, when it is a real date-time", () => {
    expect(parseManifestLine('{"file":"a.txt","scrapedAt":"2017-02-28T12:00:00+02:00"}')).toEqual({
      file: "a.txt",
      scrapedAt: "2017-02-28T10:00:00.000Z",
    });
  });
});
