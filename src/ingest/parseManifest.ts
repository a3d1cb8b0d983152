import { isCalendarDate } from "../archive/calendarDate.ts";
import { isHttpUrl } from "../archive/isHttpUrl.ts";

/** One manifest line: where a raw page came from and when it was scraped. */
export interface ManifestEntry {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  url?: string;
  /** ISO date-time (UTC) of the scrape. */
  scrapedAt?: string;
  /** The page's text is machine-generated (a demo corpus); its articles say so on the site. */
  generated?: true;
}

/** The manifest's entries by file, and one message per line that could not be used. */
export interface ParsedManifest {
  entries: Map<string, ManifestEntry>;
  problems: Array<{ line: number; message: string }>;
}

/** Parses a JSON Lines manifest; a broken line is reported, never fatal. Later lines win. */
export function parseManifest(text: string): ParsedManifest {
  const entries = new Map<string, ManifestEntry>();
  const problems: ParsedManifest["problems"] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === "") continue;
    const parsed = parseManifestLine(line);
    if (typeof parsed === "string") problems.push({ line: i + 1, message: parsed });
    else entries.set(parsed.file, parsed);
  }
  return { entries, problems };
}

/** Parses one manifest line into an entry, or returns why it cannot be used. */
export function parseManifestLine(line: string): ManifestEntry | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return "not valid JSON";
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return "not a JSON object";
  const record = value as Record<string, unknown>;
  if (typeof record.file !== "string" || record.file.trim() === "") return 'missing "file"';
  const entry: ManifestEntry = { file: normalizeRelativePath(record.file) };
  if (record.url !== undefined) {
    if (typeof record.url !== "string" || parseArticleUrl(record.url) === undefined) {
      return `"url" is not an http(s) URL: ${JSON.stringify(record.url)}`;
    }
    entry.url = record.url;
  }
  if (record.scrapedAt !== undefined) {
    const time = typeof record.scrapedAt === "string" ? Date.parse(record.scrapedAt) : Number.NaN;
    if (Number.isNaN(time) || !dayExists(record.scrapedAt as string))
      return `"scrapedAt" is not a date-time: ${JSON.stringify(record.scrapedAt)}`;
    entry.scrapedAt = new Date(time).toISOString();
  }
  if (record.generated !== undefined) {
    if (typeof record.generated !== "boolean")
      return `"generated" is not true or false: ${JSON.stringify(record.generated)}`;
    if (record.generated) entry.generated = true;
  }
  return entry;
}

/** False for an ISO-looking `YYYY-MM-DD…` whose day does not exist (Date moves 02-31 to 03-03). */
function dayExists(text: string): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return iso === null || isCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
}

/** Aggregator host and newspaper slug of an article URL such as https://sauress.com/alhayat/573769. */
export function parseArticleUrl(url: string): { aggregator: string; paper?: string } | undefined {
  if (!isHttpUrl(url)) return undefined;
  const parsed = new URL(url);
  const aggregator = parsed.hostname.replace(/^www\./, "");
  const segments = parsed.pathname.split("/").filter((s) => s !== "");
  // French editions live under /fr/<paper>/<id>.
  const paperSegment = segments[0] === "fr" || segments[0] === "ar" ? segments[1] : segments[0];
  const paper = segments.length >= 2 && paperSegment ? decodeSegment(paperSegment) : undefined;
  return paper ? { aggregator, paper } : { aggregator };
}

/** A percent-decoded path segment; a malformed escape (`%E0`) is kept as written, never fatal. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Forward slashes, no leading `./`: how input paths are keyed everywhere. */
export function normalizeRelativePath(path: string): string {
  return path
    .replace(/\\/g, "/")
    .replace(/^(\.\/)+/, "")
    .normalize("NFC");
}
