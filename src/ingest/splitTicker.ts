const SPACE = 0x20;
const NBSP = 0xa0;
// The aggregator joins ticker headlines with four no-break spaces; eight in a row is an empty slot.
const SEPARATOR_RUN = 4;

/** Splits a ticker line on runs of 4+ spaces or no-break spaces, dropping empty slots. */
export function splitTicker(line: string): string[] {
  const headlines: string[] = [];
  let start = 0;
  let runStart = -1;
  // One linear pass: a regex split over a multi-megabyte line would be fine too, but this also
  // lets hasTickerSeparator share the exact notion of a separator.
  for (let i = 0; i <= line.length; i++) {
    const code = i < line.length ? line.charCodeAt(i) : -1;
    if (code === SPACE || code === NBSP) {
      if (runStart < 0) runStart = i;
      continue;
    }
    if (runStart >= 0 && i - runStart >= SEPARATOR_RUN) {
      pushHeadline(headlines, line.slice(start, runStart));
      start = i;
    }
    runStart = -1;
  }
  pushHeadline(headlines, line.slice(start));
  return headlines;
}

/** True when the line holds at least one ticker separator (a run of 4+ spaces or NBSP). */
export function hasTickerSeparator(line: string): boolean {
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    run = code === SPACE || code === NBSP ? run + 1 : 0;
    if (run >= SEPARATOR_RUN) return true;
  }
  return false;
}

/** Collapses inner whitespace (NBSP included) so a headline displays as one tidy line. */
export function tidyHeadline(text: string): string {
  const trimmed = text.trim();
  return MESSY_SPACE.test(trimmed) ? trimmed.replace(/[\s\u00a0]+/g, " ") : trimmed;
}

// Any whitespace but a plain space, or two in a row (`\s` includes NBSP).
const MESSY_SPACE = /[^\S ]|\s\s/;

function pushHeadline(headlines: string[], raw: string): void {
  const text = tidyHeadline(raw);
  if (text !== "") headlines.push(text);
}
