// The find-the-story query set of a realistic generated corpus (invented names planted in old
// articles, spelling and prefix variants, must-find-nothing queries), run through a real index
// built by `news-archive build`: every query through the real pagefind.js in Node, as the search
// page runs it, and planted stories from every period through the search page in Chromium.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runOurSearch, type StoryOutcome, type StoryQuery } from "../../src/bench/findTheStory.ts";
import { storyQueriesFromTruth } from "../../src/bench/storyQueries.ts";
import { openWatchedPage, serveInChromium } from "../helpers/browser.ts";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const workDir = mkdtempSync(path.join(tmpdir(), "find-the-story-"));
const PAGES = 1200;
const siteDir = path.join(workDir, "site");
let queries: StoryQuery[];
let outcomes: StoryOutcome[];

function run(args: string[]): void {
  const result = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    encoding: "utf8",
    timeout: 280_000,
  });
  if (result.status !== 0) throw new Error(`${args.join(" ")}: ${result.stderr || result.stdout}`);
}

beforeAll(async () => {
  const dir = (name: string) => path.join(workDir, name);
  run([
    "--import",
    "tsx",
    "scripts/generateCorpus.ts",
    "--pages",
    String(PAGES),
    "--out",
    dir("raw"),
    "--manifest",
    dir("manifest.jsonl"),
    "--truth",
    dir("truth"),
  ]);
  run([
    "scripts/news-archive.js",
    "ingest",
    "--input",
    dir("raw"),
    "--content",
    dir("content"),
    "--manifest",
    dir("manifest.jsonl"),
  ]);
  // Shards of 200 records split the archive by years as a large one is split: the search page
  // must route each query to the shards that hold it and merge them.
  run([
    "scripts/news-archive.js",
    "build",
    "--content",
    dir("content"),
    "--out",
    siteDir,
    "--shard-size",
    "200",
  ]);
  queries = await storyQueriesFromTruth(dir("truth"), dir("content"));
  outcomes = await runOurSearch(siteDir, queries);
}, 600_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const onFirstScreen = (outcome: StoryOutcome) => outcome.rank !== undefined && outcome.rank <= 10;

describe(`the find-the-story queries of a generated ${PAGES}-page corpus`, () => {
  it("puts the planted story of every rare-name query on the first screen, the oldest included", () => {
    const rare = outcomes.filter((outcome) => outcome.query.kind === "rare-name");
    expect(rare.length).toBeGreaterThan(0);
    const missed = rare.filter((outcome) => !onFirstScreen(outcome)).map((o) => o.query.query);
    expect(missed.length / rare.length, `missed: ${missed.join(" | ")}`).toBeLessThanOrEqual(0.05);
    const oldest = [...rare].sort((a, b) =>
      (a.query.expectHrefs[0] ?? "").localeCompare(b.query.expectHrefs[0] ?? ""),
    )[0];
    expect(oldest && onFirstScreen(oldest), oldest?.query.query).toBe(true);
  });

  it("finds every expected article of the spelling and prefix variants", () => {
    const variants = outcomes.filter(
      (o) => o.query.kind === "variant" || o.query.kind === "prefix",
    );
    expect(variants.length).toBeGreaterThan(0);
    const lost = variants.filter((o) => o.found < o.query.expectHrefs.length);
    expect(lost.map((o) => o.query.query)).toEqual([]);
  });

  // Pagefind re-stems a query word (فتاب searched as تاب finds التابعة): each word is checked
  // against the forms the directory lists for it, so two invented words find nothing.
  it("finds nothing for the must-find-nothing queries", () => {
    const nothing = outcomes.filter((o) => o.query.expectHrefs.length === 0);
    expect(nothing.length).toBeGreaterThan(0);
    expect(nothing.filter((o) => o.results > 0).map((o) => o.query.query)).toEqual([]);
  });

  // Pagefind ranks each shard's index on its own, so a shard where no page holds every word
  // adds nothing to the ranking: leaving it out must change no query's outcome.
  it("gives every query the same rank, matches and result count as ranking every routed shard, and common words download less", async () => {
    const everyRouted = await runOurSearch(siteDir, queries, { narrowShards: false });
    const outcomeOf = ({ query, rank, found, results }: StoryOutcome) =>
      `${query.query}: rank ${rank}, found ${found}, results ${results}`;
    expect(outcomes.map(outcomeOf)).toEqual(everyRouted.map(outcomeOf));
    const common = (all: StoryOutcome[]) =>
      all.filter((o) => o.query.kind === "common").reduce((sum, o) => sum + o.coldBytes, 0);
    expect(common(outcomes)).toBeLessThan(common(everyRouted));
  }, 600_000);
});

/** The planted stories' queries from oldest to newest story: the two oldest, then every `step`-th. */
function plantedStoriesAcrossTheYears(all: readonly StoryQuery[], count: number): StoryQuery[] {
  const byDate = all
    .filter((query) => query.kind === "rare-name" && query.expectHrefs.length === 1)
    .sort((a, b) => (a.expectHrefs[0] ?? "").localeCompare(b.expectHrefs[0] ?? ""));
  const step = Math.max(1, Math.floor((byDate.length - 2) / (count - 2)));
  return [
    ...byDate.slice(0, 2),
    ...byDate.slice(2).filter((_, at) => at % step === step - 1),
  ].slice(0, count);
}

/** The story page an article's page links to, when the article is one version of a story. */
function storyPageOf(href: string): string | undefined {
  const html = readFileSync(path.join(siteDir, href, "index.html"), "utf8");
  return /href="(\/stories\/[^"]+\/)"/.exec(html)?.[1];
}

describe(`the search page in Chromium over the generated ${PAGES}-page corpus`, () => {
  const served = serveInChromium(siteDir, "/");

  // A story reported by several newspapers shows once, as its best-ranked version with «N نسخ»
  // leading to the story page: that result shows the planted article's story too.
  it("shows each planted story, the two oldest included, among the first ten results of name + place", async () => {
    const planted = plantedStoriesAcrossTheYears(queries, 8);
    const years = planted.map((query) => query.expectHrefs[0]?.split("/")[2]);
    // Spread over the archive's years: the oldest story is from its first years.
    expect(new Set(years).size).toBeGreaterThanOrEqual(6);
    const missed: string[] = [];
    for (const { query, expectHrefs } of planted) {
      const watched = await openWatchedPage(served.browser, { origin: served.server.origin });
      const { page } = watched;
      try {
        await page.goto(`${served.server.url}search/?q=${encodeURIComponent(query)}`);
        const status = page.locator("[data-search-status]");
        // The status line counts results once the first screen is drawn.
        await status.filter({ hasText: /نتيج|نتائج/ }).waitFor({ timeout: 60_000 });
        // Each result's article link, and its «N نسخ» link when it stands for a story's versions.
        const firstScreen = await page
          .locator("[data-search-results] > li")
          .evaluateAll((items) =>
            items.flatMap((item) =>
              [...item.querySelectorAll<HTMLAnchorElement>("h2 a, a.search-result-story")].map(
                (link) => new URL(link.href).pathname,
              ),
            ),
          );
        expect(await page.locator("[data-search-results] > li").count()).toBeLessThanOrEqual(10);
        const href = expectHrefs[0] ?? "";
        if (!firstScreen.includes(href) && !firstScreen.includes(storyPageOf(href) ?? href)) {
          missed.push(`${query} (${href}): ${(await status.textContent()) ?? ""}`);
        }
        expect(watched.problemLines()).toEqual([]);
      } finally {
        await watched.close();
      }
    }
    expect(missed).toEqual([]);
  }, 600_000);
});
