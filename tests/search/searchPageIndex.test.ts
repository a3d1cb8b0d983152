import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createShardedIndex,
  type PagefindModule,
  type PagefindModuleApi,
  type ShardsManifest,
} from "../../src/search/searchPageIndex.ts";
import { buildFixtureSearchSite } from "./support/fixtureSearchSite.ts";
import { loadPagefind } from "./support/loadPagefind.ts";
import { serveDirectory, type ServedDirectory } from "./support/serveDirectory.ts";

let siteDir: string;
let server: ServedDirectory;
let bundleUrl: string;
let shards: ShardsManifest["shards"];
const imported: string[] = [];

/** The page's sharded index, importing pagefind.js from disk and noting each import. */
function pageIndex() {
  return createShardedIndex(bundleUrl, "/", async (primaryUrl) => {
    imported.push(primaryUrl);
    const shardDir = path.join(siteDir, "pagefind", primaryUrl.slice(bundleUrl.length));
    return (await loadPagefind(shardDir, primaryUrl)) as unknown as PagefindModuleApi;
  });
}

const shard = (name: string) => {
  const found = shards.find((listed) => listed.name === name);
  if (!found) throw new Error(`no shard ${name}`);
  return found;
};

/** The result URLs of a raw Pagefind search, best first. */
async function urls(pagefind: PagefindModule, term: string): Promise<string[]> {
  const results = (await pagefind.search(term, { filters: { kind: "article" } }))?.results ?? [];
  return (await Promise.all(results.map((result) => result.data()))).map((data) => data.url);
}

beforeAll(async () => {
  siteDir = await buildFixtureSearchSite("search-page-index-");
  server = await serveDirectory(siteDir);
  bundleUrl = `${server.origin}/pagefind/`;
  shards = (
    JSON.parse(
      await readFile(path.join(siteDir, "pagefind", "shards.json"), "utf8"),
    ) as ShardsManifest
  ).shards;
});

afterAll(async () => {
  await server?.close();
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
});

describe("the search page's sharded index", () => {
  it("searches only the shards a later query opens, not every shard an earlier query opened", async () => {
    imported.length = 0;
    const index = pageIndex();
    const articleShards = shards.filter((listed) => !listed.name.startsWith("headlines"));
    const everything = await urls(await index.open(articleShards), "العامة");
    expect(everything.length).toBe(5);

    const one = await index.open([shard("2010-2016")]);
    expect(index.size()).toBe(1);
    const inOne = await urls(one, "العامة");
    expect(inOne.length).toBeGreaterThan(0);
    expect(inOne.length).toBeLessThan(everything.length);
    // The same results in the same order as that shard's part of the earlier, merged search.
    expect(inOne).toEqual(everything.filter((url) => /^\/articles\/201[0-6]\//.test(url)));
    // pagefind.js is imported once for the page's life; later instances come from it.
    expect(imported).toEqual([bundleUrl + articleShards[0]?.path]);
  });

  it("merges a later batch into the same instance, and keeps it for a query of the shards it holds", async () => {
    const index = pageIndex();
    const first = await index.open([shard("2025")]);
    const batch = await index.load([shard("2021-2024")]);
    expect(batch).toBe(first);
    expect(index.size()).toBe(2);
    expect(await index.open([shard("2025"), shard("2021-2024")])).toBe(first);
    // A query needing more shards than it holds merges them in rather than starting over.
    expect(await index.open([shard("2025"), shard("2021-2024"), shard("2017-2020")])).toBe(first);
    expect(index.size()).toBe(3);
    expect(index.holds(shard("2010-2016"))).toBe(false);
  });
});
