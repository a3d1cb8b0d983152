// The reader's pages as data: days, month calendars, year bars, newspaper coverage, the headline
// timeline, breadcrumbs, «في مثل هذا اليوم» and the generated-sample notice.
import { describe, expect, it } from "vitest";
import { article } from "./articleSourceFixture.ts";
import type { HeadlineFrontMatter } from "../../src/archive/articleFrontMatter.ts";
import { buildArchiveModel } from "../../src/site/archiveModel.ts";
import {
  digitFamily,
  fontFaceCss,
  latinDigitScale,
  listFontFiles,
} from "../../src/site/fontFaces.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";

const config = resolveSiteConfig({
  baseUrl: "https://example.org",
  itemsPerPage: 2,
  headlinesPerPage: 2,
});

const fromSauress = { aggregator: "sauress.com", paper: "alhayat", generated: true as const };
const articles = [
  article("aaaaaaaaaaa1", "الحياة", "2017-10-06", fromSauress),
  article("aaaaaaaaaaa2", "الحياة", "2017-10-06", fromSauress),
  article("aaaaaaaaaaa3", "الحياة", "2017-10-02", fromSauress),
  article("aaaaaaaaaaa4", "الحياة", "2015-10-06", fromSauress),
  article("bbbbbbbbbbb1", "الرياض", "2017-10-06", { generated: true }),
  article("bbbbbbbbbbb2", "الرياض", "2019-03-15"),
];

function headline(
  key: string,
  firstSeen: string,
  lastSeen: string,
  articleId?: string,
): HeadlineFrontMatter {
  return {
    key,
    text: `عنوان الشريط ${key}`,
    seen: 2,
    firstSeen,
    lastSeen,
    ...(articleId ? { article: articleId } : {}),
  };
}
const headlines = [
  headline("c00000000001", "2017-10-06T08:00:00.000Z", "2017-10-06T20:00:00.000Z", "aaaaaaaaaaa1"),
  headline("c00000000002", "2017-10-06T09:00:00.000Z", "2017-10-09T09:00:00.000Z"),
  headline("c00000000003", "2017-10-02T09:00:00.000Z", "2017-10-02T09:00:00.000Z"),
  headline("c00000000004", "2015-01-01T09:00:00.000Z", "2017-01-01T09:00:00.000Z"),
];

const model = buildArchiveModel({ articles, headlines }, config);

describe("day pages", () => {
  it("gives each day with news a page at /archive/YYYY/MM/DD/, newest first", () => {
    expect(model.dayViews.map((d) => d.href)).toEqual([
      "/archive/2019/03/15/",
      "/archive/2017/10/06/",
      "/archive/2017/10/02/",
      "/archive/2015/10/06/",
    ]);
  });

  it("groups a day's articles by newspaper and links the nearest days with news, skipping empty days", () => {
    const day = model.dayViews[1]!;
    expect(day.heading).toBe("أخبار 6 أكتوبر 2017");
    expect(day.countLabel).toBe("3 مقالات");
    expect(day.newspapersLabel).toBe("صحيفتان");
    expect(day.groups.map((g) => [g.name, g.items.map((a) => a.id)])).toEqual([
      ["الحياة", ["aaaaaaaaaaa1", "aaaaaaaaaaa2"]],
      ["الرياض", ["bbbbbbbbbbb1"]],
    ]);
    expect(day.previous).toEqual({ href: "/archive/2017/10/02/", label: "2 أكتوبر 2017" });
    expect(day.next).toEqual({ href: "/archive/2019/03/15/", label: "15 مارس 2019" });
  });

  it("names every step of a day's breadcrumb: archive › year › month name", () => {
    expect(model.dayViews[1]!.breadcrumb.map((c) => `${c.label} ${c.href}`)).toEqual([
      "الأرشيف /archive/",
      "2017 /archive/2017/",
      "أكتوبر /archive/2017/10/",
    ]);
  });
});

