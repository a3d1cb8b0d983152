import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARD_FILTER } from "../../src/search/buildShardedSearchIndex.ts";
import type { ArchiveQuery } from "../../src/search/searchArchive.ts";
import { searchShardBatch } from "../../src/search/searchShardBatch.ts";
import { buildFixtureSearchSite } from "./support/fixtureSearchSite.ts";
import { loadPagefind, loadShardedPagefind, type PagefindModule } from "./support/loadPagefind.ts";
import { serveDirectory, type ServedDirectory } from "./support/serveDirectory.ts";

let siteDir: string;
let server: ServedDirectory;
/** Every shard merged: 2010-2016, 2017-2020, 2021-2024, 2025, headlines-2025. */
let wholeArchive: PagefindModule;
/** Only 2021-2024 with 2017-2020 merged in. */
let twoShards: PagefindModule;

const batch = (...names: string[]) => names.map((name) => ({ name }));

async function urls(
  pagefind: PagefindModule,
  query: ArchiveQuery,
  shards: { name: string }[],
  wholeIndex = false,
): Promise<string[]> {
  const results = await searchShardBatch(pagefind, query, shards, {
    shardFilter: SHARD_FILTER,
    wholeIndex,
  });
  return (await Promise.all(results.map((result) => result.data()))).map((data) => data.url);
}

beforeAll(async () => {
  siteDir = await buildFixtureSearchSite("search-batch-");
  server = await serveDirectory(siteDir);
  const bundle = path.join(siteDir, "pagefind");
  const bundleUrl = `${server.origin}/pagefind/`;
  wholeArchive = await loadShardedPagefind(bundle, bundleUrl);
  twoShards = await loadPagefind(
    path.join(bundle, "shards/2021-2024/"),
    `${bundleUrl}shards/2021-2024/`,
  );
  await twoShards.mergeIndex(`${bundleUrl}shards/2017-2020/`, { baseUrl: "/" });
});

afterAll(async () => {
  await server?.close();
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
});

describe("searchShardBatch", () => {
  it("finds only the batch's records when the index holds other shards too", async () => {
    const found = await urls(wholeArchive, { query: "العامة" }, batch("2021-2024", "2017-2020"));
    expect([...found].sort()).toEqual(["/articles/2019/01/a03/", "/articles/2022/09/a14/"]);
  });

  it("ranks a filtered batch as one search over those shards alone ranks it", async () => {
    const shards = batch("2021-2024", "2017-2020");
    const filtered = await urls(wholeArchive, { query: "العامة" }, shards);
    expect(filtered).toEqual(await urls(twoShards, { query: "العامة" }, shards, true));
  });

  it("lists a batch newest first, shard after shard, for sort=newest", async () => {
    const query: ArchiveQuery = { query: "العامة", sort: "newest" };
    const expected = ["/articles/2022/09/a14/", "/articles/2019/01/a03/"];
    expect(await urls(wholeArchive, query, batch("2021-2024", "2017-2020"))).toEqual(expected);
    expect(await urls(twoShards, query, batch("2021-2024", "2017-2020"), true)).toEqual(expected);
  });

  it("lists a batch oldest first for sort=oldest", async () => {
    const found = await urls(
      wholeArchive,
      { query: "العامة", sort: "oldest" },
      batch("2010-2016", "2017-2020"),
    );
    expect(found).toEqual([
      "/articles/2016/05/a15/",
      "/articles/2016/12/a02/",
      "/articles/2019/01/a03/",
    ]);
  });

  it("keeps the filters the reader chose and needs every word of the query", async () => {
    const older = batch("2010-2016");
    expect(await urls(wholeArchive, { query: "مشروع الموازنة" }, older)).toEqual([
      "/articles/2016/12/a02/",
    ]);
    expect(await urls(wholeArchive, { query: "مشروع الموازنة" }, batch("2017-2020"))).toEqual([]);
    const inRiyadh = { query: "العامة", filters: { newspaper: "الرياض" } };
    expect(await urls(wholeArchive, inRiyadh, older)).toEqual(["/articles/2016/12/a02/"]);
  });
});
