import { cp, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SearchHeadline } from "../../../src/build/searchHeadlines.ts";
import { buildShardedSearchIndex } from "../../../src/search/buildShardedSearchIndex.ts";
import { fixtureSearchEntries } from "./fixtureSearchEntries.ts";

const fixtureDir = path.resolve("tests/fixtures/search");

/**
 * A copy of the search fixture's site in a new temporary folder (named from `prefix`), indexed in
 * shards of 4 records as the archive is (2010-2016, 2017-2020, 2021-2024, 2025, headlines-2025).
 */
export async function buildFixtureSearchSite(prefix: string): Promise<string> {
  const headlines = JSON.parse(
    await readFile(path.join(fixtureDir, "headlines.json"), "utf8"),
  ) as SearchHeadline[];
  const siteDir = await mkdtemp(path.join(tmpdir(), prefix));
  await cp(path.join(fixtureDir, "site"), siteDir, { recursive: true });
  await buildShardedSearchIndex({
    bundleDir: path.join(siteDir, "pagefind"),
    entries: await fixtureSearchEntries(fixtureDir, headlines, siteDir),
    maxPerShard: 4,
  });
  return siteDir;
}