describe("month pages", () => {
  const october = model.monthViews.find((m) => m.href === "/archive/2017/10/")!;

  it("lays the month out from Saturday, with days that have news as links carrying their counts", () => {
    // 1 October 2017 was a Sunday: one empty Saturday cell first.
    expect(october.calendar.weekdays[0]!.long).toBe("السبت");
    expect(october.calendar.weeks[0]![0]).toBeNull();
    const cells = october.calendar.weeks.flat().filter((cell) => cell !== null);
    expect(cells).toHaveLength(31);
    expect(
      cells.filter((cell) => cell.href).map((c) => [c.label, c.href, c.countText, c.countLabel]),
    ).toEqual([
      ["2", "/archive/2017/10/02/", "1", "مقال واحد"],
      ["6", "/archive/2017/10/06/", "3", "3 مقالات"],
    ]);
    expect(october.calendar.weeks.every((week) => week.length === 7)).toBe(true);
  });

  it("states the month's total and links the neighbouring months that have news", () => {
    expect(october.heading).toBe("أكتوبر 2017");
    expect(october.countLabel).toBe("4 مقالات");
    expect(october.daysLabel).toBe("يومان");
    expect(october.previous).toEqual({ href: "/archive/2015/10/", label: "أكتوبر 2015" });
    expect(october.next).toEqual({ href: "/archive/2019/03/", label: "مارس 2019" });
  });
});

describe("year pages", () => {
  it("draws a bar per month, January on the right, the busiest month full height, each linking to its month", () => {
    const chart = model.years.find((y) => y.year === "2017")!.chart;
    expect(chart.bars).toHaveLength(12);
    const january = chart.bars[0]!;
    const october = chart.bars[9]!;
    expect(january.x).toBeGreaterThan(october.x);
    expect(october.href).toBe("/archive/2017/10/");
    expect(october.label).toBe("أكتوبر 2017: 4 مقالات");
    expect(october.height).toBe(chart.baseline - october.y);
    expect(january.href).toBeUndefined();
    expect(january.height).toBe(0);
  });
});

describe("newspaper pages", () => {
  const alhayat = model.newspaperViews.find((v) => v.href === "/newspapers/alhayat/")!;

  it("link to the newspaper's section on its aggregator and state first and last dates", () => {
    expect(alhayat.newspaper.aggregatorHref).toBe("https://sauress.com/alhayat/");
    expect(alhayat.newspaper.firstDate).toBe("2015-10-06");
    expect(alhayat.newspaper.lastDate).toBe("2017-10-06");
  });

  it("chart every month of the covered years, linking a month with articles to that month's list page", () => {
    const chart = alhayat.chart!;
    expect(chart.rows.map((r) => r.label)).toEqual(["2017", "2016", "2015"]);
    expect(chart.cells).toHaveLength(36);
    const linked = chart.cells.filter((c) => c.href);
    expect(linked.map((c) => [c.label, c.href, c.level])).toEqual([
      ["أكتوبر 2017: 3 مقالات", "/newspapers/alhayat/2017/10/", 4],
      ["أكتوبر 2015: مقال واحد", "/newspapers/alhayat/2015/10/", 2],
    ]);
    const october2015 = model.newspaperViews.find((v) => v.href === "/newspapers/alhayat/2015/10/")!;
    expect(october2015.pageLabel).toBe("أكتوبر 2015");
    expect(october2015.monthRuns.map((r) => [r.anchor, r.label])).toEqual([
      ["m-2015-10", "أكتوبر 2015"],
    ]);
    expect(october2015.chart).toBeUndefined();
  });
});

