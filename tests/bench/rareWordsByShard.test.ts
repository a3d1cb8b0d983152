import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rareWordsByShard } from "../../src/bench/measureSearchMemory.ts";
import { bundleBucketFetcher, chooseQueryShards } from "../../src/search/chooseQueryShards.ts";
import type { ShardsManifest } from "../../src/search/searchPageIndex.ts";
import { buildFixtureSearchSite } from "../search/support/fixtureSearchSite.ts";
import { serveDirectory, type ServedDirectory } from "../search/support/serveDirectory.ts";

let siteDir: string;
let server: ServedDirectory;

beforeAll(async () => {
  siteDir = await buildFixtureSearchSite("rare-words-");
  server = await serveDirectory(siteDir);
});

afterAll(async () => {
  await server?.close();
  if (siteDir) await rm(siteDir, { recursive: true, force: true });
});

describe("rareWordsByShard", () => {
  it("picks words the search page routes to one shard each, taking the shards in turn", async () => {
    const bundleDir = path.join(siteDir, "pagefind");
    const manifest = JSON.parse(
      await readFile(path.join(bundleDir, "shards.json"), "utf8"),
    ) as ShardsManifest;
    const words = await rareWordsByShard(bundleDir, 10);
    expect(words).toHaveLength(10);
    expect(new Set(words).size).toBe(10);
    // Routed as the page routes them, over HTTP: one shard each, a different one each time.
    const fetchBucket = bundleBucketFetcher(`${server.origin}/pagefind/`, manifest.routing);
    const routed: string[] = [];
    for (const word of words) {
      const { load } = await chooseQueryShards(manifest, word, {}, fetchBucket);
      expect(load, word).toHaveLength(1);
      routed.push(load[0]?.name ?? "");
    }
    expect(routed.slice(0, manifest.shards.length).sort()).toEqual(
      manifest.shards.map((shard) => shard.name).sort(),
    );
    for (const [position, name] of routed.entries()) {
      if (position > 0) expect(name, words[position]).not.toBe(routed[position - 1]);
    }
  });
});
