import type { ContentVocabulary } from "./contentVocabulary.ts";
import type { Prng } from "./createPrng.ts";
import type { StoryCast } from "./inventNames.ts";
import { buildMarkovChain, sentencesOf, walkMarkovChain, type MarkovChain } from "./markovChain.ts";
import { COLUMNISTS, type Newspaper } from "./newspapers.ts";
import type { RawPage } from "./renderRawPage.ts";
import type { TrainingText } from "./trainingText.ts";
import {
  commonWordsOf,
  localDigits,
  newsNumber,
  reword,
  type Rewording,
} from "./rewordSentence.ts";
import { varySpelling } from "./varySpelling.ts";

/** The chains and words articles are written with. */
export interface CorpusChains {
  headline: MarkovChain;
  body: MarkovChain;
  /** Headlines and titles written so far (training ones included): new ones avoid them. */
  used: Set<string>;
  /** Content words that replace most of the chain's own (so the vocabulary is not the seed page's). */
  vocabulary: ContentVocabulary;
  /** Words frequent on the real page (function words, common news words): never replaced. */
  common: ReadonlySet<string>;
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
  /** The invented people and places of its story (generator-side only, for measurements). */
  cast?: StoryCast;
}

/** How a page of the article is laid out: digits, line breaks of the body, image widget (same draws, in the same order, for every article). */
export function choosePageLayout(prng: Prng): Pick<Article, "arabicIndicDigits" | "bodyLayout" | "imageWidget"> {
  const arabicIndicDigits = prng.chance(0.03);
  const bodyLayout = prng.weighted<RawPage["bodyLayout"]>([
    ["lines", 80],
    ["blank-separated", 12],
    ["one-line", 8],
  ]);
  const imageWidget = prng.chance(0.6);
  return { arabicIndicDigits, bodyLayout, imageWidget };
}

/** Trains the headline chain (ticker headlines and title) and the body chain (paragraphs, some headlines). */
export function buildCorpusChains(
  training: TrainingText,
  vocabulary: ContentVocabulary,
): CorpusChains {
  const headlines = [...training.headlines, training.title].map((line) => line.split(/\s+/u));
  const body = training.paragraphs.flatMap(sentencesOf);
  // Headlines as extra sentences give the body chain more branch points; the body sentences are
  // repeated so that they, not headlines, make up most of a generated paragraph.
  const headlineSentences = training.headlines.map((line) => `${line}.`.split(/\s+/u));
  return {
    headline: buildMarkovChain(headlines),
    body: buildMarkovChain([...body, ...body, ...body, ...headlineSentences]),
    used: new Set([...training.headlines, training.title]),
    vocabulary,
    common: commonWordsOf(training),
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
    const kept = trimDanglingWords(reword(chains, prng, words, { rate: 0.5, arabicIndic: false }));
    line = balanceQuotes(kept.join(" "));
    if (kept.length >= 3 && !chains.used.has(line)) break;
  }
  chains.used.add(line);
  return line;
}

