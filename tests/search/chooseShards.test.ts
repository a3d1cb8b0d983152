import { describe, expect, it } from "vitest";
import { chooseShards, type ShardListing } from "../../src/search/chooseShards.ts";

const shard = (name: string, years: Record<string, number>): ShardListing => ({
  name,
  path: `shards/${name}/`,
  pages: Object.values(years).reduce((a, b) => a + b, 0),
  headlines: 0,
  years,
});
// Oldest first, as in shards.json.
const shards = [
  shard("2010-2014", { "2010": 3000, "2014": 4000 }),
  shard("2015-2016", { "2015": 5000, "2016": 4000 }),
  shard("2017", { "2017": 9000 }),
  shard("undated", { undated: 200 }),
];
const names = (choice: { load: ShardListing[] }) => choice.load.map((s) => s.name);

describe("chooseShards", () => {
  it("loads every shard, newest first, without a budget", () => {
    expect(names(chooseShards(shards, {}))).toEqual(["undated", "2017", "2015-2016", "2010-2014"]);
    expect(chooseShards(shards, {}).partial).toBe(false);
  });

  it("loads only the newest dated shards that fit the budget and says the search is partial", () => {
    const choice = chooseShards(shards, { budget: 20_000 });
    expect(names(choice)).toEqual(["2017", "2015-2016"]);
    expect(choice.partial).toBe(true);
  });

  it("loads the newest shard even when it alone exceeds the budget", () => {
    expect(names(chooseShards(shards, { budget: 100 }))).toEqual(["2017"]);
  });

  it("loads only the shards holding a filtered year, whatever the budget", () => {
    const choice = chooseShards(shards, { year: "2014", budget: 100 });
    expect(names(choice)).toEqual(["2010-2014"]);
    expect(choice.partial).toBe(false);
  });
});
