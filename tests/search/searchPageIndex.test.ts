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
import { startCountingServer } from "../../src/bench/countingServer.ts";
import { searchArchiveGroups } from "../../src/search/searchArchive.ts";
import { loadFreshPagefind } from "./support/loadPagefind.ts";
import { serveDirectory, type ServedDirectory } from "./support/serveDirectory.ts";

let siteDir: string;
let server: ServedDirectory;
let manifest: ShardsManifest;
let shards: ShardsManifest["shards"];
const imported: string[] = [];

/**
 * The page's sharded index over `origin` (the plain server unless given), importing pagefind.js
 * from disk and noting each import; `runtime: undefined` opens instances from shards instead.
 */
function pageIndex(
  origin = server.origin,
  { runtime }: { runtime: string | undefined } = { runtime: manifest.runtime },
) {
  const bundle = `${origin}/pagefind/`;
  return createShardedIndex(bundle, "/", {
    runtime,
    importPagefind: async (primaryUrl) => {
      imported.push(primaryUrl.slice(bundle.length));
      const primaryDir = path.join(siteDir, "pagefind", primaryUrl.slice(bundle.length));
      return (await loadFreshPagefind(primaryDir, primaryUrl)) as unknown as PagefindModuleApi;
    },
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

/** Each result of a raw Pagefind search as its score and whole data (URL, excerpt, anchors…), in order. */
async function ranked(
  pagefind: PagefindModule,
  term: string,
  options: Parameters<PagefindModule["search"]>[1],
): Promise<string[]> {
  const results = (await pagefind.search(term, options))?.results ?? [];
  const data = await Promise.all(results.map((result) => result.data()));
  return results.map((result, index) => `${result.score} ${JSON.stringify(data[index])}`);
}

beforeAll(async () => {
  siteDir = await buildFixtureSearchSite("search-page-index-");
  server = await serveDirectory(siteDir);
  manifest = JSON.parse(
    await readFile(path.join(siteDir, "pagefind", "shards.json"), "utf8"),
  ) as ShardsManifest;
  shards = manifest.shards;
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
    // pagefind.js is imported once for the page's life, from the runtime bundle.
    expect(imported).toEqual(["runtime/"]);
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

  it("downloads the wasm and pagefind.js once per page: a query on shards no earlier query opened fetches index files only", async () => {
    const counting = await startCountingServer(siteDir, { browserCache: true });
    try {
      imported.length = 0;
      const index = pageIndex(counting.origin);
      expect(await urls(await index.open([shard("2025")]), "العامة")).toBeDefined();
      expect(counting.take().byKind.wasm).toBeGreaterThan(50_000);
      // Another shard: a new instance (the first holds a shard this query does not need).
      const found = await urls(await index.open([shard("2010-2016")]), "العامة");
      expect(found.length).toBeGreaterThan(0);
      const second = counting.take();
      // The runtime's entry (always revalidated), then the new shard's files: no wasm, no script.
      const fetched = Object.entries(second.byKind).filter(([, bytes]) => bytes > 0);
      expect(fetched.map(([kind]) => kind).sort()).toEqual(
        expect.arrayContaining(["entry", "index", "meta"]),
      );
      for (const [kind] of fetched)
        expect(["entry", "filter", "fragment", "index", "meta"]).toContain(kind);
      expect(imported).toEqual(["runtime/"]);
    } finally {
      await counting.close();
    }
  });

  it("ranks, filters, sorts and excerpts exactly as an instance opened from a shard", async () => {
    const articleShards = shards.filter((listed) => !listed.name.startsWith("headlines"));
    const [fromRuntime, fromShard] = await Promise.all([
      pageIndex().open(articleShards),
      pageIndex(server.origin, { runtime: undefined }).open(articleShards),
    ]);
    const searches: [string, Parameters<PagefindModule["search"]>[1]][] = [
      ["العامة", { filters: { kind: "article" } }],
      ["مكتبة", {}],
      ["العامة", { filters: { kind: "article", year: "2012" } }],
      ["العامة", { filters: { kind: "article" }, sort: { date: "desc" } }],
    ];
    for (const [term, options] of searches) {
      const expected = await ranked(fromShard, term, options);
      expect(
        await ranked(fromRuntime, term, options),
        `${term} ${JSON.stringify(options)}`,
      ).toEqual(expected);
    }
    expect((await ranked(fromShard, "العامة", { filters: { kind: "article" } })).length).toBe(5);
    expect(await fromRuntime.filters()).toEqual(await fromShard.filters());
  });

  it("never gives a result from the runtime bundle itself", async () => {
    const runtimeOnly = await pageIndex().open([]);
    for (const query of ["_", "العامة", "مكتبة", "2012"]) {
      expect(await searchArchiveGroups(runtimeOnly, { query }), query).toEqual({
        articles: [],
        headlines: [],
      });
    }
    expect(await runtimeOnly.filters()).toEqual({});
  });
});
