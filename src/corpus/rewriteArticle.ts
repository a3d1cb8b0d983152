import type { Prng } from "./createPrng.ts";
import { editWords, END_OF_WIRE } from "./syndicateArticle.ts";
import type { Article, CorpusChains } from "./writeArticle.ts";

/** Splits a paragraph into its sentences (each keeps its closing mark). */
function sentencesOfParagraph(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!؟])\s+/u).filter((sentence) => sentence !== "");
}

/** An original's sentence as a rewrite keeps it: verbatim (always for quotes) or with words swapped. */
function keptSentence(
  sentence: string,
  chains: Pick<CorpusChains, "common" | "vocabulary">,
  prng: Prng,
): string {
  if (/[«"]/u.test(sentence) || prng.chance(0.65)) return sentence;
  return editWords(sentence, 0.3, chains, prng);
}

/** The original's sentences, paragraph by paragraph, with at least two (or all) verbatim ones. */
function keptParagraphs(
  original: Article,
  chains: Pick<CorpusChains, "common" | "vocabulary">,
  prng: Prng,
): string[][] {
  const keep = 0.5 + 0.3 * prng.next();
  const paragraphs = original.paragraphs
    .filter((paragraph) => paragraph !== END_OF_WIRE)
    .map(sentencesOfParagraph);
  const total = paragraphs.reduce((sum, sentences) => sum + sentences.length, 0);
  let verbatim = Math.min(2, total);
  return paragraphs
    .map((sentences, p) =>
      sentences.flatMap((sentence, s) => {
        const left = paragraphs.slice(p + 1).reduce((sum, rest) => sum + rest.length, 0);
        const must = verbatim > 0 && left + sentences.length - s <= verbatim;
        if (!must && !prng.chance(keep)) return [];
        const kept = must ? sentence : keptSentence(sentence, chains, prng);
        if (kept === sentence) verbatim -= 1;
        return [kept];
      }),
    )
    .filter((sentences) => sentences.length > 0);
}

/**
 * A close rewrite of `original`, as desks rewrite wire copy: `fresh` (the desk's own write-up of
 * the story: its title, lead and sentences) merged with a share of the original's sentences, some
 * reworded, the quotes and at least two verbatim, the rest dropped, and the original's paragraphs reordered.
 */
export function rewriteArticle(
  original: Article,
  fresh: Article,
  chains: Pick<CorpusChains, "common" | "vocabulary">,
  prng: Prng,
): Article {
  const ownSentences = fresh.paragraphs
    .slice(1)
    .filter((paragraph) => paragraph !== END_OF_WIRE)
    .flatMap(sentencesOfParagraph);
  const takeOwn = (): string[] => {
    const sentence = ownSentences.shift();
    return sentence === undefined ? [] : [sentence];
  };
  const kept = keptParagraphs(original, chains, prng);
  // The original's paragraphs in another order (a few swaps).
  for (let swap = 0; swap < Math.min(3, kept.length - 1); swap += 1) {
    const i = prng.int(0, kept.length - 1);
    const j = prng.int(0, kept.length - 1);
    [kept[i], kept[j]] = [kept[j] as string[], kept[i] as string[]];
  }
  const paragraphs = [fresh.paragraphs[0] ?? ""];
  for (const sentences of kept) {
    const own = prng.chance(0.4) ? takeOwn() : [];
    paragraphs.push([...sentences, ...own].join(" "));
  }
  const closing = prng.int(0, 2);
  for (let k = 0; k < closing && ownSentences.length > 0; k += 1) {
    paragraphs.push([...takeOwn(), ...takeOwn()].join(" "));
  }
  if (fresh.newspaper.wire) paragraphs.push(END_OF_WIRE);
  return { ...fresh, paragraphs };
}
