import { queriedWordForm } from "../search/arabicSearchTokens.ts";
import { normalizeArabic } from "../search/normalizeArabic.ts";
import type { QueryTruth, StoryTruth } from "./corpusTruth.ts";
import type { GeneratedPage } from "./generateRawPages.ts";
import type { PlantedStory } from "./storyDesk.ts";

/** Whether page `index` is a sampled "random old article": 30 in the first 3,000 pages, then one per 1,000. */
export function isSampledPage(index: number): boolean {
  return index < 3000 ? index % 100 === 50 : index % 1000 === 500;
}

/** The truth line of a generated page's article. */
export function storyTruthOf(page: GeneratedPage): StoryTruth {
  const { day, month, year } = page.article.date;
  const pad = (value: number): string => String(value).padStart(2, "0");
  return {
    url: page.manifest.url,
    storyId: page.story.storyId,
    newspaper: page.article.newspaper.name,
    date: `${year}-${pad(month)}-${pad(day)}`,
    version: page.story.version,
  };
}

interface SampledArticle {
  url: string;
  year: number;
  title: string;
  /** Each search stem of the article and a plain printed form of it (no marks, no tatweel). */
  forms: Map<string, string>;
}

interface PlantedArticle extends PlantedStory {
  url: string;
  year: number;
}

const PLAIN_WORD = /^[\u0621-\u064A]{4,}$/u;
const PUNCTUATION = /[^\p{L}\p{M}\p{N}\s]+/gu;
const FATHA = "\u064E";
const KASRA = "\u0650";

/** The one search stem of a printed word (spelling folded, ال and its prefixes taken off). */
function stemOf(word: string): string {
  return queriedWordForm(normalizeArabic(word));
}

/** A reader's misspelling of a planted query, rotating through the variants Arabic search must forgive. */
function variantQuery(planted: PlantedArticle, turn: number): string {
  const [first = "", ...restOfName] = planted.person.split(" ");
  const rest = restOfName.join(" ");
  const stretched = `${planted.family.slice(0, 4)}ـــ${planted.family.slice(4)}`;
  const vocalized = [...planted.family]
    .map((letter, i) => (i === 3 ? letter + FATHA : i === 5 ? letter + KASRA : letter))
    .join("");
  const variants = [
    /^[أإ]/u.test(first) ? `ا${first.slice(1)} ${rest} ${planted.place}` : undefined,
    planted.place.endsWith("ة") ? `${planted.person} ${planted.place.slice(0, -1)}ه` : undefined,
    first.endsWith("ى") ? `${first.slice(0, -1)}ي ${rest} ${planted.place}` : undefined,
    planted.number === undefined ? undefined : `${planted.family} ${planted.number}`,
    `${planted.person.replace(planted.family, stretched)} ${planted.place}`,
    `${planted.person.replace(planted.family, vocalized)} ${planted.place}`,
  ].filter((query): query is string => query !== undefined);
  return variants[turn % variants.length] as string;
}

/** The planted query with a clitic the article does not print (و ف ب ك ل before ال). */
function prefixQuery(planted: PlantedArticle, turn: number): string {
  const prefix = ["و", "ف", "ب", "ك", "ل"][turn % 5] as string;
  const place = prefix === "ل" ? `ل${planted.place.slice(1)}` : `${prefix}${planted.place}`;
  return `${planted.person} ${place}`;
}

/**
 * Collects, while a corpus is generated, what the find-the-story query set needs: document
 * frequencies of search stems, the sampled and planted articles, and every title.
 */
export class FindTheStoryQueries {
  readonly #documentFrequency = new Map<string, number>();
  readonly #titles = new Map<string, string[]>();
  readonly #sampled: SampledArticle[] = [];
  readonly #planted: PlantedArticle[] = [];
  #articles = 0;

  /** Counts one generated page (re-scraped duplicates are skipped: their article is counted once). */
  observe(page: GeneratedPage, index: number): void {
    if (page.duplicate) return;
    this.#articles += 1;
    const { article } = page;
    const url = page.manifest.url;
    const sampled = isSampledPage(index) && page.planted === undefined;
    const stems = new Set<string>();
    const forms = new Map<string, string>();
    for (const line of [article.title, ...article.paragraphs]) {
      for (const word of normalizeArabic(line).split(" "))
        if (word !== "") stems.add(queriedWordForm(word));
      if (!sampled) continue;
      // A plain printed form (letters only, no marks) of each stem, for queries a reader types.
      for (const token of line.split(/\s+/u)) {
        const plain = token.replace(/^[«("]+|[»)".,،:؛!؟]+$/gu, "");
        if (PLAIN_WORD.test(plain) && !forms.has(stemOf(plain))) forms.set(stemOf(plain), plain);
      }
    }
    for (const stem of stems) {
      this.#documentFrequency.set(stem, (this.#documentFrequency.get(stem) ?? 0) + 1);
    }
    const titleKey = normalizeArabic(article.title);
    this.#titles.set(titleKey, [...(this.#titles.get(titleKey) ?? []), url]);
    if (sampled) this.#sampled.push({ url, year: article.date.year, title: article.title, forms });
    if (page.planted) this.#planted.push({ ...page.planted, url, year: article.date.year });
  }

  /** The query set: planted names, rare words, headlines, variants, prefixes and must-find-nothing. */
  queries(): QueryTruth[] {
    const queries: QueryTruth[] = [];
    this.#planted.forEach((planted, turn) => {
      const expect = { expectUrls: [planted.url], year: planted.year };
      queries.push({ query: `${planted.person} ${planted.place}`, kind: "rare-name", ...expect });
      if (turn % 2 === 0) {
        queries.push({ query: variantQuery(planted, turn / 2), kind: "variant", ...expect });
      } else {
        queries.push({ query: prefixQuery(planted, (turn - 1) / 2), kind: "prefix", ...expect });
      }
      const next = this.#planted[turn + 1];
      const nothing =
        turn % 2 === 1 && next !== undefined
          ? `${planted.family} ${next.place}`
          : `${planted.absent.person} ${planted.absent.place}`;
      queries.push({ query: nothing, kind: "nothing", expectUrls: [], year: null });
    });
    this.#sampled.forEach((sampled, turn) => {
      const rarest = [...sampled.forms]
        .map(([stem, printed]) => ({ printed, df: this.#documentFrequency.get(stem) ?? 0 }))
        .sort((a, b) => a.df - b.df || (a.printed < b.printed ? -1 : 1))
        .slice(0, 2 + (turn % 2));
      const expect = { expectUrls: [sampled.url], year: sampled.year };
      if (rarest.length >= 2) {
        queries.push({
          query: rarest.map(({ printed }) => printed).join(" "),
          kind: "rare-name",
          ...expect,
        });
      }
      // The headline's common words (in at least 1% of articles), as a reader half remembers it.
      const common = sampled.title
        .replace(PUNCTUATION, " ")
        .split(/\s+/u)
        .filter((word) => /^\p{L}+$/u.test(word))
        .filter((word) => this.documentFrequency(word) >= this.#articles / 100);
      const sameTitle = this.#titles.get(normalizeArabic(sampled.title)) ?? [sampled.url];
      if (common.length >= 3) {
        queries.push({
          query: common.join(" "),
          kind: "common",
          expectUrls: sameTitle,
          year: sameTitle.length === 1 ? sampled.year : null,
        });
      }
    });
    return queries;
  }

  /** How many articles contain the search stem of `word`. */
  documentFrequency(word: string): number {
    return this.#documentFrequency.get(stemOf(word)) ?? 0;
  }
}
