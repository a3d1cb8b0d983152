import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createShardedIndex,
  type PagefindInstance,
  type PagefindModuleApi,
  type ShardSearch,
  type ShardsManifest,
} from "../../src/search/searchPageIndex.ts";
import { buildFixtureSearchSite } from "./support/fixtureSearchSite.ts";
import { startCountingServer } from "../../src/bench/countingServer.ts";
import { searchArchiveGroups } from "../../src/search/searchArchive.ts";
import { loadFreshPagefind, loadShardedPagefind } from "./support/loadPagefind.ts";
import { serveDirectory, type ServedDirectory } from "./support/serveDirectory.ts";

let siteDir: string;
let server: ServedDirectory;
let manifest: ShardsManifest;
let shards: ShardsManifest["shards"];
const imported: string[] = [];

/** What a page's pagefind.js was asked to do: instances created and destroyed, indexes merged. */
interface InstanceCounts {
  created: number;
  destroyed: number;
  merged: number;
}

/** The module with every instance it creates counted in `counts`. */
function countingModule(module: PagefindModuleApi, counts: InstanceCounts): PagefindModuleApi {
  return {
    createInstance(options) {
      const instance = module.createInstance(options);
      counts.created += 1;
      const counted: PagefindInstance = {
        search: (term, searchOptions) => instance.search(term, searchOptions),
        filters: () => instance.filters(),
        mergeIndex: (url, mergeOptions) => {
          counts.merged += 1;
          return instance.mergeIndex(url, mergeOptions);
        },
        destroy: () => {
          counts.destroyed += 1;
          return instance.destroy();
        },
      };
      return counted;
    },
  };
}

/**
 * The page's sharded index over `origin` (the plain server unless given), importing pagefind.js
 * from disk, noting each import and counting its instances in `counts`; `runtime: undefined`
 * opens instances from shards instead.
 */
function pageIndex(
  origin = server.origin,
  { runtime }: { runtime: string | undefined } = { runtime: manifest.runtime },
  counts: InstanceCounts = { created: 0, destroyed: 0, merged: 0 },
) {
  const bundle = `${origin}/pagefind/`;
  return createShardedIndex(bundle, "/", {
    runtime,
    importPagefind: async (primaryUrl) => {
      imported.push(primaryUrl.slice(bundle.length));
      const primaryDir = path.join(siteDir, "pagefind", primaryUrl.slice(bundle.length));
      const module = await loadFreshPagefind(primaryDir, primaryUrl);
      return countingModule(module as unknown as PagefindModuleApi, counts);
    },
  });
}

const shard = (name: string) => {
  const found = shards.find((listed) => listed.name === name);
  if (!found) throw new Error(`no shard ${name}`);
  return found;
};

/** The result URLs of a raw Pagefind search, best first. */
async function urls(pagefind: ShardSearch, term: string): Promise<string[]> {
  const results = (await pagefind.search(term, { filters: { kind: "article" } }))?.results ?? [];
  return (await Promise.all(results.map((result) => result.data()))).map((data) => data.url);
}

type SearchOptions = Parameters<ShardSearch["search"]>[1];

/** Each result of a raw Pagefind search as its score and whole data (URL, excerpt, anchors…), in order. */
async function ranked(
  pagefind: Pick<ShardSearch, "search">,
  term: string,
  options: SearchOptions,
): Promise<string[]> {
  const results = (await pagefind.search(term, options))?.results ?? [];
  const data = await Promise.all(results.map((result) => result.data()));
  return results.map((result, index) => `${result.score} ${JSON.stringify(data[index])}`);
}

