import { readFileSync } from "node:fs";

/** What the generator learns from: the real seed page cut into its parts. */
export interface TrainingText {
  /** Ticker headlines of the seed page (empty slots dropped). */
  headlines: string[];
  /** The seed ticker's slots in order, an empty string for its empty slot. */
  tickerSlots: string[];
  title: string;
  /** Body paragraphs, one per line of the seed page. */
  paragraphs: string[];
}

const FOOTER = "انقر هنا لقراءة الخبر من مصدره.";
const WIDGET_LINES = new Set([
  "شكرا على الإبلاغ!",
  "سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.",
]);

/** Splits the seed page's text into headlines, title and body paragraphs (only for the known seed layout). */
export function splitTrainingPage(text: string): TrainingText {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const [ticker = "", ...rest] = lines;
  const tickerSlots = ticker
    .split(/[\u00A0 ]{4}/)
    .map((headline) => headline.trim())
    .filter((headline, i, all) => headline.length > 0 || (i > 0 && i < all.length - 1));
  const headlines = tickerSlots.filter((headline) => headline.length > 0);
  const content = rest.filter((line) => line.trim() !== "" && !WIDGET_LINES.has(line.trim()));
  const attributionIndex = content.findIndex((line) => line.startsWith("نشر في "));
  const title = content[attributionIndex - 1];
  if (attributionIndex < 1 || title === undefined) {
    throw new Error("training page has no title and attribution line");
  }
  const paragraphs = content.slice(attributionIndex + 1).filter((line) => line.trim() !== FOOTER);
  return { headlines, tickerSlots, title, paragraphs };
}

let cached: TrainingText | undefined;

/** Reads the bundled copy of the real seed page (src/corpus/seedPage.txt) once. */
export function loadTrainingText(): TrainingText {
  cached ??= splitTrainingPage(readFileSync(new URL("./seedPage.txt", import.meta.url), "utf8"));
  return cached;
}
