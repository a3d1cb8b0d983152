import { describe, expect, it } from "vitest";
import type { ArticleFrontMatter } from "../../src/archive/articleFrontMatter.ts";
import { buildArchiveModel } from "../../src/site/archiveModel.ts";
import type { ArticleSource } from "../../src/site/articleRecords.ts";
import { pageSignatures } from "../../src/site/pageSignatures.ts";
import { planRender } from "../../src/site/planRender.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";

const config = resolveSiteConfig({ itemsPerPage: 2 });

function article(n: number, date: string, generated?: true): ArticleSource {
  const id = n.toString(16).padStart(12, "0");
  const frontMatter: ArticleFrontMatter = {
    id,
    title: `خبر ${n}`,
    source: "الحياة",
    date,
    paper: "alhayat",
    scrapedFrom: `${n}.txt`,
    scrapedAt: "2025-01-01T00:00:00.000Z",
    lang: "ar",
    excerpt: "نص",
    words: 10,
    ...(generated ? { generated } : {}),
  };
  return { frontMatter, file: `${id}.md`, contentHash: `h${n}` };
}

const old = [1, 2, 3, 4, 5, 6].map((n) => article(n, `2020-01-0${n}`));
const signaturesOf = (articles: ArticleSource[]) =>
  pageSignatures(buildArchiveModel({ articles, headlines: [] }, config), "fingerprint");

describe("incremental render plan", () => {
  it("re-renders the new article, its newer-neighbour link, the lists' base pages and newest month pages, the month and the day before, not older pages", () => {
    const before = signaturesOf(old);
    const after = signaturesOf([...old, article(7, "2020-01-07")]);
    const plan = planRender(before, after, () => true);
    expect([...plan.render].sort()).toEqual([
      "/archive/2020/",
      "/archive/2020/01/",
      "/archive/2020/01/06/", // its «next day» link
      "/archive/2020/01/07/",
      "/articles/",
      "/articles/2020/01/", // the month's newest page (the base URL shows it too)
      "/articles/2020/01/000000000006/",
      "/articles/2020/01/000000000007/",
      "/newspapers/alhayat/",
      "/newspapers/alhayat/2020/01/",
    ]);
    expect(plan.removed).toEqual([]);
  });

  it("re-renders as few pages for a day of news when every article is generated (the sample notice on every page names no count)", () => {
    const generated = (articles: ArticleSource[]) =>
      articles.map((a) => ({ ...a, frontMatter: { ...a.frontMatter, generated: true as const } }));
    const before = signaturesOf(generated(old));
    const after = signaturesOf(generated([...old, article(7, "2020-01-07")]));
    const plain = planRender(
      signaturesOf(old),
      signaturesOf([...old, article(7, "2020-01-07")]),
      () => true,
    );
    expect([...planRender(before, after, () => true).render].sort()).toEqual(
      [...plain.render].sort(),
    );
  });

  it("removes the page of a deleted article and renders a page whose output file is missing", () => {
    const before = signaturesOf(old);
    const after = signaturesOf(old.filter((a) => a.frontMatter.id !== "000000000006"));
    const missing = "/articles/2020/01/000000000001/";
    const plan = planRender(before, after, (href) => href !== missing);
    // With one article fewer the month's newest page absorbs its page 2 (pages are anchored at the month's oldest item).
    expect(plan.removed.sort()).toEqual([
      "/archive/2020/01/06/",
      "/articles/2020/01/000000000006/",
      "/articles/2020/01/page/2/",
      "/newspapers/alhayat/2020/01/page/2/",
    ]);
    expect([...plan.render].sort()).toEqual([
      "/archive/2020/",
      "/archive/2020/01/",
      "/archive/2020/01/05/", // it has no next day any more
      "/articles/",
      "/articles/2020/01/",
      missing,
      "/articles/2020/01/000000000005/", // lost its newer neighbour
      "/articles/2020/01/page/1/",
      "/newspapers/alhayat/",
      "/newspapers/alhayat/2020/01/",
      "/newspapers/alhayat/2020/01/page/1/",
    ]);
  });

  it("re-renders only the back-dated month's list pages and the lists' totals when an article arrives dated in an old month", () => {
    const months = [
      ...[1, 2, 3, 4, 5, 6].map((n) => article(n, `2020-01-1${n}`)),
      ...[8, 9, 10, 11, 12].map((n) => article(n, `2020-02-1${n - 7}`)),
      ...[13, 14, 15].map((n) => article(n, `2020-03-1${n - 12}`)),
    ];
    const before = signaturesOf(months);
    const after = signaturesOf([...months, article(20, "2020-01-14")]);
    const lists = [...planRender(before, after, () => true).render]
      // Every list page: under /articles/ or /newspapers/, except the article pages themselves.
      .filter((href) => /^\/(articles|newspapers)\//.test(href))
      .filter((href) => !/^\/articles\/\d{4}\/\d\d\/[0-9a-f]{12}\/$/.test(href))
      .sort();
    // January keeps its 3 pages; its two newer pages take the new article; its first page (the
    // oldest items) and every page of February and March stay as they were. The base URLs show totals.
    expect(lists).toEqual([
      "/articles/",
      "/articles/2020/01/",
      "/articles/2020/01/page/2/",
      "/newspapers/alhayat/",
      "/newspapers/alhayat/2020/01/",
      "/newspapers/alhayat/2020/01/page/2/",
    ]);
  });

  it("renders everything when there is no previous build", () => {
    const current = signaturesOf(old);
    expect(planRender(undefined, current, () => true).render.size).toBe(current.size);
  });
});
