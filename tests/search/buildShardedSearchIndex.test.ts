import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildShardedSearchIndex,
  SHARD_FILTER,
  type SearchShardsManifest,
  type ShardedSearchIndexStats,
} from "../../src/search/buildShardedSearchIndex.ts";
import { folderSize } from "../../src/search/folderSize.ts";
import { searchArchive, type ArchiveSort } from "../../src/search/searchArchive.ts";
import type { SearchHeadline } from "../../src/build/searchHeadlines.ts";
import type { SearchEntry } from "../../src/search/searchEntry.ts";
import { fixtureSearchEntries } from "./support/fixtureSearchEntries.ts";
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
  firstBuild = await buildShardedSearchIndex({
    bundleDir: path.join(siteDir, "pagefind"),
    entries: await fixtureSearchEntries(fixtureDir, headlines, siteDir),
    maxPerShard: 4,
  });
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

/** Builds the fixture's index into `bundle` (under the copied site) from its current files. */
async function build(headlineList: SearchHeadline[], bundle = "pagefind") {
  return buildShardedSearchIndex({
    bundleDir: path.join(siteDir, bundle),
    entries: await fixtureSearchEntries(fixtureDir, headlineList, siteDir),
    maxPerShard: 4,
  });
}

/** Every file under a folder with its bytes (base64), by relative path. */
async function readTree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = (await readFile(file)).toString("base64");
  }
  return files;
}

