import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleBucketFetcher, chooseQueryShards } from "../../src/search/chooseQueryShards.ts";
import { SHARD_FILTER } from "../../src/search/buildShardedSearchIndex.ts";
import { searchArchiveGroups } from "../../src/search/searchArchive.ts";
import {
  createShardedIndex,
  type PagefindModuleApi,
  type ShardsManifest,
} from "../../src/search/searchPageIndex.ts";
import {
  checkedWordsRarestFirst,
  shardsHoldingEveryWord,
} from "../../src/search/shardsHoldingEveryWord.ts";
import { buildFixtureSearchSite } from "./support/fixtureSearchSite.ts";
import { loadFreshPagefind } from "./support/loadPagefind.ts";
import { serveDirectory, type ServedDirectory } from "./support/serveDirectory.ts";

let siteDir: string;
let server: ServedDirectory;
let manifest: ShardsManifest;

beforeAll(async () => {
  siteDir = await buildFixtureSearchSite("shards-holding-every-word-");
  server = await serveDirectory(siteDir);
  manifest = JSON.parse(
    await readFile(path.join(siteDir, "pagefind", "shards.json"), "utf8"),
  ) as ShardsManifest;
});

afterAll(async () => {
  await server?.close();
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
});

function pageIndex() {
  const bundle = `${server.origin}/pagefind/`;
  return createShardedIndex(bundle, "/", {
    runtime: manifest.runtime,
    importPagefind: async (primaryUrl) =>
      (await loadFreshPagefind(
        path.join(siteDir, "pagefind", primaryUrl.slice(bundle.length)),
        primaryUrl,
      )) as unknown as PagefindModuleApi,
  });
}

/** The query's routed shards, the narrowed ones, and both searches' results (ids and URLs). */
async function routedAndNarrowed(query: string) {
  const bundle = `${server.origin}/pagefind/`;
  const chosen = await chooseQueryShards(
    manifest,
    query,
    {},
    bundleBucketFetcher(bundle, manifest.routing),
  );
  const index = pageIndex();
  const narrowed = await shardsHoldingEveryWord(chosen.load, chosen.wordForms, (shard) =>
    index.open([shard]),
  );
  const search = async (shards: readonly ShardsManifest["shards"][number][]) => {
    const groups = await searchArchiveGroups(
      await pageIndex().open(shards),
      { query, wordForms: chosen.wordForms },
      { shards: manifest.shards, shardFilter: SHARD_FILTER },
    );
    const all = [...groups.articles, ...groups.headlines];
    const urls = (await Promise.all(all.map((result) => result.data()))).map((data) => data.url);
    return { ids: all.map((result) => result.id), urls };
  };
  return {
    routed: chosen.load.map((shard) => shard.name),
    narrowed: narrowed.map((shard) => shard.name),
    before: await search(chosen.load),
    after: await search(narrowed),
  };
}

describe("shardsHoldingEveryWord", () => {
  it("leaves out a routed shard where no page holds both words, and the results stay the same in the same order", async () => {
    // أكثر is in 2017-2020 and 2025, الإقامة too, but only an article of 2025 holds both.
    const { routed, narrowed, before, after } = await routedAndNarrowed("أكثر الإقامة");
    expect(routed.sort()).toEqual(["2017-2020", "2025"]);
    expect(narrowed).toEqual(["2025"]);
    expect(before.urls).toEqual(["/articles/2025/04/a10/"]);
    expect(after).toEqual(before);
  });

  it("keeps every shard where a page holds every word", async () => {
    const { routed, narrowed, before, after } = await routedAndNarrowed("الأول الصحة");
    expect(routed.length).toBe(2);
    expect(narrowed.sort()).toEqual(routed.sort());
    expect(after).toEqual(before);
  });

  it("opens no shard for a query with fewer than two checked words", async () => {
    const opened: string[] = [];
    const shards = manifest.shards.slice(0, 3);
    const kept = await shardsHoldingEveryWord(
      shards,
      new Map([["اكثر", ["اكثر"]]]),
      async (shard) => {
        opened.push(shard.name);
        return pageIndex().open([shard]);
      },
    );
    expect(kept).toEqual(shards);
    expect(opened).toEqual([]);
  });

  it("checks the words with the fewest listed forms first, then the longer, and not a broad word", () => {
    const broad = Array.from({ length: 25 }, (_, at) => `حكوم${at}`);
    const words = checkedWordsRarestFirst(
      new Map<string, string[]>([
        ["عمل", ["عمل", "عملكم", "عمليات"]],
        ["حكوم", broad],
        ["اقامه", ["اقامه"]],
        ["اكثر", ["اكثر"]],
        ["زرقاوي", []],
      ]),
    );
    expect(words.map(([word]) => word)).toEqual(["اقامه", "اكثر", "عمل"]);
  });
});
