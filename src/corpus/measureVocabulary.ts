import { queriedWordForm } from "../search/arabicSearchTokens.ts";
import { normalizeArabic } from "../search/normalizeArabic.ts";

/** Vocabulary size after a number of articles. */
export interface VocabularyPoint {
  articles: number;
  tokens: number;
  /** Distinct words after spelling folding (normalizeArabic). */
  words: number;
  /** Distinct search stems (folded, ال and its prefixes taken off). */
  stems: number;
}

/** Document frequencies of a corpus, as shares of its articles. */
export interface DocumentFrequencies {
  articles: number;
  /** Articles containing the median distinct word (half the vocabulary is rarer). */
  medianWord: number;
  /** Articles containing the word at the median of running text (half the tokens are of commoner words). */
  medianToken: number;
  /** Articles containing the 1st, 10th and 100th commonest words. */
  top: [number, number, number];
  /** Share of distinct words found in one article only. */
  hapaxShare: number;
  /** Median articles containing a story person's invented family name. */
  rareName: number;
}

/** Tokens, distinct words and type–token ratio of one text. */
export interface TextShape {
  tokens: number;
  words: number;
}

/** Counts tokens and distinct words per article and over a growing corpus. */
export class VocabularyMeter {
  readonly #wordFrequency = new Map<string, number>();
  readonly #tokenCount = new Map<string, number>();
  readonly #stems = new Set<string>();
  readonly #names = new Map<string, number>();
  #articles = 0;
  #tokens = 0;

  /** Adds one article's text (title and paragraphs); `names` are its invented names to track. */
  add(lines: readonly string[], names: readonly string[] = []): TextShape {
    const words = new Set<string>();
    let tokens = 0;
    for (const line of lines) {
      for (const word of normalizeArabic(line).split(" ")) {
        if (word === "") continue;
        tokens += 1;
        words.add(word);
        this.#tokenCount.set(word, (this.#tokenCount.get(word) ?? 0) + 1);
      }
    }
    for (const word of words) {
      this.#wordFrequency.set(word, (this.#wordFrequency.get(word) ?? 0) + 1);
      this.#stems.add(queriedWordForm(word));
    }
    for (const name of names) {
      const key = normalizeArabic(name);
      if (!this.#names.has(key)) this.#names.set(key, 0);
    }
    this.#articles += 1;
    this.#tokens += tokens;
    return { tokens, words: words.size };
  }

  /** The vocabulary so far. */
  point(): VocabularyPoint {
    return {
      articles: this.#articles,
      tokens: this.#tokens,
      words: this.#wordFrequency.size,
      stems: this.#stems.size,
    };
  }

  /** Document frequencies of the corpus so far. */
  frequencies(): DocumentFrequencies {
    const byFrequency = [...this.#wordFrequency.values()].sort((a, b) => b - a);
    const byTokens = [...this.#tokenCount].sort((a, b) => b[1] - a[1]);
    let mass = 0;
    let medianToken = 0;
    for (const [word, count] of byTokens) {
      mass += count;
      if (mass >= this.#tokens / 2) {
        medianToken = this.#wordFrequency.get(word) ?? 0;
        break;
      }
    }
    const names = [...this.#names.keys()].map((name) => this.#wordFrequency.get(name) ?? 0);
    names.sort((a, b) => a - b);
    return {
      articles: this.#articles,
      medianWord: byFrequency[Math.floor(byFrequency.length / 2)] ?? 0,
      medianToken,
      top: [byFrequency[0] ?? 0, byFrequency[9] ?? 0, byFrequency[99] ?? 0],
      hapaxShare: byFrequency.filter((count) => count === 1).length / byFrequency.length,
      rareName: names[Math.floor(names.length / 2)] ?? 0,
    };
  }
}

/** Heaps' law V = K·N^β fitted by least squares on log–log points (N tokens, V distinct words). */
export function fitHeaps(points: readonly { tokens: number; words: number }[]): {
  k: number;
  beta: number;
} {
  const xs = points.map((point) => Math.log(point.tokens));
  const ys = points.map((point) => Math.log(point.words));
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  let covariance = 0;
  let variance = 0;
  xs.forEach((x, i) => {
    covariance += (x - mx) * ((ys[i] as number) - my);
    variance += (x - mx) ** 2;
  });
  const beta = covariance / variance;
  return { beta, k: Math.exp(my - beta * mx) };
}
