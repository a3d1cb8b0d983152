import { describe, expect, it } from "vitest";
import type { HeadlineFrontMatter } from "../../src/archive/articleFrontMatter.ts";
import { searchHeadlines } from "../../src/build/searchHeadlines.ts";
import { buildArchiveModel } from "../../src/site/archiveModel.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";

/** The headlines as the site's model paginates them, two to a page. */
const viewsOf = (list: HeadlineFrontMatter[]) =>
  buildArchiveModel({ articles: [], headlines: list }, resolveSiteConfig({ headlinesPerPage: 2 }))
    .headlineViews;

const headline = (key: string, text: string, lastSeen: string): HeadlineFrontMatter => ({
  key,
  text,
  seen: 1,
  firstSeen: `${lastSeen.slice(0, 10)}T06:00:00.000Z`,
  lastSeen,
});

describe("searchHeadlines", () => {
  const headlines = [
    headline("aaaaaaaaaaa1", "أمطار غزيرة على عسير", "2025-03-01T08:00:00.000Z"),
    headline("aaaaaaaaaaa2", "افتتاح معرض الكتاب", "2025-03-02T08:00:00.000Z"),
    headline("aaaaaaaaaaa3", "مؤتمر للطاقة في الرياض", "2025-03-03T08:00:00.000Z"),
    headline("aaaaaaaaaaa4", "حملة وطنية للتشجير", "2025-03-04T08:00:00.000Z"),
    headline("aaaaaaaaaaa5", "تدشين خط للسكك الحديدية", "2025-03-05T08:00:00.000Z"),
  ];

  it("links each headline to its item on the headlines page the site model lists it on, oldest pages numbered first", () => {
    const records = searchHeadlines(viewsOf(headlines));
    const urlOf = Object.fromEntries(records.map((record) => [record.text, record.url]));
    expect(urlOf).toEqual({
      "تدشين خط للسكك الحديدية": "/headlines/#h-aaaaaaaaaaa5",
      "حملة وطنية للتشجير": "/headlines/#h-aaaaaaaaaaa4",
      "مؤتمر للطاقة في الرياض": "/headlines/#h-aaaaaaaaaaa3",
      "افتتاح معرض الكتاب": "/headlines/page/1/#h-aaaaaaaaaaa2",
      "أمطار غزيرة على عسير": "/headlines/page/1/#h-aaaaaaaaaaa1",
    });
  });

  it("keeps an older headline's link when newer headlines arrive, so its index shard stays unchanged", () => {
    const before = searchHeadlines(viewsOf(headlines));
    const after = searchHeadlines(
      viewsOf([...headlines, headline("aaaaaaaaaaa6", "خبر جديد", "2025-03-06T08:00:00.000Z")]),
    );
    const oldest = (records: typeof before) =>
      records.find((record) => record.text === "أمطار غزيرة على عسير");
    expect(oldest(after)).toEqual(oldest(before));
    expect(oldest(after)?.firstSeen).toBe("2025-03-01T06:00:00.000Z");
  });
});
