import { describe, expect, it } from "vitest";
import { createPrng } from "../../src/corpus/createPrng.ts";
import { buildMarkovChain, sentencesOf, walkMarkovChain } from "../../src/corpus/markovChain.ts";
import { varyWord } from "../../src/corpus/varySpelling.ts";

describe("createPrng", () => {
  it("repeats its sequence for a seed and keeps int() within both bounds", () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const draws = Array.from({ length: 2000 }, () => a.int(1, 3));
    expect(Array.from({ length: 2000 }, () => b.int(1, 3))).toEqual(draws);
    expect(new Set(draws)).toEqual(new Set([1, 2, 3]));
    expect(createPrng(43).next()).not.toBe(createPrng(42).next());
  });
});

describe("walkMarkovChain", () => {
  it("replays a lone training sentence word for word without backoff", () => {
    const sentence = "يحذر خبراء ومسؤولون من أن تنظيم «داعش» سيعمل على إقامة «خلافة افتراضية».";
    const chain = buildMarkovChain(sentencesOf(sentence));
    const words = walkMarkovChain(chain, createPrng(1), { maxWords: 50, backoff: 0 });
    expect(words.join(" ")).toBe(sentence);
  });

  it("only produces word pairs seen in training with order-2 walks", () => {
    const text =
      "قال الوزير إن الخطة جاهزة. قال الخبير إن الخطة متأخرة. أكد الوزير أن الميزانية جاهزة.";
    const chain = buildMarkovChain(sentencesOf(text));
    const pairs = new Set(
      sentencesOf(text).flatMap((w) => w.slice(1).map((word, i) => `${w[i]} ${word}`)),
    );
    const prng = createPrng(5);
    for (let i = 0; i < 50; i += 1) {
      const words = walkMarkovChain(chain, prng, { maxWords: 20, backoff: 0 });
      words.slice(1).forEach((word, j) => expect(pairs.has(`${words[j]} ${word}`)).toBe(true));
    }
  });
});

describe("varyWord", () => {
  it("writes the spelling variants Arabic search must forgive", () => {
    const variants = new Set<string>();
    const prng = createPrng(9);
    for (let i = 0; i < 400; i += 1) variants.add(varyWord("الحكومة", prng));
    expect(variants).toContain("والحكومة");
    expect(variants).toContain("فالحكومة");
    expect(variants).toContain("الحكومه");
    expect([...variants].some((word) => word.includes("\u0640"))).toBe(true);
    expect([...variants].some((word) => /[\u064B-\u0652]/u.test(word))).toBe(true);
    const hamza = new Set(Array.from({ length: 200 }, () => varyWord("مسؤول", prng)));
    expect(hamza).toContain("مسئول");
  });
});
