import { describe, expect, it } from "vitest";
import {
  countResultsByYear,
  searchByKind,
  shardIdsInDateRange,
  type RunSearch,
} from "../../src/search/searchPageResults.ts";

type Data = { meta: Record<string, string | undefined> };

/** A shard's records as Pagefind would return them, oldest first, recording which dates were read. */
function shardOf(dates: string[], kinds: string[] = []) {
  const loaded: string[] = [];
  const records = dates.map((date, index) => ({
    id: `r${index}`,
    score: 1,
    year: date.slice(0, 4),
    kind: kinds[index] ?? "article",
    data: async (): Promise<Data> => {
      loaded.push(date);
      return { meta: { date } };
    },
  }));
  const run: RunSearch<Data> = async (filters) =>
    records.filter(
      (record) =>
        (!filters.year || record.year === filters.year) &&
        (!filters.kind || record.kind === filters.kind),
    );
  return { run, loaded };
}

describe("shardIdsInDateRange", () => {
  it("keeps every result of a shard whose span lies inside the range without reading a date", async () => {
    const { run, loaded } = shardOf(["2018-01-02", "2019-05-05", "2020-12-30"]);
    const span = { firstDate: "2018-01-02", lastDate: "2020-12-30" };
    const ids = await shardIdsInDateRange(run, {}, { from: "2017-06-01", to: "2021-01-01" }, span);
    expect([...ids]).toEqual(["r0", "r1", "r2"]);
    expect(loaded).toEqual([]);
  });

  it("cuts a shard the range edge passes through by the results' own dates", async () => {
    const { run } = shardOf(["2016-05-05", "2016-12-19", "2016-12-20", "2016-12-31"]);
    const span = { firstDate: "2016-05-05", lastDate: "2016-12-31" };
    const ids = await shardIdsInDateRange(run, {}, { from: "2016-12-20" }, span);
    expect([...ids]).toEqual(["r2", "r3"]);
  });
});

describe("searchByKind and countResultsByYear", () => {
  it("splits articles from headlines unless the reader filtered by kind", async () => {
    const { run } = shardOf(
      ["2017-01-01", "2017-02-01", "2019-03-01"],
      ["article", "headline", "headline"],
    );
    const split = await searchByKind(run, {}, "relevance");
    expect(split.articles.map((r) => r.id)).toEqual(["r0"]);
    expect(split.headlines.map((r) => r.id)).toEqual(["r1", "r2"]);
    const headlinesOnly = await searchByKind(run, { kind: "headline" }, "relevance");
    expect(headlinesOnly.articles).toEqual([]);
    expect(headlinesOnly.headlines.map((r) => r.id)).toEqual(["r1", "r2"]);
  });

  it("counts each year without the reader's year filter and only the kept ids", async () => {
    const { run } = shardOf(["2017-01-01", "2017-02-01", "2019-03-01"]);
    expect(await countResultsByYear(run, { year: "2019" }, ["2017", "2018", "2019"])).toEqual({
      "2017": 2,
      "2018": 0,
      "2019": 1,
    });
    expect(await countResultsByYear(run, {}, ["2017", "2019"], new Set(["r1"]))).toEqual({
      "2017": 1,
      "2019": 0,
    });
  });
});
