import type { Prng } from "./createPrng.ts";

const TATWEEL = "\u0640";
const DIACRITICS = ["\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u064B", "\u064C", "\u064D"];
// Letters that join to the next one: only after these can a tatweel stretch the word.
const JOINING = new Set("بتثجحخسشصضطظعغفقكلمنهيئ");
const ARABIC_LETTER = /^[\u0621-\u064A]$/u;

/** Rewrites one word in a way Arabic writers commonly vary it (prefix, hamza, ة/ه, ى/ي, tatweel, diacritics). */
export function varyWord(word: string, prng: Prng): string {
  const match = /^([«("]*)([\u0621-\u0652\u0640]+)(.*)$/u.exec(word);
  if (!match) return word;
  const [, before = "", stem = "", after = ""] = match;
  const variants: (() => string | undefined)[] = [
    () => (stem.startsWith("ال") ? `${prng.pick(["و", "ف", "وب", "ول"])}${stem}` : undefined),
    () => (/^[أإآ]/u.test(stem) ? `ا${stem.slice(1)}` : undefined),
    () => (stem.includes("ؤ") ? stem.replace("ؤ", "ئ") : undefined),
    () => (stem.startsWith("ا") && stem.length > 3 ? `أ${stem.slice(1)}` : undefined),
    () => (stem.endsWith("ة") ? `${stem.slice(0, -1)}ه` : undefined),
    () => (stem.endsWith("ى") ? `${stem.slice(0, -1)}ي` : undefined),
    () => (stem.endsWith("ي") && stem.length > 3 ? `${stem.slice(0, -1)}ى` : undefined),
    () => stretch(stem, prng),
    () => vocalize(stem, prng),
  ];
  const varied = prng.pick(variants)();
  return varied === undefined ? word : `${before}${varied}${after}`;
}

function stretch(stem: string, prng: Prng): string | undefined {
  const spots: number[] = [];
  for (let i = 1; i < stem.length - 1; i += 1) {
    if (JOINING.has(stem[i] as string) && ARABIC_LETTER.test(stem[i + 1] as string)) spots.push(i);
  }
  if (spots.length === 0) return undefined;
  const at = prng.pick(spots) + 1;
  return `${stem.slice(0, at)}${TATWEEL.repeat(prng.int(1, 4))}${stem.slice(at)}`;
}

function vocalize(stem: string, prng: Prng): string {
  let out = "";
  for (const letter of stem) {
    out += letter;
    if (ARABIC_LETTER.test(letter) && prng.chance(0.35)) out += prng.pick(DIACRITICS);
  }
  return out;
}

/** Varies about `rate` of the words of a line, keeping spacing and punctuation. */
export function varySpelling(line: string, rate: number, prng: Prng): string {
  if (rate <= 0) return line;
  return line
    .split(" ")
    .map((word) => (prng.chance(rate) ? varyWord(word, prng) : word))
    .join(" ");
}
