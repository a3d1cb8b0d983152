import { describe, expect, it } from "vitest";
import { planSearchShards, type ShardEntry } from "../../src/search/planSearchShards.ts";

const entriesOfYear = (year: number, count: number): ShardEntry[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `/articles/${year}/01/${String(i).padStart(4, "0")}/`,
    date: `${year}-01-${String(count - i).padStart(2, "0")}`,
  }));

const summary = (entries: ShardEntry[], maxPerShard: number) =>
  planSearchShards(entries, { maxPerShard }).map((shard) => [
    shard.name,
    shard.entries.length,
    shard.firstDate,
    shard.lastDate,
  ]);

describe("planSearchShards", () => {
  it("packs consecutive years into one shard while they fit, oldest first", () => {
    expect(
      summary([...entriesOfYear(2016, 3), ...entriesOfYear(2015, 2), ...entriesOfYear(2017, 4)], 5),
    ).toEqual([
      ["2015-2016", 5, "2015-01-01", "2016-01-03"],
      ["2017", 4, "2017-01-01", "2017-01-04"],
    ]);
  });

  it("splits a year bigger than a shard into parts in date order, so ranges never overlap", () => {
    expect(summary([...entriesOfYear(2016, 1), ...entriesOfYear(2017, 7)], 3)).toEqual([
      ["2016", 1, "2016-01-01", "2016-01-01"],
      ["2017-part1", 3, "2017-01-01", "2017-01-03"],
      ["2017-part2", 3, "2017-01-04", "2017-01-06"],
      ["2017-part3", 1, "2017-01-07", "2017-01-07"],
    ]);
  });

  it("puts undated entries in a last shard of their own", () => {
    const plan = planSearchShards(
      [{ id: "/articles/undated/aaaaaaaaaaaa/" }, { id: "headline:0", date: "2017-05-01" }],
      { maxPerShard: 10 },
    );
    expect(plan).toEqual([
      {
        name: "2017",
        entries: [{ id: "headline:0", date: "2017-05-01" }],
        firstDate: "2017-05-01",
        lastDate: "2017-05-01",
      },
      { name: "undated", entries: [{ id: "/articles/undated/aaaaaaaaaaaa/" }] },
    ]);
  });

  it("keeps an older year's shard unchanged when a newer year grows", () => {
    const before = planSearchShards([...entriesOfYear(2015, 4), ...entriesOfYear(2016, 4)], {
      maxPerShard: 5,
    });
    const after = planSearchShards([...entriesOfYear(2015, 4), ...entriesOfYear(2016, 5)], {
      maxPerShard: 5,
    });
    expect(after[0]).toEqual(before[0]);
  });

  it("cuts a big year at month boundaries, so an article added to March changes only March's part", () => {
    const month = (m: string, count: number, from = 0): ShardEntry[] =>
      Array.from({ length: count }, (_, i) => ({
        id: `/articles/2009/${m}/${String(from + i).padStart(4, "0")}/`,
        date: `2009-${m}-${String(from + i + 1).padStart(2, "0")}`,
      }));
    const year = [...month("01", 3), ...month("02", 2), ...month("03", 3), ...month("04", 3)];
    expect(summary(year, 5)).toEqual([
      ["2009-part1", 5, "2009-01-01", "2009-02-02"],
      ["2009-part2", 3, "2009-03-01", "2009-03-03"],
      ["2009-part3", 3, "2009-04-01", "2009-04-03"],
    ]);
    const before = planSearchShards(year, { maxPerShard: 5 });
    const after = planSearchShards([...year, ...month("03", 1, 3)], { maxPerShard: 5 });
    const changed = after.filter(
      (shard, index) => JSON.stringify(shard) !== JSON.stringify(before[index]),
    );
    expect(changed.map((shard) => [shard.name, shard.entries.length])).toEqual([["2009-part2", 4]]);
  });

  it("cuts a month bigger than a shard at day boundaries, and a day bigger than a shard by count", () => {
    const entries: ShardEntry[] = ["01", "01", "02", "02", "02", "02", "02", "02", "03"].map(
      (day, i) => ({ id: `/articles/2009/05/${i}/`, date: `2009-05-${day}` }),
    );
    expect(summary([...entries, ...entriesOfYear(2010, 1)], 4)).toEqual([
      ["2009-part1", 2, "2009-05-01", "2009-05-01"],
      ["2009-part2", 4, "2009-05-02", "2009-05-02"],
      ["2009-part3", 2, "2009-05-02", "2009-05-02"],
      ["2009-part4", 1, "2009-05-03", "2009-05-03"],
      ["2010", 1, "2010-01-01", "2010-01-01"],
    ]);
  });

  it("cuts a big year by count when asked, into full parts (headlines only ever arrive newest)", () => {
    const entries: ShardEntry[] = ["01", "01", "02", "03", "03"].map((month, i) => ({
      id: `headline:${i}`,
      date: `2025-${month}-0${i + 1}`,
    }));
    expect(
      planSearchShards(entries, { maxPerShard: 2, yearParts: "count" }).map((shard) => [
        shard.name,
        shard.entries.length,
      ]),
    ).toEqual([
      ["2025-part1", 2],
      ["2025-part2", 2],
      ["2025-part3", 1],
    ]);
  });
});
