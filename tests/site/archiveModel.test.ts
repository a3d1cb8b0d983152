import { describe, expect, it } from "vitest";
import { article } from "./articleSourceFixture.ts";
import { buildArchiveModel } from "../../src/site/archiveModel.ts";
import { assignNewspaperSlugs, compareArticles } from "../../src/site/articleRecords.ts";
import { createDateText } from "../../src/site/formatDates.ts";
import { paginate } from "../../src/site/paginate.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import { splitSitemap } from "../../src/site/splitSitemap.ts";
import { jsonForScriptElement } from "../../src/site/structuredData.ts";

const config = resolveSiteConfig({
  baseUrl: "https://example.org",
  pathPrefix: "/",
  itemsPerPage: 2,
});

const sources = [
  article("aaaaaaaaaaa1", "الحياة", "2017-10-06", { paper: "alhayat" }),
  article("aaaaaaaaaaa2", "الحياة", "2017-10-02", { paper: "alhayat" }),
  article("aaaaaaaaaaa3", "الحياة", "2019-03-15", { paper: "alhayat" }),
  article("bbbbbbbbbbb1", "الرياض", "2017-11-20"),
  article("bbbbbbbbbbb2", "الرياض", undefined),
];

describe("date labels", () => {
  it("formats 6 October 2017 as 16 Muharram 1439 in the Umm al-Qura calendar", () => {
    const labels = createDateText({ locale: "ar", digits: "latn" }).labels("2017-10-06");
    expect(labels.gregorian).toBe("6 أكتوبر 2017");
    expect(labels.hijri).toBe("16 محرم 1439 هـ");
  });

  it("writes dates with Arabic-Indic digits when the site asks for them", () => {
    const labels = createDateText({ locale: "ar", digits: "arab" }).labels("2025-03-05");
    expect(labels.gregorian).toBe("٥ مارس ٢٠٢٥");
    expect(labels.hijri).toBe("٥ رمضان ١٤٤٦ هـ");
  });
});

describe("pagination", () => {
  const hrefs = (pages: ReturnType<typeof paginate<string>>) =>
    pages.map((p) => [p.href, p.items.join(""), p.newerHref, p.olderHref]);

  it("anchors pages at the oldest item and gives the newest page the remainder at the base URL", () => {
    expect(hrefs(paginate(["g", "f", "e", "d", "c", "b", "a"], 2, "/articles/"))).toEqual([
      ["/articles/", "gfe", undefined, "/articles/page/2/"],
      ["/articles/page/2/", "dc", "/articles/", "/articles/page/1/"],
      ["/articles/page/1/", "ba", "/articles/page/2/", undefined],
    ]);
  });

  it("leaves every older page unchanged when a new item arrives", () => {
    const before = paginate(["f", "e", "d", "c", "b", "a"], 2, "/l/");
    const after = paginate(["g", "f", "e", "d", "c", "b", "a"], 2, "/l/");
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]?.items).toEqual(["g", "f", "e"]);
  });

  it("keeps a short or empty list on one page so its URL exists", () => {
    expect(hrefs(paginate(["b", "a"], 5, "/h/"))).toEqual([["/h/", "ba", undefined, undefined]]);
    expect(hrefs(paginate([], 10, "/headlines/"))).toEqual([
      ["/headlines/", "", undefined, undefined],
    ]);
  });
});

