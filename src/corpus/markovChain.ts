import type { Prng } from "./createPrng.ts";

/** A word-level order-2 Markov chain with an order-1 table to back off to. */
export interface MarkovChain {
  /** Successors of a two-word state (key `w1 \u0001 w2`); repeats carry the frequency. */
  order2: Map<string, string[]>;
  /** Successors of a one-word state. */
  order1: Map<string, string[]>;
  /** Every two-word state inside a sentence, for walks that start mid-sentence. */
  inner: string[];
}

const START = "\u0002";
const END = "\u0003";
const key2 = (a: string, b: string): string => `${a}\u0001${b}`;

function push(table: Map<string, string[]>, key: string, word: string): void {
  const list = table.get(key);
  if (list) list.push(word);
  else table.set(key, [word]);
}

/** Trains a chain on sentences, each a list of words. */
export function buildMarkovChain(sentences: readonly (readonly string[])[]): MarkovChain {
  const order2 = new Map<string, string[]>();
  const order1 = new Map<string, string[]>();
  for (const words of sentences) {
    if (words.length === 0) continue;
    const padded = [START, START, ...words, END];
    for (let i = 2; i < padded.length; i += 1) {
      const word = padded[i] as string;
      push(order2, key2(padded[i - 2] as string, padded[i - 1] as string), word);
      push(order1, padded[i - 1] as string, word);
    }
  }
  const inner = [...order2.keys()].filter((key) => !key.includes(START));
  return { order2, order1, inner };
}

/** Options of one walk through the chain. */
export interface WalkOptions {
  /** The walk stops (without its natural end) after this many words. */
  maxWords: number;
  /** Chance at each step of following the order-1 table instead, which mixes sentences. */
  backoff: number;
  /** Start at a random state inside a sentence instead of at a sentence start. */
  midSentence?: boolean;
}

/** Walks the chain from a sentence start and returns the words produced. */
export function walkMarkovChain(chain: MarkovChain, prng: Prng, options: WalkOptions): string[] {
  const words: string[] = [];
  let previous = START;
  let current = START;
  if (options.midSentence && chain.inner.length > 0) {
    [previous = START, current = START] = prng.pick(chain.inner).split("\u0001");
    words.push(current);
  }
  while (words.length < options.maxWords) {
    const strict = chain.order2.get(key2(previous, current));
    const loose = current === START ? undefined : chain.order1.get(current);
    const choices = loose && prng.chance(options.backoff) ? loose : (strict ?? loose);
    if (!choices) break;
    const word = prng.pick(choices);
    if (word === END) break;
    words.push(word);
    previous = current;
    current = word;
  }
  return words;
}

/** Splits a paragraph into sentences of words at `.`, `!` and `؟`. */
export function sentencesOf(paragraph: string): string[][] {
  return paragraph
    .split(/(?<=[.!؟])\s+/u)
    .map((sentence) => sentence.split(/\s+/u).filter((word) => word.length > 0))
    .filter((words) => words.length > 0);
}
