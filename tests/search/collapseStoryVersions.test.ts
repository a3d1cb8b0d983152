import { describe, expect, it } from "vitest";
import { collapseStoryVersions, withStoryUnder } from "../../src/search/collapseStoryVersions.ts";
import { searchRecordHtml } from "../../src/search/searchRecord.ts";

const result = (url: string, story?: string) => ({ url, meta: story ? { story } : {} });

describe("collapseStoryVersions", () => {
  it("keeps the best-ranked version of each story and every result without a story, in order", () => {
    const seen = new Set<string>();
    const shown = collapseStoryVersions(
      [result("/a1", "a"), result("/x"), result("/a2", "a"), result("/b1", "b"), result("/y")],
      seen,
    );
    expect(shown.map((r) => r.url)).toEqual(["/a1", "/x", "/b1", "/y"]);
    expect([...seen]).toEqual(["a", "b"]);
  });

  it("drops a version on a later page when its story was shown on an earlier one", () => {
    const seen = new Set<string>();
    collapseStoryVersions([result("/a1", "a")], seen);
    const next = collapseStoryVersions([result("/a3", "a"), result("/c1", "c")], seen);
    expect(next.map((r) => r.url)).toEqual(["/c1"]);
  });
});

describe("withStoryUnder", () => {
  it("places the story page under the site's path prefix", () => {
    const placed = withStoryUnder("/news-archive/", {
      meta: { story: "s", storyUrl: "/stories/s/" },
    });
    expect(placed.meta.storyUrl).toBe("/news-archive/stories/s/");
    expect(withStoryUnder("/", { meta: { storyUrl: "/stories/s/" } }).meta.storyUrl).toBe(
      "/stories/s/",
    );
  });
});

describe("searchRecordHtml", () => {
  it("gives an article of a story with versions the story's id, page and count as metadata", () => {
    const html = searchRecordHtml(
      {
        url: "/articles/2017/10/a/",
        kind: "article",
        title: "عنوان",
        bodyHtml: "<p>نص</p>",
        bodyText: "نص",
        story: { id: '2c0a"0067', url: "/stories/2c0a0067/", versions: 3 },
      },
      { arabicMatching: false },
    );
    expect(html).toContain('data-pagefind-meta="story:2c0a&quot;0067"');
    expect(html).toContain('data-pagefind-meta="storyUrl:/stories/2c0a0067/"');
    expect(html).toContain('data-pagefind-meta="storyVersions:3"');
  });
});
