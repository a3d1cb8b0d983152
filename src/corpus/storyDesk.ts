import { createPrng, type Prng } from "./createPrng.ts";
import type { NameInventor, StoryCast } from "./inventNames.ts";
import { NEWSPAPERS, type Newspaper } from "./newspapers.ts";
import type { RawPage } from "./renderRawPage.ts";
import { rewriteArticle } from "./rewriteArticle.ts";
import { localDigits } from "./rewordSentence.ts";
import { syndicateArticle } from "./syndicateArticle.ts";
import { pickDate, writeArticle, type Article, type CorpusChains } from "./writeArticle.ts";

/** Which story an article reports and how (kept beside the corpus, never printed). */
export interface StoryLabel {
  storyId: string;
  version: "original" | "copy" | "rewrite";
}

/** The invented words planted in one old article, and a pair that is planted nowhere. */
export interface PlantedStory {
  person: string;
  family: string;
  place: string;
  /** The place as the article prints it (sometimes with a prefix: بالفريعة). */
  placeInText: string;
  /** A number the planted sentence prints in Arabic-Indic digits, when it has one. */
  number?: string;
  absent: { person: string; place: string };
}

/** One article the desk hands to the page writer. */
export interface DeskArticle {
  article: Article;
  story: StoryLabel;
  planted?: PlantedStory;
}

/** Whether page `index` carries a planted story: 40 in the first 1,000 pages, then one per 500. */
export function isPlantedPage(index: number): boolean {
  return index < 1000 ? index % 25 === 12 : index % 500 === 250;
}

const FIRST_PLANTED_YEAR = 2006;
const PLANTED_YEARS = 20;
const DAY_MS = 86_400_000;
const LAST_ARTICLE_DAY = Date.UTC(2025, 11, 31);

function dayOf(date: Date): RawPage["date"] {
  return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year: date.getUTCFullYear() };
}

function shiftDate(date: RawPage["date"], days: number, latest: Date): RawPage["date"] {
  const time = Math.min(
    Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS,
    latest.getTime(),
    LAST_ARTICLE_DAY,
  );
  return dayOf(new Date(time));
}

interface PendingVersion {
  due: number;
  make: (latest: Date) => DeskArticle;
}

/**
 * Plans the news: singletons, stories that several newspapers republish (copies) or rewrite
 * closely (rewrites), follow-up stories about the same people, and planted old stories.
 */
export class StoryDesk {
  readonly #chains: CorpusChains;
  readonly #prng: Prng;
  readonly #names: NameInventor;
  readonly #nextArticleId: (paper: Newspaper) => number;
  readonly #pending: PendingVersion[] = [];
  #stories = 0;
  #planted = 0;

  constructor(
    chains: CorpusChains,
    prng: Prng,
    names: NameInventor,
    nextArticleId: (paper: Newspaper) => number,
  ) {
    this.#chains = chains;
    this.#prng = prng;
    this.#names = names;
    this.#nextArticleId = nextArticleId;
  }