describe("buildShardedSearchIndex", () => {
  it("packs articles and headlines into date-ordered shards of their own, four records at most", async () => {
    const manifest = JSON.parse(
      await readFile(path.join(siteDir, "pagefind", "shards.json"), "utf8"),
    ) as SearchShardsManifest;
    expect(
      manifest.shards.map((shard) => [shard.name, shard.kind, shard.pages, shard.headlines]),
    ).toEqual([
      ["2010-2016", "article", 4, 0],
      ["2017-2020", "article", 4, 0],
      ["2021-2024", "article", 4, 0],
      ["2025", "article", 3, 0],
      ["headlines-2025", "headline", 0, 4],
    ]);
    expect(manifest.shards[0]).toMatchObject({ firstDate: "2010-09-09", lastDate: "2016-12-20" });
    expect(firstBuild).toMatchObject({ pagesIndexed: 15, headlinesIndexed: 4, shardsRebuilt: 5 });
  });

  it("writes the runtime bundle every page instance opens first: Pagefind's script, its Arabic wasm and one record", async () => {
    const manifest = JSON.parse(
      await readFile(path.join(siteDir, "pagefind", "shards.json"), "utf8"),
    ) as SearchShardsManifest;
    expect(manifest.runtime).toBe("runtime/");
    const files = Object.keys(await readTree(path.join(siteDir, "pagefind", "runtime"))).sort();
    expect(files.filter((file) => !/^(index|fragment)\//.test(file))).toEqual([
      "pagefind-entry.json",
      expect.stringMatching(/^pagefind\.ar_[0-9a-f]+\.pf_meta$/),
      "pagefind.js",
      "wasm.ar.pagefind",
    ]);
    const entry = JSON.parse(
      await readFile(path.join(siteDir, "pagefind", "runtime", "pagefind-entry.json"), "utf8"),
    ) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages).toEqual({ ar: expect.objectContaining({ page_count: 1 }) });
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

  it("re-indexes only the newest headline shard for a day of headlines", async () => {
    const sameDay: SearchHeadline[] = Array.from({ length: 12 }, (_, index) => ({
      text: `عنوان رقم ${index + 1} في شريط الأخبار`,
      url: `/headlines/g${index + 1}/`,
      firstSeen: "2025-04-26T10:00:00Z",
    }));
    const before = [...sameDay, ...headlines];
    await build(before, "pagefind-day");
    const newest: SearchHeadline = {
      text: "وزارة الصحة تعلن حصيلة جديدة",
      url: "/headlines/h0/",
      firstSeen: "2025-04-29T09:00:00Z",
    };
    const after = await build([newest, ...before], "pagefind-day");
    const rebuilt = after.shards.filter((shard) => shard.rebuilt).map((shard) => shard.name);
    expect(rebuilt).toEqual([after.shards.at(-1)?.name]);
    expect(after.shards.length).toBeGreaterThan(5);
  });

  it("rebuilds nothing when no record changed, and only the changed article's shard otherwise", async () => {
    const unchanged = await build(headlines);
    expect(unchanged.shardsRebuilt).toBe(0);

    // A headline seen again on a later scrape keeps its record: no shard to rebuild.
    const seenAgain = headlines.map((headline) => ({
      ...headline,
      lastSeen: "2026-01-01T00:00:00Z",
    }));
    expect((await build(seenAgain)).shardsRebuilt).toBe(0);

    const page = path.join(siteDir, "articles/2025/04/a07/index.html");
    const html = await readFile(page, "utf8");
    await writeFile(page, html.replace("ثمرة عمل جماعي", "ثمرة عمل جماعي ومثابرة"));
    const changed = await build(headlines);
    expect(changed.shards.filter((shard) => shard.rebuilt).map((shard) => shard.name)).toEqual([
      "2025",
    ]);
  });

  it("reports the bundle's files and bytes as a walk of its folder finds them, for rebuilt and kept shards alike", async () => {
    const bundleDir = path.join(siteDir, "pagefind-size");
    const first = await build(headlines, "pagefind-size");
    expect(first.shardsRebuilt).toBe(first.shards.length);
    expect(first.bundle).toEqual(folderSize(bundleDir));
    // One new headline: the headline shards are rebuilt, every article shard is kept.
    const newest: SearchHeadline = {
      text: "افتتاح معرض الكتاب في العاصمة",
      url: "/headlines/size1/",
      firstSeen: "2025-05-01T08:00:00Z",
    };
    const second = await build([newest, ...headlines], "pagefind-size");
    const kept = second.shards.filter((shard) => !shard.rebuilt);
    expect(kept.map((shard) => shard.name)).toEqual(["2010-2016", "2017-2020", "2021-2024", "2025"]);
    expect(second.bundle).toEqual(folderSize(bundleDir));
    expect(second.bundle.files).toBeGreaterThan(first.shards.length * 3);
  });

  it("re-indexes only the shard of an earlier month for an article dated there, and matches a clean build byte for byte", async () => {
    // Three months of 2009 articles: a year too big for one shard of 4.
    const monthOf = (month: string, count: number, from = 0): SearchEntry[] =>
      Array.from({ length: count }, (_, index): SearchEntry => {
        const url = `/articles/2009/${month}/m${from + index + 1}/`;
        const date = `2009-${month}-1${from + index}`;
        const text = `خبر رقم ${from + index + 1} من شهر ${month} عن افتتاح مكتبة عامة`;
        return {
          id: url,
          kind: "article",
          date,
          signature: text,
          load: () => ({
            url,
            kind: "article",
            title: text,
            bodyHtml: `<p>${text}</p>`,
            bodyText: text,
            date,
          }),
        };
      });
    const fixture = await fixtureSearchEntries(fixtureDir, headlines, siteDir);
    const build2009 = (articles: SearchEntry[], bundle: string) =>
      buildShardedSearchIndex({
        bundleDir: path.join(siteDir, bundle),
        entries: [...fixture, ...articles],
        maxPerShard: 4,
      });
    const before = [...monthOf("01", 3), ...monthOf("02", 3), ...monthOf("03", 3)];
    await build2009(before, "pagefind-month");
    // A day of news brings an article published in January (an older page scraped late).
    const after = [...before, ...monthOf("01", 1, 3)];
    const incremental = await build2009(after, "pagefind-month");
    const rebuilt = incremental.shards.filter((shard) => shard.rebuilt);
    expect(rebuilt.map((shard) => [shard.name, shard.pages])).toEqual([["2009-part1", 4]]);
    await build2009(after, "pagefind-month-clean");
    expect(await readTree(path.join(siteDir, "pagefind-month"))).toEqual(
      await readTree(path.join(siteDir, "pagefind-month-clean")),
    );
  });
});
