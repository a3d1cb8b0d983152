import { describe, expect, it } from "vitest";
import { nextBatchLabel, searchStatusText, yearSpan } from "../../src/search/searchProgressText.ts";

type Years = { years: Record<string, number> }[];
const recent: Years = [{ years: { "2025": 3000 } }, { years: { "2020": 900, "2023": 1200 } }];
const older: Years = [{ years: { "2015": 800, "2019": 700 } }];
const withUndated: Years = [{ years: { "2006": 100 } }, { years: { undated: 40 } }];
const undatedOnly: Years = [{ years: { undated: 40 } }];

describe("yearSpan", () => {
  it("spans the oldest to the newest dated year whatever the shard order", () => {
    expect(yearSpan(recent)).toBe("2020–2025");
    expect(yearSpan([{ years: { "2017": 9000 } }])).toBe("2017");
  });

  it("leaves out undated records and is empty when only they remain", () => {
    expect(yearSpan(withUndated)).toBe("2006");
    expect(yearSpan(undatedOnly)).toBe("");
  });
});

describe("searchStatusText", () => {
  it("says how many results so far and in which years while older news remains", () => {
    expect(
      searchStatusText({ query: "حكومة", count: 1234, searched: recent, complete: false }),
    ).toBe("1,234 نتيجة لـ «حكومة» في أخبار 2020–2025 حتى الآن.");
  });

  it("says which years found nothing while older news remains", () => {
    expect(searchStatusText({ query: "حكومة", count: 0, searched: recent, complete: false })).toBe(
      "لا نتائج في أخبار 2020–2025 لـ «حكومة».",
    );
  });

  it("names the undated news once the search has reached it", () => {
    expect(
      searchStatusText({ query: "حكومة", count: 0, searched: withUndated, complete: false }),
    ).toBe("لا نتائج في أخبار 2006 والأخبار غير المؤرخة لـ «حكومة».");
  });

  it("gives the plain count once the whole archive was searched", () => {
    expect(searchStatusText({ query: "حكومة", count: 5, searched: recent, complete: true })).toBe(
      "5 نتائج لـ «حكومة».",
    );
    expect(searchStatusText({ query: "حكومة", count: 0, searched: recent, complete: true })).toBe(
      "لا نتائج لـ «حكومة».",
    );
  });
});

describe("searchStatusText with plurals, a date range and both kinds", () => {
  it("writes the Arabic plural of نتيجة for the count", () => {
    const text = (count: number) =>
      searchStatusText({ query: "حكومة", count, searched: recent, complete: true });
    expect([1, 2, 3, 11, 100].map(text)).toEqual([
      "نتيجة واحدة لـ «حكومة».",
      "نتيجتان لـ «حكومة».",
      "3 نتائج لـ «حكومة».",
      "11 نتيجة لـ «حكومة».",
      "100 نتيجة لـ «حكومة».",
    ]);
  });

  it("names the date range and how many articles and headlines were found", () => {
    expect(
      searchStatusText({
        query: "حكومة",
        count: 12,
        searched: recent,
        complete: true,
        range: { from: "2016-03-01", to: "2017-06-30" },
        kinds: { articles: 3, headlines: 9 },
      }),
    ).toBe("12 نتيجة لـ «حكومة» من 1 مارس 2016 إلى 30 يونيو 2017: 3 مقالات و9 عناوين.");
    expect(
      searchStatusText({
        query: "حكومة",
        count: 0,
        searched: recent,
        complete: true,
        range: { to: "2017-06-30" },
      }),
    ).toBe("لا نتائج لـ «حكومة» حتى 30 يونيو 2017.");
  });
});

describe("nextBatchLabel", () => {
  it("offers older news with its years, or newer news for sort=oldest", () => {
    expect(nextBatchLabel(older, "relevance")).toBe("ابحث في الأخبار الأقدم (2015–2019)");
    expect(nextBatchLabel(recent, "oldest")).toBe("ابحث في الأخبار الأحدث (2020–2025)");
  });

  it("names undated news in a batch that holds some", () => {
    expect(nextBatchLabel(withUndated, "newest")).toBe(
      "ابحث في الأخبار الأقدم (2006) والأخبار غير المؤرخة",
    );
    expect(nextBatchLabel(undatedOnly, "oldest")).toBe("ابحث في الأخبار غير المؤرخة");
  });
});