  #storyId(): string {
    this.#stories += 1;
    return `story-${String(this.#stories).padStart(6, "0")}`;
  }

  #schedule(version: PendingVersion): void {
    const at = this.#pending.findIndex((pending) => pending.due > version.due);
    this.#pending.splice(at === -1 ? this.#pending.length : at, 0, version);
  }

  #paper(year: number, exclude: readonly Newspaper[] = []): Newspaper | undefined {
    const open = NEWSPAPERS.filter((paper) => paper.since <= year && !exclude.includes(paper));
    return open.length === 0
      ? undefined
      : this.#prng.weighted(open.map((p) => [p, p.weight] as const));
  }

  /** The version due at page `index`, if any (versions wait while planted pages take their turn). */
  due(index: number, latest: Date): DeskArticle | undefined {
    const next = this.#pending[0];
    if (next === undefined || next.due > index || isPlantedPage(index)) return undefined;
    this.#pending.shift();
    return next.make(latest);
  }

  /** A fresh article for page `index`: planted, the first of a new story, or a singleton. */
  fresh(index: number, latest: Date, dayOfNews: boolean, title?: string): DeskArticle {
    const prng = this.#prng;
    if (isPlantedPage(index)) return this.#plant(latest);
    const newspaper = this.#paper(2025) as Newspaper;
    const date = dayOfNews
      ? shiftDate(dayOf(latest), 0, latest)
      : pickDate(prng, newspaper.since, latest);
    if (!prng.chance(0.09)) {
      const article = writeArticle(this.#chains, prng, {
        newspaper,
        articleId: this.#nextArticleId(newspaper),
        latest,
        date,
        ...(title ? { title } : {}),
      });
      return { article, story: { storyId: this.#storyId(), version: "original" } };
    }
    // An event: one to three stories over a few days about the same invented people and places.
    const cast = this.#names.cast(prng);
    const followUps = (prng.chance(0.35) ? 1 : 0) + (prng.chance(0.15) ? 1 : 0);
    for (let k = 1; k <= followUps; k += 1) {
      const days = prng.int(1, 4) * k;
      this.#schedule({
        due: index + prng.int(3, 200),
        make: (later) => this.#story(index, cast, shiftDate(date, days, later), later),
      });
    }
    return this.#story(index, cast, date, latest, newspaper);
  }

  /** The original of a story, with its copies and rewrite scheduled on later pages. */
  #story(
    index: number,
    cast: StoryCast,
    date: RawPage["date"],
    latest: Date,
    paper?: Newspaper,
  ): DeskArticle {
    const prng = this.#prng;
    const newspaper = paper ?? (this.#paper(date.year) as Newspaper);
    const storyId = this.#storyId();
    const original = writeArticle(this.#chains, prng, {
      newspaper,
      articleId: this.#nextArticleId(newspaper),
      latest,
      date,
      cast,
    });
    const copies = prng.weighted([
      [0, 25],
      [1, 35],
      [2, 25],
      [3, 15],
    ] as const);
    const taken: Newspaper[] = [newspaper];
    // A story reaches at most four newspapers: a rewrite only joins fewer than three copies.
    const versions = copies + (prng.chance(0.2) && copies < 3 ? 1 : 0);
    for (let k = 0; k < versions; k += 1) {
      const other = this.#paper(date.year, taken);
      if (other === undefined) break;
      taken.push(other);
      const version = k < copies ? "copy" : "rewrite";
      const days = prng.int(0, 2);
      this.#schedule({
        due: index + prng.int(1, 150),
        make: (later) => {
          const target = {
            newspaper: other,
            articleId: this.#nextArticleId(other),
            date: shiftDate(date, days, later),
          };
          const article =
            version === "copy"
              ? syndicateArticle(original, this.#chains, prng, target)
              : this.#rewrite(
                  original,
                  writeArticle(this.#chains, prng, { ...target, latest: later, cast }),
                );
          return { article, story: { storyId, version } };
        },
      });
    }
    return { article: original, story: { storyId, version: "original" } };
  }

  /**
   * A close rewrite of `original` around the desk's own write-up `fresh`. Its choices come from a
   * source seeded by the two articles, so rewrites leave every other page of the corpus unchanged.
   */
  #rewrite(original: Article, fresh: Article): Article {
    const seed = `${original.newspaper.name}/${original.articleId}>${fresh.newspaper.name}/${fresh.articleId}`;
    return rewriteArticle(original, fresh, this.#chains, createPrng(`rewrite:${seed}`));
  }

  /** A singleton old article carrying a sentence with a person and place used nowhere else. */
  #plant(latest: Date): DeskArticle {
    const prng = this.#prng;
    const k = this.#planted;
    this.#planted += 1;
    const year = FIRST_PLANTED_YEAR + (k % PLANTED_YEARS);
    const newspaper = this.#paper(year) as Newspaper;
    const yearEnd = new Date(Math.min(Date.UTC(year, 11, 31), latest.getTime()));
    const date = pickDate(prng, year, yearEnd);
    const { person, family, place } = this.#names.unique(prng);
    const absent = this.#names.unique(prng);
    // Every fifth prints the place after a prefix, another fifth a number in Arabic-Indic digits.
    const placeInText = k % 5 === 1 ? `${prng.pick(["ب", "و", "وب"])}${place}` : place;
    const number = k % 5 === 3 ? String(prng.int(1100, 9899)) : undefined;
    const extra = number ? ` بحضور ${localDigits(number, true)} من السكان` : "";
    const plantedSentence = `وفي ${placeInText} التقى ${person} عدداً من الأهالي${extra}.`;
    const article = writeArticle(this.#chains, prng, {
      newspaper,
      articleId: this.#nextArticleId(newspaper),
      latest,
      date,
      plantedSentence,
    });
    const planted: PlantedStory = {
      person,
      family,
      place,
      placeInText,
      absent,
      ...(number ? { number } : {}),
    };
    return { article, story: { storyId: this.#storyId(), version: "original" }, planted };
  }
}
