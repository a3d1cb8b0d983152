import { describe, expect, it } from "vitest";
import {
  calendarDay,
  isInDateRange,
  parseDateRange,
  yearsInDateRange,
} from "../../src/search/parseDateRange.ts";
import { resultsInDateRange } from "../../src/search/resultsInDateRange.ts";

const params = (query: string) => new URLSearchParams(query);

describe("parseDateRange", () => {
  it("reads from and to as calendar days", () => {
    expect(parseDateRange(params("q=x&from=2016-03-01&to=2017-12-31"))).toEqual({
      from: "2016-03-01",
      to: "2017-12-31",
    });
    expect(parseDateRange(params("to=2017-02-28"))).toEqual({ to: "2017-02-28" });
  });

  it("drops a bound that is not a real day and swaps bounds given in the wrong order", () => {
    expect(parseDateRange(params("from=2017-02-30&to=2018-1-5"))).toEqual({});
    expect(parseDateRange(params("from=<script>&to=2017-01-01"))).toEqual({ to: "2017-01-01" });
    expect(parseDateRange(params("from=2019-12-31&to=2017-01-01"))).toEqual({
      from: "2017-01-01",
      to: "2019-12-31",
    });
  });

  it("accepts 29 February only in a leap year", () => {
    expect(calendarDay("2016-02-29")).toBe("2016-02-29");
    expect(calendarDay("2017-02-29")).toBeUndefined();
  });
});

describe("isInDateRange and yearsInDateRange", () => {
  const range = { from: "2016-03-01", to: "2017-06-30" };

  it("includes both bounds and leaves undated records out of a limited range", () => {
    expect(isInDateRange("2016-03-01", range)).toBe(true);
    expect(isInDateRange("2017-06-30T23:00:00Z", range)).toBe(true);
    expect(isInDateRange("2016-02-29", range)).toBe(false);
    expect(isInDateRange(undefined, range)).toBe(false);
    expect(isInDateRange(undefined, {})).toBe(true);
  });

  it("lists the years the range reaches into", () => {
    expect(yearsInDateRange(["2015", "2016", "2017", "2018", "undated"], range)).toEqual([
      "2016",
      "2017",
    ]);
    expect(yearsInDateRange(["2015", "2016"], { to: "2015-05-01" })).toEqual(["2015"]);
  });
});

describe("resultsInDateRange", () => {
  const dates = [
    "2010-09-01",
    "2016-02-29",
    "2016-03-01",
    "2016-12-01",
    "2017-06-30",
    "2019-01-01",
  ];
  const results = [...dates, undefined, undefined].map((date, index) => ({
    id: `r${index}`,
    date,
  }));

  it("keeps the results between the bounds, loading only a few dates", async () => {
    const loaded: string[] = [];
    const dateOf = async (result: (typeof results)[number]) => {
      loaded.push(result.id);
      return result.date;
    };
    const kept = await resultsInDateRange(
      results,
      { from: "2016-03-01", to: "2017-06-30" },
      dateOf,
    );
    expect([...kept]).toEqual(["r2", "r3", "r4"]);
    expect(new Set(loaded).size).toBeLessThanOrEqual(6);
  });

  it("leaves undated results out of an open-ended range and keeps all without a range", async () => {
    const dateOf = async (result: (typeof results)[number]) => result.date;
    expect([...(await resultsInDateRange(results, { from: "2017-01-01" }, dateOf))]).toEqual([
      "r4",
      "r5",
    ]);
    expect((await resultsInDateRange(results, {}, dateOf)).size).toBe(8);
    expect((await resultsInDateRange([], { to: "2017-01-01" }, dateOf)).size).toBe(0);
  });
});
