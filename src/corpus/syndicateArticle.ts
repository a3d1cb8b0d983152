import type { Prng } from "./createPrng.ts";
import type { Newspaper } from "./newspapers.ts";
import type { RawPage } from "./renderRawPage.ts";
import { varySpelling } from "./varySpelling.ts";
import { choosePageLayout, type Article, type CorpusChains } from "./writeArticle.ts";

/** The line wire agencies end a dispatch with. */
export const END_OF_WIRE = "// انتهى //";
const KICKERS = ["عاجل: ", "بالصور.. ", "رسمياً: ", "تفاصيل: ", "شاهد: "];

/** Where and when a newspaper republishes a story. */
export interface SyndicationTarget {
  newspaper: Newspaper;
  articleId: number;
  date: RawPage["date"];
}

/** Replaces about `rate` of the words longer than three letters with vocabulary words. */
export function editWords(
  line: string,
  rate: number,
  chains: Pick<CorpusChains, "common" | "vocabulary">,
  prng: Prng,
): string {
  return line
    .split(" ")
    .map((word) =>
      /^[\u0621-\u064A]{4,}$/u.test(word) && !chains.common.has(word) && prng.chance(rate)
        ? chains.vocabulary.draw(prng, word.startsWith("ال"))
        : word,
    )
    .join(" ");
}

/** An edited title: a kicker added, a clause cut, or a few words changed; never the same title. */
function editTitle(title: string, chains: CorpusChains, prng: Prng): string {
  const words = title.split(" ");
  const edits: (() => string)[] = [
    () => `${prng.pick(KICKERS)}${title}`,
    () => (words.length > 5 ? words.slice(0, words.length - prng.int(1, 2)).join(" ") : ""),
    () => editWords(title, 0.35, chains, prng),
    () => (title.includes(":") ? title.split(":").reverse().join(" ..").trim() : ""),
  ];
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const edited = prng.pick(edits)();
    if (edited !== "" && edited !== title) return edited;
  }
  return `${prng.pick(KICKERS)}${title}`;
}

/**
 * A syndicated copy of an article in another newspaper: edited title, paragraphs reordered or
 * trimmed, light word edits, its own layout; the body never equals the original's.
 */
export function syndicateArticle(
  original: Article,
  chains: CorpusChains,
  prng: Prng,
  target: SyndicationTarget,
): Article {
  const body = original.paragraphs.filter((paragraph) => paragraph !== END_OF_WIRE);
  const [lead = "", ...rest] = body;
  if (rest.length >= 3 && prng.chance(0.5)) {
    const i = prng.int(0, rest.length - 1);
    const j = prng.int(0, rest.length - 1);
    [rest[i], rest[j]] = [rest[j] as string, rest[i] as string];
  }
  if (rest.length >= 4 && prng.chance(0.5)) rest.splice(rest.length - prng.int(1, 2));
  const edited = [lead, ...rest].map((paragraph) => editWords(paragraph, 0.03, chains, prng));
  const spellingRate = prng.chance(0.5) ? 0 : 0.02;
  const paragraphs = edited.map((paragraph) => varySpelling(paragraph, spellingRate, prng));
  if (prng.chance(0.3) || paragraphs.join("\n") === body.join("\n")) {
    paragraphs.push(`وكانت ${target.newspaper.name} قد تابعت تطورات الخبر منذ بدايته.`);
  }
  if (target.newspaper.wire) paragraphs.push(END_OF_WIRE);
  return {
    newspaper: target.newspaper,
    articleId: target.articleId,
    title: editTitle(original.title, chains, prng),
    date: target.date,
    paragraphs,
    ...choosePageLayout(prng),
    ...(original.cast ? { cast: original.cast } : {}),
  };
}
