import type { Prng } from "./createPrng.ts";
import { buildMarkovChain, sentencesOf, walkMarkovChain, type MarkovChain } from "./markovChain.ts";
import { COLUMNISTS, type Newspaper } from "./newspapers.ts";
import type { RawPage } from "./renderRawPage.ts";
import type { TrainingText } from "./trainingText.ts";
import { varySpelling } from "./varySpelling.ts";

/** The chains articles are written with. */
export interface CorpusChains {
  headline: MarkovChain;
  body: MarkovChain;
  /** Headlines and titles written so far (training ones included): new ones avoid them. */
  used: Set<string>;
}

/** One generated article: the part of a page that stays the same when it is scraped again. */
export interface Article {
  newspaper: Newspaper;
  /** Numeric article id on the aggregator (`https://<host>/<slug>/<id>`). */
  articleId: number;
  author?: string;
  title: string;
  date: RawPage["date"];
  arabicIndicDigits: boolean;
  paragraphs: string[];
  bodyLayout: RawPage["bodyLayout"];
  imageWidget: boolean;
}

/** Trains the headline chain (ticker headlines and title) and the body chain (paragraphs, some headlines). */
export function buildCorpusChains(training: TrainingText): CorpusChains {
  const headlines = [...training.headlines, training.title].map((line) => line.split(/\s+/u));
  const body = training.paragraphs.flatMap(sentencesOf);
  // Headlines as extra sentences give the body chain more branch points; the body sentences are
  // repeated so that they, not headlines, make up most of a generated paragraph.
  const headlineSentences = training.headlines.map((line) => `${line}.`.split(/\s+/u));
  return {
    headline: buildMarkovChain(headlines),
    body: buildMarkovChain([...body, ...body, ...body, ...headlineSentences]),
    used: new Set([...training.headlines, training.title]),
  };
}

// A title cut from running text must not end on a particle or a comma ("... مكافحة الإرهاب، أن").
const DANGLING = new Set([
  "أن",
  "إن",
  "في",
  "من",
  "على",
  "إلى",
  "عن",
  "مع",
  "و",
  "ف",
  "ل",
  "التي",
  "الذي",
  "كما",
  "إذ",
  "أي",
  "عبر",
  "منذ",
  "حتى",
  "بعد",
  "قبل",
  "أو",
  "ثم",
  "لكن",
  "فهو",
  "وهي",
  "هو",
  "هي",
]);

/** Drops trailing particles and punctuation so a cut-off stretch of text reads as a headline. */
function trimDanglingWords(words: readonly string[]): string[] {
  const kept = [...words];
  for (;;) {
    const last = kept.at(-1);
    if (last === undefined) return kept;
    const bare = last.replace(/[.،:؛,]+$/u, "");
    if (bare !== "" && !DANGLING.has(bare) && !/^[«("]+$/u.test(bare)) {
      kept[kept.length - 1] = bare;
      return kept;
    }
    kept.pop();
  }
}

/** Closes a «…» or "…" that a cut-off stretch of text left open, and drops a stray closing ». */
function balanceQuotes(line: string): string {
  let balanced = line;
  const opens = (balanced.match(/«/gu) ?? []).length;
  const closes = (balanced.match(/»/gu) ?? []).length;
  if (closes > opens) balanced = balanced.replace(/»(?!.*«)/u, "");
  if (opens > closes) balanced += "»";
  if ((balanced.match(/"/gu) ?? []).length % 2 === 1) {
    // A first quote glued to the end of a word closes a quotation that began before the cut.
    balanced = /^[^"]*[^\s"]"/u.test(balanced) ? balanced.replace('"', "") : `${balanced}"`;
  }
  return balanced;
}

/** A headline-like line of 3–16 words, new unless the chains run out of new ones. */
export function writeHeadline(chains: CorpusChains, prng: Prng): string {
  let line = "";
  for (let attempt = 0; attempt < 12; attempt += 1) {
    // A third of the lines are headline walks; the rest are stretches of body text, which the
    // small headline chain alone could not vary enough for 100k distinct titles.
    const words = prng.chance(0.35)
      ? walkMarkovChain(chains.headline, prng, {
          maxWords: 16,
          backoff: 0.5,
          midSentence: prng.chance(0.3),
        })
      : walkMarkovChain(chains.body, prng, {
          maxWords: prng.int(4, 12),
          backoff: 0.3,
          midSentence: true,
        });
    const kept = trimDanglingWords(words);
    line = balanceQuotes(kept.join(" "));
    if (kept.length >= 3 && !chains.used.has(line)) break;
  }
  chains.used.add(line);
  return line;
}

function writeSentence(chains: CorpusChains, prng: Prng): string {
  const words = walkMarkovChain(chains.body, prng, { maxWords: 45, backoff: 0.25 });
  const sentence = words.join(" ");
  return /[.!؟»"]$/u.test(sentence) ? sentence : `${sentence}.`;
}

/** A paragraph count from 3 to 25, mostly below 12, like real news pages. */
function paragraphCount(prng: Prng): number {
  return 3 + Math.floor(22 * prng.next() ** 2);
}

const DAY_MS = 86_400_000;

/** A real calendar date, uniformly between 1 January of `fromYear` and `latest`. */
export function pickDate(prng: Prng, fromYear: number, latest: Date): RawPage["date"] {
  const start = Date.UTC(fromYear, 0, 1);
  const days = Math.max(0, Math.floor((latest.getTime() - start) / DAY_MS));
  const date = new Date(start + prng.int(0, days) * DAY_MS);
  return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year: date.getUTCFullYear() };
}

/** Inputs of one article besides the chains and the random source. */
export interface ArticleSeed {
  newspaper: Newspaper;
  articleId: number;
  /** Latest possible publication date (the scrape time, capped at the end of 2025). */
  latest: Date;
  /** When set, the article reuses this title (same title, another article). */
  title?: string;
}

/** Writes one article with the chains, varying layout and spelling as real pages do. */
export function writeArticle(chains: CorpusChains, prng: Prng, seed: ArticleSeed): Article {
  const spellingRate = prng.weighted<number>([
    [0, 5],
    [0.01, 3],
    [0.04, 2],
    [0.1, 1],
  ]);
  const opinion = !seed.newspaper.wire && prng.chance(0.08);
  const title = seed.title ?? varySpelling(writeHeadline(chains, prng), spellingRate, prng);
  const paragraphs: string[] = [];
  const count = paragraphCount(prng);
  for (let i = 0; i < count; i += 1) {
    const sentences = Array.from({ length: prng.int(1, 3) }, () => writeSentence(chains, prng));
    paragraphs.push(varySpelling(sentences.join(" "), spellingRate, prng));
  }
  // A body line may itself start with «نشر في»: it is text, not a second attribution.
  if (prng.chance(0.03)) paragraphs.splice(1, 0, `نشر في ${writeSentence(chains, prng)}`);
  if (seed.newspaper.wire) paragraphs.push("// انتهى //");
  return {
    newspaper: seed.newspaper,
    articleId: seed.articleId,
    ...(opinion ? { author: prng.pick(COLUMNISTS) } : {}),
    title,
    date: pickDate(prng, seed.newspaper.since, seed.latest),
    arabicIndicDigits: prng.chance(0.03),
    paragraphs,
    bodyLayout: prng.weighted<RawPage["bodyLayout"]>([
      ["lines", 80],
      ["blank-separated", 12],
      ["one-line", 8],
    ]),
    imageWidget: prng.chance(0.6),
  };
}
