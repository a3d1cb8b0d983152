import { describe, expect, it } from "vitest";
import { MIN_BAR, yearChartModel } from "../../src/search/yearChartModel.ts";

describe("yearChartModel", () => {
  it("has a bar for every year from the first to the last with results, empty years included", () => {
    const chart = yearChartModel({ "2017": 1, "2015": 3, "2014": 0, undated: 4 }, "2017");
    expect(chart.bars.map((bar) => [bar.year, bar.label, bar.selected])).toEqual([
      ["2015", "2015: 3 نتائج", false],
      ["2016", "2016: لا نتائج", false],
      ["2017", "2017: نتيجة واحدة", true],
    ]);
  });

  it("scales heights to the busiest year and keeps a lone result visible", () => {
    const chart = yearChartModel({ "2010": 1000, "2011": 500, "2012": 1, "2013": 2 });
    expect(chart.bars.map((bar) => bar.height)).toEqual([100, 50, MIN_BAR, MIN_BAR]);
    expect(chart.bars.map((bar) => bar.countText)).toEqual(["1,000", "500", "1", "2"]);
    expect(chart.bars.map((bar) => bar.label)).toEqual([
      "2010: 1,000 نتيجة",
      "2011: 500 نتيجة",
      "2012: نتيجة واحدة",
      "2013: نتيجتان",
    ]);
  });

  it("has no bars when nothing was found", () => {
    expect(yearChartModel({ "2017": 0 }).bars).toEqual([]);
  });
});
