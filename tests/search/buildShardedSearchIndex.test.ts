import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildShardedSearchIndex,
  SHARD_FILTER,
  type SearchShardsManifest,
  type ShardedSearchIndexStats,
} from "../../src/search/buildShardedSearchIndex.ts";
import { searchArchive, type ArchiveSort } from "../../src/search/searchArchive.ts";
import type { SearchHeadline } from "../../src/search/searchRecords.ts";
import { querySet } from "./querySet.ts";
import { loadShardedPagefind, type PagefindModule } from "./support/loadPagefind.ts";
import { serveDirectory, type ServedDirectory } from "./support/serveDirectory.ts";

const fixtureDir = path.resolve("tests/fixtures/search");
let siteDir: string;
let headlines: SearchHeadline[];
let firstBuild: ShardedSearchIndexStats;
let server: ServedDirectory;
let pagefind: PagefindModule;
let shards: SearchShardsManifest["shards"];

async function foundUrls(query: string, sort?: ArchiveSort): Promise<string[]> {
  const results = await searchArchive(
    pagefind,
    { query, sort },
    { shards, shardFilter: SHARD_FILTER },
  );
  return (await Promise.all(results.map((result) => result.data()))).map((data) => data.url);
}

beforeAll(async () => {
  headlines = JSON.parse(await readFile(path.join(fixtureDir, "headlines.json"), "utf8"));
  siteDir = await mkdtemp(path.join(tmpdir(), "search-shards-"));
  await cp(path.join(fixtureDir, "site"), siteDir, { recursive: true });
  firstBuild = await buildShardedSearchIndex({ siteDir, headlines, maxPerShard: 4 });
  server = await serveDirectory(siteDir);
  pagefind = await loadShardedPagefind(
    path.join(siteDir, "pagefind"),
    `${server.origin}/pagefind/`,
  );
  shards = (
    JSON.parse(
      await readFile(path.join(siteDir, "pagefind", "shards.json"), "utf8"),
    ) as SearchShardsManifest
  ).shards;
});

afterAll(async () => {
  await server?.close();
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
});

describe("buildShardedSearchIndex", () => {
  it("packs the fixture's years into date-ordered shards of at most four records", async () => {
    const manifest = JSON.parse(
      await readFile(path.join(siteDir, "pagefind", "shards.json"), "utf8"),
    ) as SearchShardsManifest;
    expect(manifest.shards.map((shard) => [shard.name, shard.pages, shard.headlines])).toEqual([
      ["2010-2016", 4, 0],
      ["2017-2020", 4, 0],
      ["2021-2024", 4, 0],
      ["2025-part1", 3, 1],
      ["2025-part2", 0, 3],
    ]);
    expect(manifest.shards[0]).toMatchObject({ firstDate: "2010-09-09", lastDate: "2016-12-20" });
    expect(firstBuild).toMatchObject({ pagesIndexed: 15, pagesSkipped: 1, shardsRebuilt: 5 });
  });

  it("finds every record of the query set once the shards are merged in the browser's way", async () => {
    for (const { query, finds } of querySet) {
      const urls = await foundUrls(query);
      const names = urls.map((url) => url.split("/").at(-2));
      if (finds.length === 0) expect(urls, query).toEqual([]);
      else expect(names, query).toEqual(expect.arrayContaining(finds));
    }
  });

  it("sorts results by date across shards, newest or oldest first", async () => {
    const newest = ["/articles/2025/04/a10/", "/articles/2022/09/a14/", "/articles/2021/11/a08/"];
    expect(await foundUrls("المملكة", "newest")).toEqual(newest);
    expect(await foundUrls("المملكة", "oldest")).toEqual([...newest].reverse());
    expect(await foundUrls("ريال مدريد", "newest")).toEqual([
      "/headlines/h4/",
      "/articles/2025/04/a07/",
    ]);
  });

  it("re-indexes only the newest shard for a day of news, wherever its headlines sort in the list", async () => {
    // Twelve headlines of one day span several shards; list positions past 9 sort differently as text.
    const sameDay: SearchHeadline[] = Array.from({ length: 12 }, (_, index) => ({
      text: `عنوان رقم ${index + 1} في شريط الأخبار`,
      url: `/headlines/g${index + 1}/`,
      firstSeen: "2025-04-26T10:00:00Z",
    }));
    const before = [...sameDay, ...headlines];
    const bundleSubdir = "pagefind-day";
    await buildShardedSearchIndex({ siteDir, headlines: before, maxPerShard: 4, bundleSubdir });
    const newest: SearchHeadline = {
      text: "وزارة الصحة تعلن حصيلة جديدة",
      url: "/headlines/h0/",
      firstSeen: "2025-04-29T09:00:00Z",
    };
    const after = await buildShardedSearchIndex({
      siteDir,
      headlines: [newest, ...before],
      maxPerShard: 4,
      bundleSubdir,
    });
    const rebuilt = after.shards.filter((shard) => shard.rebuilt).map((shard) => shard.name);
    expect(rebuilt).toEqual([after.shards.at(-1)?.name]);
    expect(after.shards.length).toBeGreaterThan(5);
  });

  it("rebuilds nothing when no page changed, and only the changed page's shard otherwise", async () => {
    const unchanged = await buildShardedSearchIndex({ siteDir, headlines, maxPerShard: 4 });
    expect(unchanged.shardsRebuilt).toBe(0);

    // A headline seen again on a later scrape keeps its record: no shard to rebuild.
    const seenAgain = headlines.map((headline) => ({
      ...headline,
      lastSeen: "2026-01-01T00:00:00Z",
    }));
    const rescraped = await buildShardedSearchIndex({
      siteDir,
      headlines: seenAgain,
      maxPerShard: 4,
    });
    expect(rescraped.shardsRebuilt).toBe(0);

    const page = path.join(siteDir, "articles/2025/04/a07/index.html");
    const html = await readFile(page, "utf8");
    await writeFile(page, html.replace("ثمرة عمل جماعي", "ثمرة عمل جماعي ومثابرة"));
    const changed = await buildShardedSearchIndex({ siteDir, headlines, maxPerShard: 4 });
    expect(changed.shards.filter((shard) => shard.rebuilt).map((shard) => shard.name)).toEqual([
      "2025-part1",
    ]);
  });
});
