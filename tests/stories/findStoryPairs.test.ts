import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listMarkdownFiles, parseFrontMatter } from "../../src/site/loadArchive.ts";
import { stripFrontMatter } from "../../src/site/renderArticleBody.ts";
import { articleFrontMatterSchema } from "../../src/archive/articleFrontMatter.ts";
import { dayNumber, fingerprintArticle } from "../../src/stories/fingerprintArticle.ts";
import { findStoryPairs, type StoryCandidate } from "../../src/stories/findStoryPairs.ts";
import { groupStories } from "../../src/stories/groupStories.ts";
import { markdownParagraphs } from "../../src/stories/markdownParagraphs.ts";
import { storySettings } from "../../src/stories/storySettings.ts";

// The real seed article (الحياة, 2017-10-06), two edited copies in other newspapers (retitled,
// paragraphs swapped, trimmed, hamza spelling changed; 1 and 2 days later), the same text
// reprinted six weeks later, and three articles generated from the seed by a Markov chain
// (they share many phrases with it) dated inside the window: the hard non-copies.
const dir = "tests/fixtures/stories/content/articles";
const articles = (await listMarkdownFiles(dir)).map((file) => {
  const text = readFileSync(file, "utf8");
  const parsed = parseFrontMatter(text, articleFrontMatterSchema);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  const fm = parsed.data;
  const { signature } = fingerprintArticle(
    fm.title,
    markdownParagraphs(stripFrontMatter(text)),
    storySettings.minhash,
  );
  return {
    id: fm.id,
    date: fm.date,
    day: dayNumber(fm.date),
    signature,
  } satisfies StoryCandidate & {
    date: string | undefined;
  };
});

const SEED = "2c0a0067ccde";
const OKAZ_COPY = "a1b2c3d4e5f6";
const MADINA_COPY = "b2c3d4e5f6a7";
const REPRINT = "c3d4e5f6a7b8";
const GENERATED = ["d4e5f6a7b8c9", "e5f6a7b8c9d0", "f6a7b8c9d0e1"];

describe("findStoryPairs and groupStories on near-copies and non-copies", () => {
  const pairs = findStoryPairs(articles, storySettings.pairs, storySettings.minhash);
  const stories = groupStories(articles, pairs);

  it("pairs the seed article with both edited copies and the copies with each other", () => {
    expect(pairs).toEqual(
      [
        [SEED, OKAZ_COPY],
        [SEED, MADINA_COPY],
        [OKAZ_COPY, MADINA_COPY],
      ]
        .map(([a, b]) => ((a as string) < (b as string) ? [a, b] : [b, a]))
        .sort(),
    );
  });

  it("names the story after its earliest version, the seed article", () => {
    expect(stories.get(OKAZ_COPY)).toBe(SEED);
    expect(stories.get(MADINA_COPY)).toBe(SEED);
    expect(stories.get(SEED)).toBe(SEED);
  });

  it("keeps the same text reprinted outside the window of days as a story of its own", () => {
    expect(stories.get(REPRINT)).toBe(REPRINT);
  });

  it("keeps articles generated from the seed's phrases apart from it and from each other", () => {
    for (const id of GENERATED) expect(stories.get(id)).toBe(id);
  });

  it("finds, when only the Madina copy is fresh, exactly the clean run's pairs that touch it", () => {
    const fresh = findStoryPairs(
      articles,
      storySettings.pairs,
      storySettings.minhash,
      new Set([MADINA_COPY]),
    );
    expect(fresh).toEqual(pairs.filter((pair) => pair.includes(MADINA_COPY)));
  });

  it("pairs nothing that is undated", () => {
    const undated = articles.map((a) => ({ ...a, day: undefined }));
    expect(findStoryPairs(undated, storySettings.pairs, storySettings.minhash)).toEqual([]);
  });
});