/** Queries each answered by one or two shards of the fixture, as a reader's searches route. */
const ROUTED_QUERIES: [string, string[]][] = [
  ["الكويت", ["2010-2016"]],
  ["داعش", ["2017-2020"]],
  ["رعدية", ["2021-2024"]],
  ["برشلونة", ["2025", "headlines-2025"]],
  ["نملة", ["2010-2016"]],
  ["المنورة", ["2017-2020"]],
  ["القهوة", ["2021-2024"]],
  ["العلماء", ["2025"]],
  ["الفلسطيني", ["headlines-2025"]],
  ["العامة", ["2010-2016", "2021-2024"]],
  ["تلميذ", ["2017-2020"]],
  ["الروبوتات", ["2021-2024"]],
];

/** Every URL a query finds (both kinds) in some shards, in rank order. */
async function foundIn(pagefind: ShardSearch, query: string): Promise<string[]> {
  const results = (await pagefind.search(query))?.results ?? [];
  return (await Promise.all(results.map((result) => result.data()))).map((data) => data.url);
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
    expect(one.shards).toEqual([shard("2010-2016").path]);
    const inOne = await urls(one, "العامة");
    expect(inOne.length).toBeGreaterThan(0);
    expect(inOne.length).toBeLessThan(everything.length);
    // The same results in the same order as that shard's part of the earlier, merged search.
    expect(inOne).toEqual(everything.filter((url) => /^\/articles\/201[0-6]\//.test(url)));
    // pagefind.js is imported once for the page's life, from the runtime bundle.
    expect(imported).toEqual(["runtime/"]);
  });

  it("adds a later batch to the newest search, and searches a query of fewer shards in those only", async () => {
    const index = pageIndex();
    const first = await index.open([shard("2025")]);
    expect(first.shards).toEqual([shard("2025").path]);
    const batch = await index.load([shard("2021-2024")]);
    expect(batch.shards).toEqual([shard("2025").path, shard("2021-2024").path]);
    expect(index.size()).toBe(2);
    expect(index.holds(shard("2021-2024"))).toBe(true);
    expect(await urls(batch, "العامة")).toEqual([
      "/articles/2022/09/a14/",
      "/articles/2025/04/a06/",
    ]);
    const three = await index.open([shard("2025"), shard("2021-2024"), shard("2017-2020")]);
    expect(index.size()).toBe(3);
    expect(index.holds(shard("2010-2016"))).toBe(false);
    expect(await urls(three, "العامة")).toEqual([
      "/articles/2022/09/a14/",
      "/articles/2025/04/a06/",
      "/articles/2019/01/a03/",
    ]);
    expect(await urls(await index.open([shard("2025")]), "العامة")).toEqual([
      "/articles/2025/04/a06/",
    ]);
    expect(index.holds(shard("2021-2024"))).toBe(false);
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

  it("opens each shard once however many queries the page runs: later queries create no instance and merge no index", async () => {
    const counts: InstanceCounts = { created: 0, destroyed: 0, merged: 0 };
    const index = pageIndex(server.origin, { runtime: manifest.runtime }, counts);
    const distinct = new Set(ROUTED_QUERIES.flatMap(([, names]) => names));
    const firstRound: string[][] = [];
    for (const [query, names] of ROUTED_QUERIES) {
      firstRound.push(await foundIn(await index.open(names.map(shard)), query));
    }
    // One instance per shard: Pagefind never frees the index an instance decodes (see
    // searchPageIndex.ts), so an instance per query would grow the page's memory with each one.
    expect(counts).toEqual({ created: distinct.size, destroyed: 0, merged: distinct.size });
    const secondRound: string[][] = [];
    for (const [query, names] of [...ROUTED_QUERIES].reverse()) {
      secondRound.unshift(await foundIn(await index.open(names.map(shard)), query));
    }
    expect(counts).toEqual({ created: distinct.size, destroyed: 0, merged: distinct.size });
    expect(secondRound).toEqual(firstRound);
    // Each answer is the one a fresh page gives: a shard opened for an earlier query adds nothing.
    for (const [position, [query, names]] of ROUTED_QUERIES.entries()) {
      const fresh = await foundIn(await pageIndex().open(names.map(shard)), query);
      expect(firstRound[position], query).toEqual(fresh);
      expect(fresh.length, query).toBeGreaterThan(0);
    }
  });

  it("answers overlapping queries each from its own shards, opening a shard both need once", async () => {
    const counts: InstanceCounts = { created: 0, destroyed: 0, merged: 0 };
    const index = pageIndex(server.origin, { runtime: manifest.runtime }, counts);
    // A reader typing on: each query starts before the one before it has opened its shards.
    const typed: [string, string[]][] = [
      ["العامة", ["2010-2016", "2021-2024"]],
      ["الكويت", ["2010-2016"]],
      ["القهوة", ["2021-2024"]],
      ["برشلونة", ["2025", "headlines-2025"]],
    ];
    const opening = typed.map(([, names]) => index.open(names.map(shard)));
    expect(index.size()).toBe(2);
    const answers = await Promise.all(
      opening.map(async (search, position) => foundIn(await search, typed[position]?.[0] ?? "")),
    );
    expect(counts).toEqual({ created: 4, destroyed: 0, merged: 4 });
    expect(answers).toEqual([
      ["/articles/2022/09/a14/", "/articles/2016/12/a02/", "/articles/2016/05/a15/"],
      ["/articles/2015/07/a09/"],
      ["/articles/2022/09/a14/"],
      ["/headlines/h4/", "/articles/2025/04/a07/"],
    ]);
    for (const [position, [query, names]] of typed.entries()) {
      expect(answers[position], query).toEqual(
        await foundIn(await pageIndex().open(names.map(shard)), query),
      );
    }
  });

  it("ranks, filters, sorts and excerpts exactly as one Pagefind instance holding the same shards", async () => {
    const ownMerge = await loadShardedPagefind(
      path.join(siteDir, "pagefind"),
      `${server.origin}/pagefind/`,
    );
    const [fromRuntime, fromShards] = await Promise.all([
      pageIndex().open(shards),
      pageIndex(server.origin, { runtime: undefined }).open(shards),
    ]);
    const searches: [string, SearchOptions][] = [
      ["العامة", { filters: { kind: "article" } }],
      ["مكتبة", {}],
      ["برشلونة", {}],
      ["العامة", { filters: { kind: "article", year: "2012" } }],
      ["العامة", { filters: { kind: "article" }, sort: { date: "desc" } }],
      ["المملكة", { sort: { date: "asc" } }],
    ];
    for (const [term, options] of searches) {
      const expected = await ranked(ownMerge, term, options);
      const label = `${term} ${JSON.stringify(options)}`;
      expect(await ranked(fromRuntime, term, options), label).toEqual(expected);
      expect(await ranked(fromShards, term, options), label).toEqual(expected);
    }
    expect((await ranked(ownMerge, "العامة", { filters: { kind: "article" } })).length).toBe(5);
    expect((await ranked(ownMerge, "برشلونة", {})).length).toBe(2);
    const ownFilters = await (ownMerge as unknown as ShardSearch).filters();
    expect(await fromRuntime.filters()).toEqual(ownFilters);
    expect(await fromShards.filters()).toEqual(ownFilters);
  });

  it("never gives a result from the runtime bundle itself", async () => {
    const runtimeUrl = `${server.origin}/pagefind/${manifest.runtime ?? ""}`;
    const module = await loadFreshPagefind(
      path.join(siteDir, "pagefind", manifest.runtime ?? ""),
      runtimeUrl,
    );
    const runtimeOnly = (module as unknown as PagefindModuleApi).createInstance({
      basePath: runtimeUrl,
      baseUrl: "/",
      noWorker: true,
    });
    for (const query of ["_", "العامة", "مكتبة", "2012"]) {
      expect(await searchArchiveGroups(runtimeOnly, { query }), query).toEqual({
        articles: [],
        headlines: [],
      });
    }
    expect(await runtimeOnly.filters()).toEqual({});
    expect(await (await pageIndex().open([])).search("العامة")).toEqual({ results: [] });
  });
});
