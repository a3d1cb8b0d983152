import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleFrontMatterSchema } from "../../src/archive/articleFrontMatter.ts";
import { listMarkdownFiles, parseFrontMatter } from "../../src/site/loadArchive.ts";
import { stripFrontMatter } from "../../src/site/renderArticleBody.ts";
import { dayNumber, fingerprintArticle } from "../../src/stories/fingerprintArticle.ts";
import { findStoryPairs } from "../../src/stories/findStoryPairs.ts";
import { groupStories } from "../../src/stories/groupStories.ts";
import { markdownParagraphs } from "../../src/stories/markdownParagraphs.ts";
import { storySettings } from "../../src/stories/storySettings.ts";

// The real seed article (الحياة, 2017-10-06); a close rewrite of it two days later (new title and
// lead, seven of its fifteen paragraphs: four verbatim with their quotes, three reworded or cut,
// two sentences of its own); and a follow-up the same day by another newspaper about the same
// people (وينتر، فوتل، «أعماق») written independently: another story.
const dir = "tests/fixtures/stories/rewrites/articles";
const articles = (await listMarkdownFiles(dir)).map((file) => {
  const text = readFileSync(file, "utf8");
  const parsed = parseFrontMatter(text, articleFrontMatterSchema);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
  const { id, date, title } = parsed.data;
  const { signature } = fingerprintArticle(
    title,
    markdownParagraphs(stripFrontMatter(text)),
    storySettings.minhash,
  );
  return { id, date, day: dayNumber(date), signature };
});

const SEED = "2c0a0067ccde";
const REWRITE = "a7b8c9d0e1f2";
const FOLLOW_UP = "b8c9d0e1f2a3";

describe("findStoryPairs on a close rewrite and an independent follow-up", () => {
  const pairs = findStoryPairs(articles, storySettings.pairs, storySettings.minhash);
  const stories = groupStories(articles, pairs);

  it("pairs the seed article with its close rewrite, and nothing else", () => {
    expect(pairs).toEqual([[SEED, REWRITE]]);
    expect(stories.get(REWRITE)).toBe(SEED);
  });

  it("keeps the follow-up that shares only names and topic a story of its own", () => {
    expect(stories.get(FOLLOW_UP)).toBe(FOLLOW_UP);
  });
});
