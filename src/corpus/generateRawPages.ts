import { createContentVocabulary, type ContentVocabulary } from "./contentVocabulary.ts";
import { createPrng, hashSeed, type Prng } from "./createPrng.ts";
import { loadDictionaryWords } from "./dictionaryWords.ts";
import { HeadlineTicker } from "./headlineTicker.ts";
import { NameInventor } from "./inventNames.ts";
import type { Newspaper } from "./newspapers.ts";
import { encodeRawPage, renderRawPage, type RawEncoding } from "./renderRawPage.ts";
import {
  isPlantedPage,
  StoryDesk,
  type DeskArticle,
  type PlantedStory,
  type StoryLabel,
} from "./storyDesk.ts";
import { loadTrainingText } from "./trainingText.ts";
import { commonWordsOf, trainingWordsOf } from "./rewordSentence.ts";
import { buildCorpusChains, writeHeadline, type Article } from "./writeArticle.ts";

/** One line of the manifest (JSON Lines) that accompanies the raw pages. */
export interface ManifestEntry {
  /** Path relative to the corpus folder, forward slashes. */
  file: string;
  url: string;
  /** ISO date-time (UTC) of the scrape. */
  scrapedAt: string;
  /** Marks the page's text as machine-generated (absent for the real seed page). */
  generated?: true;
}

/** One generated page: its file name, bytes and manifest line. */
export interface GeneratedPage {
  file: string;
  bytes: Buffer;
  manifest: ManifestEntry;
  /** The article on the page (shared by exact duplicates). */
  article: Article;
  /** True when this page repeats an article generated earlier. */
  duplicate: boolean;
  encoding: RawEncoding;
  /** The article's true story (never printed on the page). */
  story: StoryLabel;
  /** The invented words planted in this article, when it is a planted old story. */
  planted?: PlantedStory;
}

/** Options of a corpus run; the same options always give the same bytes. */
export interface CorpusOptions {
  pages: number;
  seed: number;
  /**
   * Pages from this index (0-based) on are a day's news: their new articles are dated on the
   * latest possible day (the scrape day, capped at the end of 2025) instead of any day since the
   * newspaper's first year. Pages before it are the same as without the option.
   */
  dayOfNewsFrom?: number;
  /** Content words to write with; loaded from the Arabic word list (cached) when absent. */
  vocabulary?: ContentVocabulary;
}

let defaultVocabulary: ContentVocabulary | undefined;

/** The vocabulary drawn from @cspell/dict-ar, built once per process (about 2 s from the cache). */
export function loadContentVocabulary(): ContentVocabulary {
  defaultVocabulary ??= createContentVocabulary(
    loadDictionaryWords(),
    commonWordsOf(loadTrainingText()),
  );
  return defaultVocabulary;
}

// Scrapes start at the seed page's own scrape week and follow each other every ~7 minutes.
const FIRST_SCRAPE = Date.UTC(2025, 3, 28, 6, 0, 0);
const LAST_ARTICLE_DAY = new Date(Date.UTC(2025, 11, 31));
const RECENT = 64;

function pushBounded<T>(list: T[], item: T, limit: number): void {
  list.push(item);
  if (list.length > limit) list.shift();
}

function hex16(prng: Prng): string {
  let out = "";
  for (let i = 0; i < 4; i += 1) out += prng.int(0, 0xffff).toString(16).padStart(4, "0");
  return out;
}

function fileNameFor(index: number, article: Article, prng: Prng): string {
  const number = String(index + 1).padStart(6, "0");
  return prng.weighted<() => string>([
    [() => `${number}_${hex16(prng)}.txt`, 90],
    [() => `${number} ${article.newspaper.name} ${article.articleId}.txt`, 6],
    [() => `خبر ${number} - ${article.newspaper.slug}.txt`, 4],
  ])();
}

function pickEncoding(prng: Prng): RawEncoding {
  const crlf = prng.chance(0.07);
  return prng.weighted<RawEncoding>([
    [{ charset: "utf-8", bom: false, crlf }, 86],
    [{ charset: "utf-8", bom: true, crlf }, 5],
    [{ charset: "windows-1256", bom: false, crlf }, 8],
    [{ charset: "utf-16le", bom: true, crlf }, 1],
  ]);
}

/**
 * Generates `pages` raw pages lazily, one at a time, so a 100k-page corpus never sits in memory.
 * The first k pages of a run are the same whatever `pages` is.
 */
