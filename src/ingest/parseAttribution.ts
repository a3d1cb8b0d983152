import { parseArticleDate } from "./parseArticleDate.ts";

/** What an attribution line says: newspaper, optional author, and the publication date. */
export interface Attribution {
  source: string;
  author?: string;
  dateText: string;
  date?: string;
  problem?: string;
  lang: "ar" | "fr";
}

interface AttributionWords {
  lang: "ar" | "fr";
  /** Opens the attribution: «نشر في» / «Publié dans». */
  published: string;
  /** Separates the newspaper from the date; the last occurrence wins. */
  on: string;
}

const WORDS: readonly AttributionWords[] = [
  { lang: "ar", published: "نشر في ", on: " يوم " },
  { lang: "fr", published: "Publié dans ", on: " le " },
];
// Invisible direction controls (ALM, LRM, RLM, embeddings, overrides, isolates): a name is shown
// isolated already, and one typed with them would otherwise be another newspaper or author.
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// A real attribution is short; refusing long lines keeps a 5 MB body line from being scanned.
const MAX_ATTRIBUTION_LENGTH = 400;

/**
 * Parses `[author] نشر في <newspaper> يوم DD - MM - YYYY` (or the French `Publié dans … le …`),
 * or returns undefined when the line is not an attribution. The newspaper may itself contain
 * «اليوم» or digits, so it ends at the LAST « يوم ».
 */
export function parseAttribution(line: string): Attribution | undefined {
  if (line.length > 2 * MAX_ATTRIBUTION_LENGTH) return undefined;
  const text = line.replace(/[\s\u00a0]+/g, " ").trim();
  if (text.length > MAX_ATTRIBUTION_LENGTH) return undefined;
  for (const words of WORDS) {
    const at = text.indexOf(words.published);
    if (at < 0) continue;
    const rest = text.slice(at + words.published.length);
    const on = rest.lastIndexOf(words.on);
    if (on <= 0) continue;
    const source = rest.slice(0, on).replace(DIRECTION_CONTROLS, "").trim();
    const date = parseArticleDate(rest.slice(on + words.on.length));
    // A name of spaces, marks or punctuation only («...», a lone RLM) names no newspaper: its
    // list would be a link without visible text.
    if (!/[\p{L}\p{N}]/u.test(source)) continue;
    const author = text.slice(0, at).replace(DIRECTION_CONTROLS, "").trim();
    return {
      source,
      ...(author !== "" ? { author } : {}),
      ...date,
      lang: words.lang,
    };
  }
  return undefined;
}
