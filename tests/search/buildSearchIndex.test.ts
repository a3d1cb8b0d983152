import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSearchIndex,
  closeSearchIndexer,
  type SearchIndexStats,
} from "../../src/search/buildSearchIndex.ts";
import { normalizeSearchQuery } from "../../src/search/normalizeSearchQuery.ts";
import type { SearchHeadline } from "../../src/build/searchHeadlines.ts";
import { originalContent } from "../../src/search/searchRecord.ts";
import { fixtureSearchEntries } from "./support/fixtureSearchEntries.ts";
import {
  loadPagefind,
  type PagefindModule,
  type PagefindResultData,
} from "./support/loadPagefind.ts";
import { serveDirectory, type ServedDirectory } from "./support/serveDirectory.ts";

const fixtureDir = path.resolve("tests/fixtures/search");
let workDir: string;
let server: ServedDirectory;
let pagefind: PagefindModule;
let stats: SearchIndexStats;

async function search(
  query: string,
  options?: Parameters<PagefindModule["search"]>[1],
): Promise<PagefindResultData[]> {
  const found = await pagefind.search(normalizeSearchQuery(query), options);
  return Promise.all(found.results.map((result) => result.data()));
}

beforeAll(async () => {
  const headlines = JSON.parse(
    await readFile(path.join(fixtureDir, "headlines.json"), "utf8"),
  ) as SearchHeadline[];
  workDir = await mkdtemp(path.join(tmpdir(), "search-index-"));
  const entries = await fixtureSearchEntries(fixtureDir, headlines);
  stats = await buildSearchIndex({
    outputPath: path.join(workDir, "pagefind"),
    records: entries.map((entry) => entry.load()),
  });
  await closeSearchIndexer();
  server = await serveDirectory(workDir);
  pagefind = await loadPagefind(path.join(workDir, "pagefind"), `${server.origin}/pagefind/`);
});

afterAll(async () => {
  await server?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe("buildSearchIndex", () => {
  it("indexes the fifteen articles and four headlines it is given", () => {
    expect(stats).toMatchObject({ pagesIndexed: 15, headlinesIndexed: 4 });
    expect(stats.bytesWritten).toBeGreaterThan(0);
  });

  it("writes pagefind.js and the index but not Pagefind's unused UI bundles", async () => {
    const files = await readdir(path.join(workDir, "pagefind"));
    expect(files).toEqual(
      expect.arrayContaining(["pagefind.js", "pagefind-entry.json", "wasm.ar.pagefind"]),
    );
    expect(files.filter((file) => file.includes("-ui"))).toEqual([]);
  });

  it("indexes no page it was not given, such as the home page", async () => {
    expect(await search("مرحبا")).toEqual([]);
  });

  it("gives an article its title, newspaper and date, and filters kind, newspaper and year", async () => {
    const [result] = await search("خلافة افتراضية");
    expect(result?.url).toBe("/articles/2017/10/a01/");
    expect(result?.meta).toMatchObject({
      title: "«داعش» يتجه لإنشاء «خلافة افتراضية» مقرها الفضاء الإلكتروني",
      newspaper: "الحياة",
      date: "2017-10-06",
    });
    expect(result?.filters).toEqual({ kind: ["article"], newspaper: ["الحياة"], year: ["2017"] });
  });

  it("keeps the added search terms out of a result's original text", async () => {
    const result = (await search("والحكومة")).find((found) => found.url.includes("/a02/"));
    expect(result?.content).toContain("حكومه");
    const original = originalContent(result?.content ?? "");
    expect(original).toContain("والحكومة");
    expect(original).not.toContain("حكومه");
    expect(original.endsWith("\u2063")).toBe(false);
  });

  it("indexes a ticker headline as its own record with kind headline", async () => {
    const found = await search("فلسطيني", { filters: { kind: "headline" } });
    expect(found.map((result) => result.url).sort()).toEqual(["/headlines/h1/", "/headlines/h2/"]);
    expect(found[0]?.filters.kind).toEqual(["headline"]);
  });

  it("narrows results with the newspaper filter", async () => {
    const found = await search("المملكة", { filters: { newspaper: "الرياض" } });
    expect(found.map((result) => result.url).sort()).toEqual([
      "/articles/2022/09/a14/",
      "/articles/2025/04/a10/",
    ]);
  });

  it("sorts by date, newest first", async () => {
    const found = await search("المملكة", { sort: { date: "desc" } });
    expect(found.map((result) => result.meta.date)).toEqual([
      "2025-04-26",
      "2022-09-30",
      "2021-11-03",
    ]);
  });
});
