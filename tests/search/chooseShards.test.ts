import { describe, expect, it } from "vitest";
import {
  chooseShards,
  type ShardBatchOptions,
  type ShardListing,
} from "../../src/search/chooseShards.ts";

const shard = (name: string, years: Record<string, number>, headlines = 0): ShardListing => ({
  name,
  path: `shards/${name}/`,
  pages: Object.values(years).reduce((a, b) => a + b, 0) - headlines,
  headlines,
  years,
});
// Oldest first and undated last, as planSearchShards writes them to shards.json.
const shards = [
  shard("2010-2014", { "2010": 3000, "2014": 4000 }),
  shard("2015-2016", { "2015": 5000, "2016": 4000 }),
  shard("2017", { "2017": 9000 }),
  shard("2018-part1", { "2018": 6000 }),
  shard("2018-part2", { "2018": 2000 }, 500),
  shard("undated", { undated: 200 }),
];
const names = (list: readonly ShardListing[]) => list.map((s) => s.name);

/** Every batch a search walks through, as lists of shard names. */
function batches(options: ShardBatchOptions): string[][] {
  const walked: string[][] = [];
  const searched: string[] = [];
  for (;;) {
    const batch = chooseShards(shards, { ...options, searched });
    if (batch.load.length === 0) return walked;
    walked.push(names(batch.load));
    searched.push(...names(batch.load));
  }
}

describe("chooseShards", () => {
  it("searches every shard in one batch, newest first and undated last, without a budget", () => {
    const batch = chooseShards(shards, {});
    expect(names(batch.load)).toEqual([
      "2018-part2",
      "2018-part1",
      "2017",
      "2015-2016",
      "2010-2014",
      "undated",
    ]);
    expect(batch.remaining).toEqual([]);
    expect(names(chooseShards(shards, { budget: 0 }).load)).toHaveLength(6);
  });

  it("starts with the newest shards that fit the budget and lists the rest as remaining", () => {
    const batch = chooseShards(shards, { budget: 10_000 });
    expect(names(batch.load)).toEqual(["2018-part2", "2018-part1"]);
    expect(names(batch.remaining)).toEqual(["2017", "2015-2016", "2010-2014", "undated"]);
  });

  it("continues after the shards already searched", () => {
    const batch = chooseShards(shards, { budget: 10_000, searched: ["2018-part2", "2018-part1"] });
    expect(names(batch.load)).toEqual(["2017"]);
    expect(names(batch.remaining)).toEqual(["2015-2016", "2010-2014", "undated"]);
  });

  it("walks newest to oldest in budgeted batches and searches undated shards last", () => {
    expect(batches({ budget: 10_000 })).toEqual([
      ["2018-part2", "2018-part1"],
      ["2017"],
      ["2015-2016"],
      ["2010-2014", "undated"],
    ]);
  });

  it("walks oldest to newest for sort=oldest, undated shards still last", () => {
    expect(batches({ budget: 10_000, sort: "oldest" })).toEqual([
      ["2010-2014"],
      ["2015-2016"],
      ["2017"],
      ["2018-part1", "2018-part2", "undated"],
    ]);
  });

  it("takes one shard per batch when each alone exceeds the budget", () => {
    expect(batches({ budget: 100 })).toEqual([
      ["2018-part2"],
      ["2018-part1"],
      ["2017"],
      ["2015-2016"],
      ["2010-2014"],
      ["undated"],
    ]);
  });

  it("walks only the shards holding a filtered year", () => {
    expect(batches({ year: "2018", budget: 100 })).toEqual([["2018-part2"], ["2018-part1"]]);
    expect(batches({ year: "2014", budget: 10_000, sort: "oldest" })).toEqual([["2010-2014"]]);
    expect(batches({ year: "2018" })).toEqual([["2018-part2", "2018-part1"]]);
  });

  it("opens one shard for a year no shard holds, so the page can say there are no results", () => {
    const batch = chooseShards(shards, { year: "1999", budget: 10_000 });
    expect(names(batch.load)).toEqual(["2018-part2"]);
    expect(batch.remaining).toEqual([]);
    expect(chooseShards(shards, { year: "1999", searched: ["2018-part2"] }).load).toEqual([]);
  });
});
