import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex, closeSearchIndexer } from "../../src/search/buildSearchIndex.ts";
import { searchArchive } from "../../src/search/searchArchive.ts";
import { listSiteHtmlFiles, siteUrlOfFile } from "./support/siteHtmlFiles.ts";
import type { SearchHeadline } from "../../src/build/searchHeadlines.ts";
import { querySet } from "./querySet.ts";
import { fixtureSearchEntries } from "./support/fixtureSearchEntries.ts";
import { loadPagefind, type PagefindModule } from "./support/loadPagefind.ts";
import { serveDirectory, type ServedDirectory } from "./support/serveDirectory.ts";

const fixtureDir = path.resolve("tests/fixtures/search");
const siteDir = path.join(fixtureDir, "site");

let workDir: string;
let server: ServedDirectory;
let ours: PagefindModule;
let plain: PagefindModule;
/** Fixture record name (a01, h1) → result URL, and back. */
const urlOf = new Map<string, string>();
const nameOf = new Map<string, string>();

/** Names of what a query finds: plain Pagefind as is, or ours through searchArchive. */
async function foundNames(side: "plain" | "ours", query: string): Promise<string[]> {
  const results =
    side === "plain" ? (await plain.search(query)).results : await searchArchive(ours, { query });
  const data = await Promise.all(results.map((result) => result.data()));
  return data.map((result) => nameOf.get(result.url) ?? result.url);
}

beforeAll(async () => {
  const headlines = JSON.parse(
    await readFile(path.join(fixtureDir, "headlines.json"), "utf8"),
  ) as (SearchHeadline & { key: string })[];
  for (const file of listSiteHtmlFiles(siteDir)) {
    const url = siteUrlOfFile(file);
    urlOf.set(path.basename(path.dirname(file)), url);
  }
  for (const headline of headlines) urlOf.set(headline.key, headline.url);
  for (const [name, url] of urlOf) nameOf.set(url, name);

  workDir = await mkdtemp(path.join(tmpdir(), "search-query-set-"));
  const entries = await fixtureSearchEntries(fixtureDir, headlines);
  for (const [name, arabicMatching] of [
    ["ours", true],
    ["plain", false],
  ] as const) {
    await buildSearchIndex({
      outputPath: path.join(workDir, name, "pagefind"),
      records: entries.map((entry) => entry.load()),
      arabicMatching,
    });
  }
  await closeSearchIndexer();
  server = await serveDirectory(workDir);
  ours = await loadPagefind(
    path.join(workDir, "ours", "pagefind"),
    `${server.origin}/ours/pagefind/`,
  );
  plain = await loadPagefind(
    path.join(workDir, "plain", "pagefind"),
    `${server.origin}/plain/pagefind/`,
  );
});

afterAll(async () => {
  await server?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe("the Arabic query set against a real Pagefind index", () => {
  for (const { query, variation, finds } of querySet) {
    const expectation = finds.length === 0 ? "finds nothing" : `finds ${finds.join(", ")}`;
    it(`${expectation} when searching ${query} (${variation})`, async () => {
      const found = await foundNames("ours", query);
      if (finds.length === 0) expect(found).toEqual([]);
      else expect(found).toEqual(expect.arrayContaining(finds));
    });
  }

  it("recalls at least as many listed records as plain Pagefind, and prints both figures", async () => {
    let expected = 0;
    const recalled = { plain: 0, ours: 0 };
    const emptyWhenExpected = { plain: 0, ours: 0 };
    const negatives = querySet.filter((entry) => entry.finds.length === 0).length;
    for (const { query, finds } of querySet) {
      const found = {
        plain: await foundNames("plain", query),
        ours: await foundNames("ours", query),
      };
      expected += finds.length;
      if (process.env.SEARCH_DEBUG) console.log(query, JSON.stringify(found), finds.join(","));
      for (const side of ["plain", "ours"] as const) {
        recalled[side] += finds.filter((name) => found[side].includes(name)).length;
        if (finds.length === 0 && found[side].length === 0) emptyWhenExpected[side]++;
      }
    }
    const percent = (n: number) => ((100 * n) / expected).toFixed(1);
    console.log(
      `Search recall on ${querySet.length} queries (${expected} expected records):` +
        ` plain Pagefind ${recalled.plain}/${expected} (${percent(recalled.plain)}%),` +
        ` ours ${recalled.ours}/${expected} (${percent(recalled.ours)}%);` +
        ` must-find-nothing queries empty: plain ${emptyWhenExpected.plain}/${negatives},` +
        ` ours ${emptyWhenExpected.ours}/${negatives}`,
    );
    expect(recalled.ours).toBeGreaterThanOrEqual(recalled.plain);
    expect(emptyWhenExpected.ours).toBe(negatives);
  });
});
