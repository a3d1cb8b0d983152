// An article page's signature holds its file's hash in place of its own fields, and verbatim
// what other articles decide: a change anywhere the page shows must change the signature.
import { describe, expect, it } from "vitest";
import { article } from "./articleSourceFixture.ts";
import { buildArchiveModel } from "../../src/site/archiveModel.ts";
import { buildArticleRecords, type ArticleSource } from "../../src/site/articleRecords.ts";
import { pageSignatures } from "../../src/site/pageSignatures.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import type { StoryAssignment } from "../../src/stories/storyAssignments.ts";

const config = resolveSiteConfig({ baseUrl: "https://example.org", itemsPerPage: 2 });
const hayat = (id: string, date: string, extra = {}) =>
  article(id, "الحياة", date, { paper: "alhayat", ...extra });
const sources = [
  hayat("aaaaaaaaaaa1", "2017-10-06"),
  hayat("aaaaaaaaaaa2", "2017-10-02"),
  hayat("aaaaaaaaaaa3", "2017-09-15"),
  article("bbbbbbbbbbb1", "الرياض", "2017-11-20", { paper: "alriyadh" }),
  article("ccccccccccc1", "عكاظ", "2018-01-03", { paper: "okaz" }),
];
const stories = new Map<string, StoryAssignment>([
  ["bbbbbbbbbbb1", { story: "bbbbbbbbbbb1", related: ["ccccccccccc1"] }],
]);
const watched = "/articles/2017/11/bbbbbbbbbbb1/";
const middle = "/articles/2017/10/aaaaaaaaaaa2/";

function signaturesOf(
  list: readonly ArticleSource[],
  assignments: ReadonlyMap<string, StoryAssignment> = stories,
): Map<string, string> {
  return pageSignatures(
    buildArchiveModel({ articles: list, headlines: [], stories: assignments }, config),
    "f",
  );
}

/** The sources with one article's title (and so its file's hash) changed. */
function retitled(id: string): ArticleSource[] {
  return sources.map((s) =>
    s.frontMatter.id === id
      ? {
          ...s,
          contentHash: `${s.contentHash}-edited`,
          frontMatter: { ...s.frontMatter, title: "عنوان جديد" },
        }
      : s,
  );
}

describe("article page signatures", () => {
  const before = signaturesOf(sources);

  it("change when the article's own file changes", () => {
    expect(signaturesOf(retitled("bbbbbbbbbbb1")).get(watched)).not.toBe(before.get(watched));
  });

  it("change when a related article's title changes, though the page's own file did not", () => {
    expect(signaturesOf(retitled("ccccccccccc1")).get(watched)).not.toBe(before.get(watched));
  });

  it("change when the older or newer article of the same newspaper changes its title", () => {
    expect(signaturesOf(retitled("aaaaaaaaaaa1")).get(middle)).not.toBe(before.get(middle));
    expect(signaturesOf(retitled("aaaaaaaaaaa3")).get(middle)).not.toBe(before.get(middle));
  });

  it("change when the related articles change", () => {
    const none = new Map([["bbbbbbbbbbb1", { story: "bbbbbbbbbbb1", related: [] }]]);
    expect(signaturesOf(sources, none).get(watched)).not.toBe(before.get(watched));
  });

  it("change when another newspaper takes the same slug (both fall back to hashed slugs)", () => {
    const rival = article("ddddddddddd1", "صحيفة أخرى", "2016-01-01", { paper: "alriyadh" });
    expect(signaturesOf([...sources, rival]).get(watched)).not.toBe(before.get(watched));
  });

  it("stay the same when an article the page does not show changes", () => {
    expect(signaturesOf(retitled("aaaaaaaaaaa3")).get(watched)).toBe(before.get(watched));
  });
});

describe("an article record's own fields", () => {
  it("are the same built alone as among the whole archive, given its newspaper's slug", () => {
    const whole = new Map(buildArticleRecords(sources, config).map((r) => [r.id, r]));
    for (const source of sources) {
      const [alone] = buildArticleRecords([source], config);
      const among = whole.get(source.frontMatter.id);
      // Only what the signature holds verbatim may differ (the slug is signed too).
      const { previous: _p, next: _n, story: _s, ...ownAlone } = alone!;
      const { previous: _p2, next: _n2, story: _s2, ...ownAmong } = among!;
      expect(ownAlone).toEqual(ownAmong);
    }
  });
});
