import { generateRawPages } from "./generateRawPages.ts";
import {
  fitHeaps,
  VocabularyMeter,
  type DocumentFrequencies,
  type TextShape,
  type VocabularyPoint,
} from "./measureVocabulary.ts";
import { loadTrainingText } from "./trainingText.ts";

/** What `npm run corpus:stats` reports. */
export interface CorpusStatistics {
  seed: number;
  curve: VocabularyPoint[];
  heaps: { k: number; beta: number };
  frequencies: DocumentFrequencies;
  /** Mean tokens and distinct words per generated article. */
  perArticle: TextShape;
  /** The same for the real seed page (title and body). */
  seedPage: TextShape;
  /** Share of articles that belong to a story printed by two or more newspapers. */
  syndicatedShare: number;
}

/** Generates a corpus in memory (nothing is written) and measures its vocabulary at each checkpoint. */
export function measureCorpusStatistics(options: {
  seed: number;
  checkpoints: readonly number[];
}): CorpusStatistics {
  const pages = Math.max(...options.checkpoints);
  const meter = new VocabularyMeter();
  const curve: VocabularyPoint[] = [];
  const storySizes = new Map<string, number>();
  let tokens = 0;
  let words = 0;
  let index = 0;
  for (const page of generateRawPages({ pages, seed: options.seed })) {
    index += 1;
    if (!page.duplicate) {
      const { article } = page;
      const names = article.cast ? [article.cast.family] : [];
      const shape = meter.add([article.title, ...article.paragraphs], names);
      tokens += shape.tokens;
      words += shape.words;
      storySizes.set(page.story.storyId, (storySizes.get(page.story.storyId) ?? 0) + 1);
    }
    if (options.checkpoints.includes(index)) curve.push(meter.point());
  }
  const articles = meter.point().articles;
  const inStories = [...storySizes.values()].filter((size) => size > 1).reduce((a, b) => a + b, 0);
  const seedMeter = new VocabularyMeter();
  const training = loadTrainingText();
  return {
    seed: options.seed,
    curve,
    heaps: fitHeaps(curve),
    frequencies: meter.frequencies(),
    perArticle: { tokens: tokens / articles, words: words / articles },
    seedPage: seedMeter.add([training.title, ...training.paragraphs]),
    syndicatedShare: inStories / articles,
  };
}

/** The statistics as Markdown (a table of the vocabulary curve, then document frequencies). */
export function formatCorpusStatistics(stats: CorpusStatistics): string {
  const number = (value: number): string => Math.round(value).toLocaleString("en-US");
  const share = (value: number, of: number): string => `${((100 * value) / of).toFixed(1)}%`;
  const f = stats.frequencies;
  return [
    "| articles | tokens | distinct words | distinct search stems |",
    "|---:|---:|---:|---:|",
    ...stats.curve.map(
      (p) =>
        `| ${number(p.articles)} | ${number(p.tokens)} | ${number(p.words)} | ${number(p.stems)} |`,
    ),
    "",
    `Heaps' law fit: V ≈ ${stats.heaps.k.toFixed(1)} · N^${stats.heaps.beta.toFixed(3)} (N tokens, V distinct words).`,
    `Document frequency over ${number(f.articles)} articles: commonest word ${share(f.top[0], f.articles)}, ` +
      `10th ${share(f.top[1], f.articles)}, 100th ${share(f.top[2], f.articles)}; ` +
      `the word at the median of running text ${share(f.medianToken, f.articles)}; ` +
      `the median distinct word ${number(f.medianWord)} article(s); ` +
      `${(100 * f.hapaxShare).toFixed(0)}% of distinct words in one article only; ` +
      `a story's invented family name: median ${number(f.rareName)} articles.`,
    `Per article: ${number(stats.perArticle.tokens)} tokens, ${number(stats.perArticle.words)} distinct words ` +
      `(the real seed page: ${stats.seedPage.tokens} tokens, ${stats.seedPage.words} distinct words). ` +
      `${(100 * stats.syndicatedShare).toFixed(0)}% of articles belong to a story in two or more newspapers.`,
  ].join("\n");
}
