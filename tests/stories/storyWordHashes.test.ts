import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hashWord } from "../../src/stories/hashWord.ts";
import { storyWordHashes } from "../../src/stories/storyWordHashes.ts";
import { storyWords } from "../../src/stories/storyWords.ts";

const seedPage = readFileSync("/work/shared/seeds/000_5ebd30b5ed3883ee.txt", "utf8");
const mixed = "والحكومة، «الحكومة» أعلنت:اليوم ٣ قرارات… مسئول/مسؤول في ال ق";

describe("storyWordHashes", () => {
  it.each([
    ["a real scraped page", seedPage],
    ["punctuation inside tokens, digits and particles", mixed],
  ])("hashes %s exactly as storyWords does word by word", (_name, text) => {
    const words = storyWords(text);
    const { hashes, isTerm } = storyWordHashes(text);
    expect([...hashes]).toEqual(words.map(hashWord));
    expect([...isTerm]).toEqual(words.map((w) => (w.length >= 3 ? 1 : 0)));
    // Twice, so the second answer comes from the token cache.
    expect([...storyWordHashes(text).hashes]).toEqual(words.map(hashWord));
  });
});