describe("headlines timeline", () => {
  it("groups headlines by the day they first appeared and says «from … to …» only when the days differ", () => {
    const [newest, older] = model.headlineViews;
    expect(newest!.days.map((d) => [d.label, d.href, d.items.map((h) => h.key)])).toEqual([
      ["6 أكتوبر 2017", "/archive/2017/10/06/", ["c00000000002", "c00000000001"]],
    ]);
    const [seenOver4Days, seenOneDay] = newest!.days[0]!.items;
    expect(seenOver4Days!.seenRangeLabel).toBe("من 6 أكتوبر إلى 9 أكتوبر 2017");
    expect(seenOneDay!.seenRangeLabel).toBe("");
    expect(seenOneDay!.article?.href).toBe("/articles/2017/10/aaaaaaaaaaa1/");
    expect(older!.days.map((d) => [d.label, d.href, d.items.map((h) => h.seenRangeLabel)])).toEqual(
      [
        ["2 أكتوبر 2017", "/archive/2017/10/02/", [""]],
        ["1 يناير 2015", undefined, ["من 1 يناير 2015 إلى 1 يناير 2017"]],
      ],
    );
  });

  it("numbers pages as a reader does: the newest page is «الصفحة 1»", () => {
    expect(model.headlineViews.map((v) => [v.href, v.pagerLabel])).toEqual([
      ["/headlines/", "الصفحة 1"],
      ["/headlines/page/1/", "الصفحة 2"],
    ]);
  });
});

describe("article breadcrumbs", () => {
  it("name the newspaper, the year, the month and the day", () => {
    const record = model.articles.find((a) => a.id === "aaaaaaaaaaa3")!;
    expect(record.breadcrumb.map((c) => `${c.label} ${c.href}`)).toEqual([
      "الصحف /newspapers/",
      "الحياة /newspapers/alhayat/",
      "2017 /archive/2017/",
      "أكتوبر /archive/2017/10/",
      "2 أكتوبر /archive/2017/10/02/",
    ]);
  });
});

describe("home page", () => {
  it("shows the same calendar day in earlier years for the newest day in the archive", () => {
    const older = buildArchiveModel(
      { articles: articles.filter((a) => a.frontMatter.date !== "2019-03-15"), headlines },
      config,
    );
    expect(older.home.onThisDay?.dayLabel).toBe("6 أكتوبر");
    expect(older.home.onThisDay?.entries.map((e) => [e.href, e.countLabel])).toEqual([
      ["/archive/2015/10/06/", "مقال واحد"],
    ]);
    expect(model.home.onThisDay?.entries).toEqual([]);
  });

  it("lists the newest articles of every newspaper, the newspaper with the newest article first", () => {
    expect(model.home.latestByNewspaper.map((e) => [e.newspaper.name, e.items.length])).toEqual([
      ["الرياض", 2],
      ["الحياة", 3],
    ]);
  });
});

describe("generated-sample notice", () => {
  it("counts the generated and the real articles when the content declares generated ones", () => {
    expect(model.sample).toEqual({
      totalLabel: "6 مقالات",
      generatedLabel: "5 مقالات",
      realLabel: "مقال واحد",
      allGenerated: false,
    });
    expect(model.articles.find((a) => a.id === "bbbbbbbbbbb2")?.generated).toBe(false);
  });

  it("is absent for content without generated articles", () => {
    const real = articles.map((a) => ({
      ...a,
      frontMatter: { ...a.frontMatter, generated: undefined },
    }));
    expect(buildArchiveModel({ articles: real, headlines }, config).sample).toBeUndefined();
  });
});

describe("digits", () => {
  it("draws Arabic text's Western digits from the same font file and weight, scaled to the Naskh letters", () => {
    const files = listFontFiles().filter((file) => file.subset === "latin");
    const css = fontFaceCss(files, { latin: "U+0000-00FF" });
    const digitFaces = css.split("@font-face").filter((rule) => rule.includes(`"${digitFamily}"`));
    expect(digitFaces).toHaveLength(files.length);
    for (const [i, file] of files.entries()) {
      expect(digitFaces[i]).toContain(`url("fonts/${file.fileName}")`);
      expect(digitFaces[i]).toContain(`font-weight: ${file.weight};`);
      expect(digitFaces[i]).toContain("unicode-range: U+0030-0039;");
      expect(digitFaces[i]).toContain(`size-adjust: ${latinDigitScale};`);
    }
  });
});
