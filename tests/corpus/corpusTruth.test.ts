import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureCorpusStatistics } from "../../src/corpus/corpusStatistics.ts";
import {
  readCorpusTruth,
  type CorpusTruth,
  type StoryTruth,
} from "../../src/corpus/corpusTruth.ts";
import { writeCorpus } from "../../src/corpus/writeCorpus.ts";
import { decodePageBytes } from "../../src/ingest/decodePageBytes.ts";
import { runIngest } from "../../src/ingest/runIngest.ts";
import { normalizeArabic } from "../../src/search/normalizeArabic.ts";

const work = mkdtempSync(join(tmpdir(), "corpus-truth-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const raw = join(work, "raw");
const manifestPath = join(work, "manifest.jsonl");
const truthDir = join(work, "truth");
const content = join(work, "content");
// 1,100 pages hold all 40 planted stories of the first 1,000 pages and 11 sampled articles.
const PAGES = 1100;
let truth: CorpusTruth;
let articles: { url: string; title: string; text: string; date: string; source: string }[];

beforeAll(async () => {
  writeCorpus({ pages: PAGES, seed: 11, outDir: raw, manifestPath, truthDir });
  truth = readCorpusTruth(truthDir);
  await runIngest({ inputDir: raw, contentDir: content, manifestPath, workers: 0 });
  const dir = join(content, "articles");
  articles = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => {
      const { data, content: body } = matter(
        readFileSync(join(entry.parentPath, entry.name), "utf8"),
      );
      return {
        url: String(data.url),
        title: String(data.title),
        date: String(data.date),
        source: String(data.source),
        text: normalizeArabic(`${String(data.title)}\n${body.replace(/\\/g, "")}`),
      };
    });
}, 240_000);

const manifestUrls = (): Set<string> =>
  new Set(
    readFileSync(manifestPath, "utf8")
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { url: string }).url),
  );