describe("archive model", () => {
  const model = buildArchiveModel({ articles: sources, headlines: [] }, config);

  it("sorts articles newest first with undated articles last", () => {
    expect(model.articles.map((a) => a.id)).toEqual([
      "aaaaaaaaaaa3",
      "bbbbbbbbbbb1",
      "aaaaaaaaaaa1",
      "aaaaaaaaaaa2",
      "bbbbbbbbbbb2",
    ]);
    expect(compareArticles({ date: "2017-01-01", id: "b" }, { date: "2017-01-01", id: "a" })).toBe(
      1,
    );
  });

  it("groups dated articles by year and month with Arabic month names and counts", () => {
    expect(
      model.years.map((y) => [
        y.year,
        y.countLabel,
        y.months.map((m) => `${m.name}:${m.count}:${m.href}`),
      ]),
    ).toEqual([
      ["2019", "مقال واحد", ["مارس:1:/archive/2019/03/"]],
      ["2017", "3 مقالات", ["نوفمبر:1:/archive/2017/11/", "أكتوبر:2:/archive/2017/10/"]],
    ]);
  });

  it("links each article to the older and newer article of the same newspaper only", () => {
    const byId = new Map(model.articles.map((a) => [a.id, a]));
    const middle = byId.get("aaaaaaaaaaa1");
    expect(middle?.next?.href).toBe("/articles/2019/03/aaaaaaaaaaa3/");
    expect(middle?.previous?.href).toBe("/articles/2017/10/aaaaaaaaaaa2/");
    expect(byId.get("bbbbbbbbbbb1")?.previous?.href).toBe("/articles/undated/bbbbbbbbbbb2/");
    expect(byId.get("bbbbbbbbbbb1")?.next).toBeUndefined();
  });

  it("lists each newspaper by month under its slug, its undated articles last, and the undated articles under /archive/undated/", () => {
    expect(model.newspaperViews.map((v) => [v.href, v.items.map((a) => a.id)])).toEqual([
      ["/newspapers/alhayat/", ["aaaaaaaaaaa3"]],
      ["/newspapers/alhayat/2019/03/", ["aaaaaaaaaaa3"]],
      ["/newspapers/alhayat/2017/10/", ["aaaaaaaaaaa1", "aaaaaaaaaaa2"]],
      [expect.stringMatching(/^\/newspapers\/n-[0-9a-f]{8}\/$/), ["bbbbbbbbbbb1"]],
      [expect.stringMatching(/^\/newspapers\/n-[0-9a-f]{8}\/2017\/11\/$/), ["bbbbbbbbbbb1"]],
      [expect.stringMatching(/^\/newspapers\/n-[0-9a-f]{8}\/undated\/$/), ["bbbbbbbbbbb2"]],
    ]);
    expect(model.undatedViews.map((v) => v.href)).toEqual(["/archive/undated/"]);
  });

  it("lists all dated articles by calendar month, the newest month also at /articles/ with its canonical URL there", () => {
    expect(
      model.articleViews.map((v) => [v.href, v.canonicalHref, v.isNewest, v.pageLabel, v.items.length]),
    ).toEqual([
      ["/articles/", "/articles/", true, "", 1],
      ["/articles/2019/03/", "/articles/", false, "مارس 2019", 1],
      ["/articles/2017/11/", "/articles/2017/11/", false, "نوفمبر 2017", 1],
      ["/articles/2017/10/", "/articles/2017/10/", false, "أكتوبر 2017", 2],
    ]);
    // The pager walks across months and never links the newest month's copy of the base page.
    expect(model.articleViews.map((v) => [v.newerHref, v.olderHref])).toEqual([
      [undefined, "/articles/2017/11/"],
      [undefined, "/articles/2017/11/"],
      ["/articles/", "/articles/2017/10/"],
      ["/articles/2017/11/", undefined],
    ]);
  });

  it("summarises the archive with its date range", () => {
    expect(model.summary.articleCountLabel).toBe("5 مقالات");
    expect(model.summary.firstDateLabel).toBe("2 أكتوبر 2017");
    expect(model.summary.lastDateLabel).toBe("15 مارس 2019");
  });
});

describe("newspaper slugs", () => {
  it("uses the aggregator slug when one newspaper owns it and a name hash otherwise", () => {
    const slugs = assignNewspaperSlugs([
      { source: "الحياة", paper: "alhayat" },
      { source: "الرياض", paper: "shared" },
      { source: "اليوم", paper: "shared" },
      { source: "الوطن", paper: "../evil" },
    ]);
    expect(slugs.get("الحياة")).toBe("alhayat");
    expect(slugs.get("الرياض")).toMatch(/^n-[0-9a-f]{8}$/);
    expect(slugs.get("اليوم")).not.toBe(slugs.get("الرياض"));
    expect(slugs.get("الوطن")).toMatch(/^n-[0-9a-f]{8}$/);
  });
});

describe("sitemap splitting", () => {
  const urls = ["https://e/1", "https://e/2", "https://e/3", "https://e/4", "https://e/5"];

  it("keeps one sitemap.xml when the URLs fit", () => {
    expect(splitSitemap(urls, 5)).toEqual({
      index: undefined,
      files: [{ path: "/sitemap.xml", urls }],
    });
  });

  it("splits into numbered files listed by an index when over the limit", () => {
    expect(splitSitemap(urls, 2)).toEqual({
      index: ["/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"],
      files: [
        { path: "/sitemap-1.xml", urls: ["https://e/1", "https://e/2"] },
        { path: "/sitemap-2.xml", urls: ["https://e/3", "https://e/4"] },
        { path: "/sitemap-3.xml", urls: ["https://e/5"] },
      ],
    });
  });
});

describe("JSON-LD serialisation", () => {
  it("cannot close its script element however the title is written", () => {
    const json = jsonForScriptElement({ headline: "</script><script>alert(1)</script> & more" });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ headline: "</script><script>alert(1)</script> & more" });
  });
});
