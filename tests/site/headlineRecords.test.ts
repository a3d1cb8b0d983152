import { describe, expect, it } from "vitest";
import type { HeadlineFrontMatter } from "../../src/archive/articleFrontMatter.ts";
import { buildHeadlineRecords, mostRecentlySeen } from "../../src/site/headlineRecords.ts";
import { siteConfig } from "../../src/site/siteConfig.ts";

const headline = (
  key: string,
  text: string,
  firstSeen: string,
  lastSeen: string,
  seen: number,
): HeadlineFrontMatter => ({
  key: key.repeat(12).slice(0, 12),
  text,
  seen,
  firstSeen: `${firstSeen}T08:00:00.000Z`,
  lastSeen: `${lastSeen}T08:00:00.000Z`,
});

const headlines = [
  headline("a", "قمة عربية في الرياض", "2025-05-01", "2025-05-09", 40),
  headline("b", "ارتفاع أسعار النفط", "2025-05-07", "2025-05-08", 12),
  headline("c", "افتتاح معرض الكتاب", "2025-05-08", "2025-05-09", 30),
  headline("d", "نتائج الدوري السعودي", "2025-05-09", "2025-05-09", 2),
];

describe("buildHeadlineRecords", () => {
  it("lists headlines by first appearance, newest first, however often they were seen since", () => {
    const records = buildHeadlineRecords(headlines, new Map(), siteConfig);
    expect(records.map((record) => record.text)).toEqual([
      "نتائج الدوري السعودي",
      "افتتاح معرض الكتاب",
      "ارتفاع أسعار النفط",
      "قمة عربية في الرياض",
    ]);
  });

  it("keeps a headline's place when a later scrape shows it again", () => {
    const seenAgain = headlines.map((h) =>
      h.text === "ارتفاع أسعار النفط"
        ? { ...h, seen: 13, lastSeen: "2025-05-10T08:00:00.000Z" }
        : h,
    );
    const before = buildHeadlineRecords(headlines, new Map(), siteConfig).map((r) => r.key);
    const after = buildHeadlineRecords(seenAgain, new Map(), siteConfig).map((r) => r.key);
    expect(after).toEqual(before);
  });
});

describe("mostRecentlySeen", () => {
  it("gives the ticker: last seen first, the most seen first among equals", () => {
    const records = buildHeadlineRecords(headlines, new Map(), siteConfig);
    expect(mostRecentlySeen(records, 3).map((record) => record.text)).toEqual([
      "قمة عربية في الرياض",
      "افتتاح معرض الكتاب",
      "نتائج الدوري السعودي",
    ]);
  });
});
