import type { Prng } from "./createPrng.ts";
import type { TrainingText } from "./trainingText.ts";
import type { CorpusChains } from "./writeArticle.ts";

const ARABIC_WORD = /^([«("]*)([\u0621-\u064A]+)([^\u0621-\u064A]*)$/u;

/** The bare words of a text and how often each occurs. */
function wordCounts(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    for (const token of line.split(/\s+/u)) {
      const bare = ARABIC_WORD.exec(token)?.[2];
      if (bare) counts.set(bare, (counts.get(bare) ?? 0) + 1);
    }
  }
  return counts;
}

// Function words and the commonest news verbs and nouns: kept wherever the chain puts them, so
// they dominate word frequencies as in real Arabic text.
const FUNCTION_WORDS = new Set(
  (
    "في من على إلى عن مع أن إن أنه أنها بأن وأن كما لا لم لن ما هو هي هم التي الذي الذين هذا هذه " +
    "ذلك تلك بين بعد قبل عند حتى منذ خلال حيث إذ أو ثم لكن بل قد كان كانت يكون تكون وكان وقد " +
    "كل بعض غير أي أكثر أول وفي ومن وعلى وإلى إلا عبر نحو ضد لدى لها له لهم فيه فيها منه منها " +
    "عليه عليها إليه وهو وهي ولا فإن وإن كذلك أيضا أيضاً قال وقال أكد وأكد أعلن وأعلن أوضح وأوضح " +
    "أضاف وأضاف يوم العام عام المقبل الماضي اليوم الحكومة الوزير وزير رئيس الرئيس المملكة الدولة " +
    "مجلس العربية السعودية الوطنية العالم الدولي مدير عدد المنطقة"
  ).split(" "),
);

/** Every word the chain can print, also without a clitic before ال (بالقديمة → القديمة). */
export function trainingWordsOf(training: TrainingText): Set<string> {
  const words = new Set<string>();
  for (const word of wordCounts([
    ...training.paragraphs,
    ...training.headlines,
    training.title,
  ]).keys()) {
    words.add(word);
    words.add(word.replace(/^[وف]?[بك]?(?=ال)/u, "").replace(/^[وف]?لل/u, "ال"));
  }
  return words;
}

/** Words kept as the chain writes them: function words and the commonest news words. */
export function commonWordsOf(training: TrainingText): Set<string> {
  const counts = wordCounts([...training.paragraphs, ...training.headlines, training.title]);
  return new Set([...counts.keys()].filter((word) => FUNCTION_WORDS.has(word) || word.length <= 2));
}

const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";

/** Writes a number's digits as Arabic-Indic when asked. */
export function localDigits(text: string, arabicIndic: boolean): string {
  return arabicIndic ? text.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)] as string) : text;
}

/** A number as news prints it: a count, a year, an amount or a percentage. */
export function newsNumber(prng: Prng, arabicIndic: boolean): string {
  const text = prng.weighted<() => string>([
    [() => String(prng.int(2, 99)), 4],
    [() => String(prng.int(100, 9999)), 3],
    [() => String(prng.int(1990, 2025)), 2],
    [() => `${prng.int(1, 9)}.${prng.int(1, 9)} مليون`, 1],
    [() => `${prng.int(2, 95)} في المئة`, 1],
  ])();
  return localDigits(text, arabicIndic);
}

/** How an article replaces the chain's content words. */
export interface Rewording {
  /** Share of replaceable words that are replaced. */
  rate: number;
  arabicIndic: boolean;
}

/** Replaces content words of a chain walk with vocabulary words (keeping clitics and punctuation) and some numbers. */
export function reword(
  chains: Pick<CorpusChains, "common" | "vocabulary">,
  prng: Prng,
  words: string[],
  how: Rewording,
): string[] {
  return words.map((token) => {
    const match = ARABIC_WORD.exec(token);
    if (!match) return token;
    const [, before = "", word = "", punctuation = ""] = match;
    // A mark the chain put on the replaced word (tanween: مهماً) does not belong on the new one.
    const after = punctuation.replace(/[\u064B-\u0652]/gu, "");
    if (chains.common.has(word) || word.length <= 2 || !prng.chance(how.rate)) return token;
    if (prng.chance(0.03)) return `${before}${newsNumber(prng, how.arabicIndic)}${after}`;
    const clitic = /^(?:[وف]?(?:ب|ك)?)(?=ال)/u.exec(word)?.[0];
    if (clitic !== undefined) {
      return `${before}${clitic}${chains.vocabulary.draw(prng, true)}${after}`;
    }
    if (/^[وف]?لل/u.test(word)) {
      const conjunction = /^[وف]/u.test(word) ? word[0] : "";
      return `${before}${conjunction}ل${chains.vocabulary.draw(prng, true).slice(1)}${after}`;
    }
    return `${before}${chains.vocabulary.draw(prng, false)}${after}`;
  });
}