export function* generateRawPages(options: CorpusOptions): Generator<GeneratedPage> {
  const training = loadTrainingText();
  // Built per run: the chains remember the titles they wrote (~60 bytes each), and a run must not
  // depend on an earlier one.
  const vocabulary = options.vocabulary ?? loadContentVocabulary();
  const chains = buildCorpusChains(training, vocabulary);
  const prng = createPrng(`news-archive-corpus:${options.seed}`);
  const tickers = new Map<string, HeadlineTicker>();
  const recentTitles = new Map<string, string[]>();
  const recentArticles: DeskArticle[] = [];
  const lastArticleId = new Map<string, number>();
  const nextArticleId = (newspaper: Newspaper): number => {
    const id =
      (lastArticleId.get(newspaper.slug) ?? 100_000 + (hashSeed(newspaper.slug) % 400_000)) +
      prng.int(1, 60);
    lastArticleId.set(newspaper.slug, id);
    return id;
  };
  const trainingWords = trainingWordsOf(training);
  const names = new NameInventor((word) => vocabulary.has(word) || trainingWords.has(word));
  const desk = new StoryDesk(chains, prng, names, nextArticleId);
  let scrapeTime = FIRST_SCRAPE;

  const tickerOf = (host: string): HeadlineTicker => {
    let ticker = tickers.get(host);
    if (!ticker) {
      // sauress.com starts from the real seed ticker; its sister sites from generated headlines.
      const initial =
        host === "sauress.com"
          ? training.tickerSlots
          : Array.from({ length: prng.int(30, 57) }, () => writeHeadline(chains, prng));
      ticker = new HeadlineTicker(initial, initial.length);
      tickers.set(host, ticker);
    }
    return ticker;
  };

  for (let index = 0; index < options.pages; index += 1) {
    scrapeTime += prng.int(60, 780) * 1000;
    const latest = new Date(Math.min(scrapeTime, LAST_ARTICLE_DAY.getTime()));
    const due = desk.due(index, latest);
    const duplicate =
      due === undefined && !isPlantedPage(index) && recentArticles.length > 0 && prng.chance(0.03);
    const { article, story, planted } =
      due ?? (duplicate ? prng.pick(recentArticles) : newArticle(index, latest));
    const host = article.newspaper.host;
    const titles = recentTitles.get(host) ?? [];
    recentTitles.set(host, titles);
    const ticker = tickerOf(host);
    // New ticker entries are often titles of recent articles, so headlines can link to them.
    ticker.advance(prng, () =>
      titles.length > 0 && prng.chance(0.5) ? prng.pick(titles) : writeHeadline(chains, prng),
    );
    const slots = ticker.current();
    const shown = prng.chance(0.1)
      ? slots.slice(0, prng.int(Math.min(10, slots.length), slots.length))
      : slots;
    const text = renderRawPage({
      ticker: shown,
      tickerSeparator: prng.chance(0.08) ? "space" : "nbsp",
      tickerLeadingRun: prng.chance(0.15),
      tickerTrailingRun: prng.chance(0.85),
      imageWidget: article.imageWidget,
      title: article.title,
      ...(article.author ? { author: article.author } : {}),
      newspaper: article.newspaper.name,
      date: article.date,
      arabicIndicDigits: article.arabicIndicDigits,
      paragraphs: article.paragraphs,
      bodyLayout: article.bodyLayout,
      finalNewline: prng.chance(0.2),
    });
    let encoding = pickEncoding(prng);
    let bytes = encodeRawPage(text, encoding);
    if (!bytes) {
      encoding = { charset: "utf-8", bom: false, crlf: encoding.crlf };
      bytes = encodeRawPage(text, encoding) as Buffer;
    }
    const file = fileNameFor(index, article, prng);
    const { host: articleHost, slug } = article.newspaper;
    if (!duplicate) {
      pushBounded(recentArticles, { article, story }, RECENT);
      pushBounded(titles, article.title, RECENT);
    }
    yield {
      file,
      bytes,
      manifest: {
        file,
        url: `https://${articleHost}/${slug}/${article.articleId}`,
        scrapedAt: new Date(scrapeTime).toISOString(),
        generated: true,
      },
      article,
      duplicate,
      encoding,
      story,
      ...(planted ? { planted } : {}),
    };
  }

  function newArticle(index: number, latest: Date): DeskArticle {
    // Now and then two different articles share a title (another date and body): both must be kept.
    const sameTitle =
      recentArticles.length > 0 && prng.chance(0.01)
        ? prng.pick(recentArticles).article.title
        : undefined;
    return desk.fresh(index, latest, index >= (options.dayOfNewsFrom ?? Infinity), sameTitle);
  }
}
