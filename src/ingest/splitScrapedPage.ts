import { detectLanguage } from "./detectLanguage.ts";
import { footerLanguage, isImageWidgetLine } from "./pageBoilerplate.ts";
import { parseAttribution, type Attribution } from "./parseAttribution.ts";
import { hasTickerSeparator, splitTicker } from "./splitTicker.ts";

/** One thing wrong with a page: an `error` means no article can be kept, a `warning` does not. */
export interface PageProblem {
  severity: "error" | "warning";
  message: string;
}

/** The parts of one scraped page, in page order. */
export interface ScrapedPageParts {
  tickerHeadlines: string[];
  title?: string;
  attributionLine?: string;
  attribution?: Attribution;
  bodyParagraphs: string[];
  footer?: string;
  lang: "ar" | "fr";
  problems: PageProblem[];
}

// The attribution sits right under the title; looking further would mistake a body line
// that begins with «نشر في» for it.
const HEADER_LINES = 3;
// The footer is the last line of the template; tolerate a few stray lines after it.
const FOOTER_SEARCH_LINES = 5;

/** Splits normalised page text into ticker, title, attribution, body and footer. */
export function splitScrapedPage(text: string): ScrapedPageParts {
  const lines = text.split("\n");
  const problems: PageProblem[] = [];
  const parts: ScrapedPageParts = { tickerHeadlines: [], bodyParagraphs: [], lang: "ar", problems };

  let first = nextContentLine(lines, 0, lines.length);
  if (first < 0) {
    problems.push({ severity: "error", message: "empty page: only whitespace" });
    return parts;
  }
  let hasTicker = false;
  if (hasTickerSeparator(lines[first] as string)) {
    parts.tickerHeadlines = splitTicker(lines[first] as string);
    hasTicker = true;
    first += 1;
  }

  const footerAt = findFooter(lines, first);
  const end = footerAt >= 0 ? footerAt : lines.length;
  if (footerAt >= 0) {
    parts.footer = (lines[footerAt] as string).trim();
    const trailing = countContentLines(lines, footerAt + 1, lines.length);
    if (trailing > 0) {
      problems.push({
        severity: "warning",
        message: `${trailing} line(s) after the footer ignored`,
      });
    }
  }

  const header: number[] = [];
  for (let i = nextHeaderLine(lines, first, end); i >= 0 && header.length < HEADER_LINES;) {
    header.push(i);
    i = nextHeaderLine(lines, i + 1, end);
  }
  if (header.length === 0) {
    problems.push({
      severity: "error",
      message: hasTicker
        ? "ticker only: no title, attribution or body"
        : "empty page: no content lines",
    });
    return parts;
  }

  let attributionIndex = -1;
  for (let k = 0; k < header.length; k++) {
    const attribution = parseAttribution(lines[header[k] as number] as string);
    if (attribution) {
      parts.attribution = attribution;
      parts.attributionLine = (lines[header[k] as number] as string).trim();
      attributionIndex = k;
      break;
    }
  }

  if (attributionIndex < 0) {
    parts.title = (lines[header[0] as number] as string).trim();
    parts.lang = detectLanguage(parts.title);
    problems.push({
      severity: "error",
      message:
        footerAt < 0
          ? "unknown layout: no attribution line (نشر في <newspaper> يوم DD - MM - YYYY) and no footer"
          : "no attribution line (نشر في <newspaper> يوم DD - MM - YYYY) under the title",
    });
    return parts;
  }
  if (attributionIndex === 0) {
    problems.push({
      severity: "error",
      message: "no title: the attribution line is the first line after the ticker",
    });
    return parts;
  }
  const titleLine = header[attributionIndex - 1] as number;
  if (attributionIndex === 2 && !hasTicker) {
    // A ticker holding a single headline has no separator to recognise it by.
    parts.tickerHeadlines = splitTicker(lines[header[0] as number] as string);
  } else if (attributionIndex === 2) {
    problems.push({ severity: "warning", message: "an extra line before the title was ignored" });
  }
  parts.title = (lines[titleLine] as string).trim();

  const bodyStart = (header[attributionIndex] as number) + 1;
  for (let i = bodyStart; i < end; i++) {
    const paragraph = (lines[i] as string).trim();
    if (paragraph !== "") parts.bodyParagraphs.push(paragraph);
  }
  parts.lang =
    parts.attribution?.lang === "fr" ||
    (footerAt >= 0 && footerLanguage(parts.footer ?? "") === "fr")
      ? "fr"
      : detectLanguage(`${parts.title} ${parts.bodyParagraphs[0] ?? ""}`);

  if (!hasTicker && attributionIndex !== 2)
    problems.push({ severity: "warning", message: "no ticker line" });
  if (footerAt < 0) {
    problems.push({
      severity: "warning",
      message: "no footer line: the body runs to the end of the page",
    });
  }
  if (parts.bodyParagraphs.length === 0)
    problems.push({ severity: "warning", message: "empty body" });
  return parts;
}

function isBlank(line: string): boolean {
  return line.trim() === "";
}

function nextContentLine(lines: readonly string[], from: number, end: number): number {
  for (let i = from; i < end; i++) if (!isBlank(lines[i] as string)) return i;
  return -1;
}

function nextHeaderLine(lines: readonly string[], from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const line = lines[i] as string;
    if (!isBlank(line) && !isImageWidgetLine(line)) return i;
  }
  return -1;
}

function countContentLines(lines: readonly string[], from: number, end: number): number {
  let count = 0;
  for (let i = from; i < end; i++) if (!isBlank(lines[i] as string)) count++;
  return count;
}

/** Index of the last line matching a known footer among the last few content lines, or -1. */
function findFooter(lines: readonly string[], from: number): number {
  let seen = 0;
  for (let i = lines.length - 1; i >= from && seen < FOOTER_SEARCH_LINES; i--) {
    const line = lines[i] as string;
    if (isBlank(line)) continue;
    if (footerLanguage(line)) return i;
    seen++;
  }
  return -1;
}