describe("the corpus truth files", () => {
  it("list one story line per ingested article, with the newspaper and date ingest reads from the page", () => {
    expect(truth.stories.length).toBe(articles.length);
    const byUrl = new Map(truth.stories.map((story) => [story.url, story]));
    expect(byUrl.size).toBe(truth.stories.length);
    for (const article of articles) {
      const story = byUrl.get(article.url) as StoryTruth;
      expect(story, article.url).toBeDefined();
      expect(story.newspaper).toBe(article.source);
      expect(story.date).toBe(article.date);
    }
  });

  it("expect only URLs that are in the manifest, and every kind of query", () => {
    const urls = manifestUrls();
    for (const query of truth.queries) {
      for (const url of query.expectUrls) expect(urls.has(url), query.query).toBe(true);
      expect(query.expectUrls.length === 0).toBe(query.kind === "nothing");
    }
    const kinds = new Set(truth.queries.map((query) => query.kind));
    expect([...kinds].sort()).toEqual(["common", "nothing", "prefix", "rare-name", "variant"]);
  });

  it("plant 40 old stories spread over 2006–2025 whose name and place no other article prints", () => {
    const planted = truth.queries.filter(
      (query) => query.kind === "rare-name" && query.query.split(" ").length >= 3,
    );
    const plantedNames = planted.filter((query) =>
      /^\S+ (?:بن \S+ )?ال\S+ ال\S+$/u.test(query.query),
    );
    expect(plantedNames.length).toBeGreaterThanOrEqual(40);
    const years = new Set(plantedNames.map((query) => query.year));
    expect(years.size).toBe(20);
    // Every article printing a word, by whole word; a place also after a clitic (بالفريعة).
    const printedIn = new Map<string, Set<string>>();
    for (const article of articles) {
      for (const word of article.text.split(/\s+/u)) {
        const bare = word.replace(/^[وفبكل]{1,2}(?=ال)/u, "");
        for (const form of new Set([word, bare])) {
          printedIn.set(form, (printedIn.get(form) ?? new Set()).add(article.url));
        }
      }
    }
    for (const query of plantedNames.slice(0, 40)) {
      const [family = "", place = ""] = query.query.split(" ").slice(-2).map(normalizeArabic);
      expect([...(printedIn.get(family) ?? [])], query.query).toEqual(query.expectUrls);
      expect([...(printedIn.get(place) ?? [])], query.query).toEqual(query.expectUrls);
    }
  });

  it("name queries that must find nothing with words that are never printed together", () => {
    const nothing = truth.queries.filter((query) => query.kind === "nothing");
    expect(nothing.length).toBeGreaterThanOrEqual(40);
    for (const query of nothing) {
      const words = normalizeArabic(query.query).split(" ");
      const stems = words.map((word) => word.replace(/^ال/u, ""));
      expect(articles.filter((a) => stems.every((stem) => a.text.includes(stem)))).toEqual([]);
    }
  });

  it("find the sampled article by its rarest words", () => {
    const rare = truth.queries.filter(
      (query) => query.kind === "rare-name" && !/ال\S+ ال\S+$/u.test(query.query),
    );
    expect(rare.length).toBeGreaterThanOrEqual(8);
    for (const query of rare) {
      const words = normalizeArabic(query.query).split(" ");
      const target = articles.find((a) => a.url === query.expectUrls[0]);
      for (const word of words) expect(target?.text, query.query).toContain(word);
    }
  });

  it("give a story's syndicated versions one story id in 2–4 newspapers, other titles and dates at most 2 days apart", () => {
    const byStory = new Map<string, StoryTruth[]>();
    for (const story of truth.stories) {
      byStory.set(story.storyId, [...(byStory.get(story.storyId) ?? []), story]);
    }
    const syndicated = [...byStory.values()].filter((versions) =>
      versions.some((version) => version.version === "copy"),
    );
    expect(syndicated.length).toBeGreaterThan(20);
    const inStories = [...byStory.values()].filter((v) => v.length > 1).flat().length;
    expect(inStories / truth.stories.length).toBeGreaterThan(0.15);
    expect(inStories / truth.stories.length).toBeLessThan(0.4);
    const byUrl = new Map(articles.map((article) => [article.url, article]));
    for (const versions of syndicated) {
      expect(versions.length).toBeLessThanOrEqual(5);
      const original = versions.find((version) => version.version === "original") as StoryTruth;
      for (const copy of versions.filter((version) => version.version === "copy")) {
        expect(copy.newspaper).not.toBe(original.newspaper);
        const days = (Date.parse(copy.date) - Date.parse(original.date)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThanOrEqual(2);
        const [a, b] = [byUrl.get(original.url), byUrl.get(copy.url)];
        expect(b?.title).not.toBe(a?.title);
        expect(b?.text).not.toBe(a?.text);
        // A near-copy: most of the original's words are still there.
        const words = new Set(a?.text.split(/\s+/u));
        const kept = (b?.text.split(/\s+/u) ?? []).filter((word) => words.has(word)).length;
        expect(kept / (b?.text.split(/\s+/u).length ?? 1)).toBeGreaterThan(0.7);
      }
    }
  });

  it("give a story's rewrites another title, a good share of the original's sentences and sentences of their own", () => {
    const byUrl = new Map(articles.map((article) => [article.url, article]));
    const originals = new Map(
      truth.stories
        .filter((story) => story.version === "original")
        .map((story) => [story.storyId, story]),
    );
    // Runs of six words (the normalised text has no punctuation left to split sentences on).
    const runs = (text = ""): string[] => {
      const words = text.split(/\s+/u).filter((word) => word !== "");
      return words.slice(5).map((_, i) => words.slice(i, i + 6).join(" "));
    };
    const rewrites = truth.stories.filter((story) => story.version === "rewrite");
    expect(rewrites.length).toBeGreaterThan(5);
    for (const rewrite of rewrites) {
      const original = originals.get(rewrite.storyId) as StoryTruth;
      const [a, b] = [byUrl.get(original.url), byUrl.get(rewrite.url)];
      expect(b?.title).not.toBe(a?.title);
      const theirs = new Set(runs(a?.text));
      const mine = runs(b?.text);
      const shared = mine.filter((run) => theirs.has(run)).length / mine.length;
      // Close, not a copy: sentences kept verbatim (others reworded or dropped), and new ones.
      expect(shared, rewrite.url).toBeGreaterThan(0.1);
      expect(shared, rewrite.url).toBeLessThan(0.9);
    }
  });

  it("never print a story id or truth field in a page", () => {
    for (const file of readdirSync(raw)) {
      const page = decodePageBytes(readFileSync(join(raw, file)));
      expect(page.ok).toBe(true);
      if (page.ok) expect(page.text).not.toMatch(/story-\d|"version"|storyId|expectUrls/u);
    }
  });

  it("are the same bytes when the corpus is written again", () => {
    const again = join(work, "again");
    writeCorpus({
      pages: PAGES,
      seed: 11,
      outDir: join(again, "raw"),
      truthDir: join(again, "truth"),
    });
    for (const file of ["stories.jsonl", "queries.jsonl"]) {
      expect(
        readFileSync(join(again, "truth", file)).equals(readFileSync(join(truthDir, file))),
      ).toBe(true);
    }
  });
});

describe("the corpus vocabulary", () => {
  it("grows with the archive like real text (Heaps' law), far beyond the old generator's ~1,000 words", () => {
    const stats = measureCorpusStatistics({ seed: 3, checkpoints: [500, 1000, 2000] });
    const [half, one, two] = stats.curve;
    expect(one?.words).toBeGreaterThan(10_000);
    expect((two?.words ?? 0) / (one?.words ?? 1)).toBeGreaterThan(1.35);
    expect((one?.words ?? 0) / (half?.words ?? 1)).toBeGreaterThan(1.35);
    expect(stats.heaps.beta).toBeGreaterThan(0.45);
    expect(stats.heaps.beta).toBeLessThan(0.75);
    // Function words dominate: the commonest word is in nearly every article, half the words in one.
    expect(stats.frequencies.top[0] / stats.frequencies.articles).toBeGreaterThan(0.9);
    expect(stats.frequencies.hapaxShare).toBeGreaterThan(0.35);
  }, 120_000);
});
