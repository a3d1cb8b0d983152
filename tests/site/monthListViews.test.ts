import { describe, expect, it } from "vitest";
import { buildArticleRecords } from "../../src/site/articleRecords.ts";
import { monthListViews, splitIntoListMonths } from "../../src/site/monthListViews.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import { article } from "./articleSourceFixture.ts";

const config = resolveSiteConfig({ itemsPerPage: 2 });
const arabicDigits = resolveSiteConfig({ itemsPerPage: 2, digits: "arab" });

const march = ["01", "05", "09", "12", "20", "28", "30"].map((day, i) =>
  article(`aaaaaaaaaa${i}0`, "الحياة", `2015-03-${day}`),
);
const april = article("bbbbbbbbbbb1", "الحياة", "2015-04-02");
const undated = article("ccccccccccc1", "الحياة", undefined);
const records = buildArticleRecords([...march, april, undated], config);

describe("lists keyed by calendar month", () => {
  it("pages a long month from its oldest article and labels each page with its month and page of the month", () => {
    const views = monthListViews(
      splitIntoListMonths(records, "/articles/", config),
      2,
      "/articles/",
      "كل المقالات",
      config,
    );
    expect(views.map((v) => [v.href, v.pagerLabel, v.items.map((a) => a.date?.slice(8))])).toEqual([
      ["/articles/", "أبريل 2015", ["02"]],
      ["/articles/2015/04/", "أبريل 2015", ["02"]],
      ["/articles/2015/03/", "مارس 2015 · الصفحة 3 من 3", ["30", "28", "20"]],
      ["/articles/2015/03/page/2/", "مارس 2015 · الصفحة 2 من 3", ["12", "09"]],
      ["/articles/2015/03/page/1/", "مارس 2015 · الصفحة 1 من 3", ["05", "01"]],
    ]);
    expect(views.map((v) => [v.newerHref, v.olderHref])).toEqual([
      [undefined, "/articles/2015/03/"],
      [undefined, "/articles/2015/03/"],
      ["/articles/", "/articles/2015/03/page/2/"],
      ["/articles/2015/03/", "/articles/2015/03/page/1/"],
      ["/articles/2015/03/page/2/", undefined],
    ]);
  });

  it("writes the page numbers in the site's digits", () => {
    const views = monthListViews(
      splitIntoListMonths(records, "/l/", arabicDigits),
      2,
      "/l/",
      "القائمة",
      arabicDigits,
    );
    expect(views.at(-1)?.pageLabel).toBe("مارس ٢٠١٥ · الصفحة ١ من ٣");
  });

  it("puts undated articles in a last month of their own only when asked to", () => {
    const withUndated = splitIntoListMonths(records, "/newspapers/alhayat/", config, "بلا تاريخ");
    expect(withUndated.map((m) => [m.key, m.label, m.href, m.items.length])).toEqual([
      ["2015-04", "أبريل 2015", "/newspapers/alhayat/2015/04/", 1],
      ["2015-03", "مارس 2015", "/newspapers/alhayat/2015/03/", 7],
      ["undated", "بلا تاريخ", "/newspapers/alhayat/undated/", 1],
    ]);
    expect(splitIntoListMonths(records, "/articles/", config).map((m) => m.key)).toEqual([
      "2015-04",
      "2015-03",
    ]);
  });

  it("keeps an empty list as one page at its base URL", () => {
    expect(monthListViews([], 2, "/articles/", "كل المقالات", config)).toEqual([
      expect.objectContaining({ href: "/articles/", items: [], isNewest: true, olderHref: undefined }),
    ]);
  });
});