function writeSentence(chains: CorpusChains, prng: Prng, how: Rewording): string {
  const walked = walkMarkovChain(chains.body, prng, { maxWords: 45, backoff: 0.25 });
  const sentence = reword(chains, prng, walked, how).join(" ");
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

const MONTHS = [
  ["يناير", "كانون الثاني"],
  ["فبراير", "شباط"],
  ["مارس", "آذار"],
  ["أبريل", "نيسان"],
  ["مايو", "أيار"],
  ["يونيو", "حزيران"],
  ["يوليو", "تموز"],
  ["أغسطس", "آب"],
  ["سبتمبر", "أيلول"],
  ["أكتوبر", "تشرين الأول"],
  ["نوفمبر", "تشرين الثاني"],
  ["ديسمبر", "كانون الأول"],
] as const;

/** A date as running text prints it: «يوم 12 مارس الجاري», «في 3 آذار 2014». */
function dateInText(prng: Prng, date: RawPage["date"], arabicIndic: boolean): string {
  const month = MONTHS[date.month - 1]?.[prng.chance(0.7) ? 0 : 1] ?? "";
  const text = prng.chance(0.5)
    ? `يوم ${date.day} ${month} الجاري`
    : `في ${date.day} ${month} ${date.year}`;
  return localDigits(text, arabicIndic);
}

/** The sentence that opens a story: who, where, which organisation, when, how many. */
function storyLead(
  cast: StoryCast,
  prng: Prng,
  date: RawPage["date"],
  how: Rewording,
  chains: CorpusChains,
): string {
  const when = dateInText(prng, date, how.arabicIndic);
  const count = newsNumber(prng, how.arabicIndic);
  const rest = writeSentence(chains, prng, how);
  return prng.pick([
    `أعلن ${cast.person}، ${cast.role} ${cast.organisation}، ${when} أن ${count} ${rest}`,
    `قال ${cast.person} ${cast.role} ${cast.organisation} في ${cast.place} ${when} إن ${rest}`,
    `شهدت ${cast.place} ${when} ${rest} وأكد ${cast.person} أن ${count} ${writeSentence(chains, prng, how)}`,
    `كشف ${cast.organisation} في ${cast.place} ${when} عن ${count} ${rest}`,
  ]);
}

/** A later mention of the cast inside a paragraph. */
function storyMention(cast: StoryCast, prng: Prng, chains: CorpusChains, how: Rewording): string {
  const said = writeSentence(chains, prng, how);
  return prng.pick([
    `وأوضح ${cast.family.slice(2)} أن ${said}`,
    `وأضاف ${cast.person} أن ${said}`,
    `وفي ${cast.place}، ${said}`,
    `وقال مصدر في ${cast.organisation} إن ${said}`,
  ]);
}

/** A story title: a headline with the story's person or place in it. */
function storyTitle(cast: StoryCast, chains: CorpusChains, prng: Prng): string {
  const headline = writeHeadline(chains, prng);
  return prng.pick([
    `${cast.person}: ${headline}`,
    `${headline} في ${cast.place}`,
    `${cast.organisation} ${headline}`,
  ]);
}

/** Inputs of one article besides the chains and the random source. */
export interface ArticleSeed {
  newspaper: Newspaper;
  articleId: number;
  /** Latest possible publication date (the scrape time, capped at the end of 2025). */
  latest: Date;
  /** When set, the article reuses this title (same title, another article). */
  title?: string;
  /** When set, the article is about these people and places. */
  cast?: StoryCast;
  /** Publication date when the story fixes it (else a random day since the paper's first year). */
  date?: RawPage["date"];
  /** A sentence placed unaltered (no spelling variation) in the middle of the body. */
  plantedSentence?: string;
}

/** Writes one article with the chains, varying layout and spelling as real pages do. */
export function writeArticle(chains: CorpusChains, prng: Prng, seed: ArticleSeed): Article {
  const spellingRate = prng.weighted<number>([
    [0, 5],
    [0.01, 3],
    [0.04, 2],
    [0.1, 1],
  ]);
  const date = seed.date ?? pickDate(prng, seed.newspaper.since, seed.latest);
  const how: Rewording = { rate: 0.7, arabicIndic: prng.chance(0.12) };
  const opinion = !seed.newspaper.wire && !seed.cast && prng.chance(0.08);
  const written = seed.cast ? storyTitle(seed.cast, chains, prng) : writeHeadline(chains, prng);
  const title = seed.title ?? varySpelling(written, spellingRate, prng);
  const paragraphs: string[] = [];
  const count = paragraphCount(prng);
  for (let i = 0; i < count; i += 1) {
    const sentences = Array.from({ length: prng.int(1, 3) }, () =>
      writeSentence(chains, prng, how),
    );
    if (seed.cast && i === 0) sentences.unshift(storyLead(seed.cast, prng, date, how, chains));
    else if (seed.cast && prng.chance(0.3))
      sentences.push(storyMention(seed.cast, prng, chains, how));
    paragraphs.push(varySpelling(sentences.join(" "), spellingRate, prng));
  }
  if (seed.plantedSentence !== undefined) {
    const at = Math.floor(paragraphs.length / 2);
    paragraphs[at] = `${paragraphs[at] ?? ""} ${seed.plantedSentence}`.trim();
  }
  // A body line may itself start with «نشر في»: it is text, not a second attribution.
  if (prng.chance(0.03)) paragraphs.splice(1, 0, `نشر في ${writeSentence(chains, prng, how)}`);
  if (seed.newspaper.wire) paragraphs.push("// انتهى //");
  return {
    newspaper: seed.newspaper,
    articleId: seed.articleId,
    ...(opinion ? { author: prng.pick(COLUMNISTS) } : {}),
    title,
    date,
    paragraphs,
    ...choosePageLayout(prng),
    ...(seed.cast ? { cast: seed.cast } : {}),
  };
}
