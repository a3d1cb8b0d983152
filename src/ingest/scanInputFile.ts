import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { hashBytes, hashText } from "./hashText.ts";
import type { InputRecord, PageSummary } from "./ingestState.ts";
import type { ArticleRecord, PageOrigin } from "./buildArticleRecord.ts";
import { processPage, type ProcessedPage } from "./processPage.ts";

/** One scanned input file: its fingerprint and summary, and its ticker when freshly parsed. */
export interface ScannedFile {
  record: InputRecord;
  /** Present only when the file was parsed in this run (not taken from the state). */
  tickerHeadlines?: string[];
  /** The article with its body, only when freshly parsed, so it can be written right away. */
  article?: ArticleRecord;
  parsed: boolean;
}

/**
 * Fingerprints one raw page and summarises it, reusing the previous summary when size and
 * mtime (or, failing those, the content hash) are unchanged. Never writes to the input.
 * Synchronous: see writeFileAtomic for why.
 */
export function scanInputFile(
  inputDir: string,
  file: string,
  previous: InputRecord | undefined,
  canReuse: (record: InputRecord) => boolean,
  originFor: (mtimeMs: number) => PageOrigin,
): ScannedFile {
  const path = join(inputDir, file);
  const info = statSync(path);
  if (
    previous &&
    previous.size === info.size &&
    previous.mtimeMs === info.mtimeMs &&
    canReuse(previous)
  ) {
    return { record: previous, parsed: false };
  }
  const bytes = readFileSync(path);
  const sha256 = hashBytes(bytes);
  if (previous && previous.sha256 === sha256 && canReuse(previous)) {
    return { record: { ...previous, size: info.size, mtimeMs: info.mtimeMs }, parsed: false };
  }
  // The summary does not depend on the origin (scrape time, URL), so it stays valid when only
  // the manifest changes.
  const page = processPage(bytes, originFor(info.mtimeMs));
  return {
    record: { size: info.size, mtimeMs: info.mtimeMs, sha256, page: summarizePage(page) },
    tickerHeadlines: page.tickerHeadlines,
    ...(page.article ? { article: page.article } : {}),
    parsed: true,
  };
}

/** Key of a ticker in the state's ticker table. */
export function tickerKey(headlines: readonly string[]): string {
  return hashText(headlines.join("\n"), 16);
}

function summarizePage(page: ProcessedPage): PageSummary {
  const summary: PageSummary = { warnings: page.warnings };
  if (page.rejection) summary.rejected = page.rejection;
  if (page.tickerHeadlines.length > 0) summary.ticker = tickerKey(page.tickerHeadlines);
  const fm = page.article?.frontMatter;
  if (fm) {
    summary.article = {
      id: fm.id,
      title: fm.title,
      source: fm.source,
      ...(fm.date ? { date: fm.date } : {}),
      ...(fm.dateProblem ? { dateProblem: fm.dateProblem } : {}),
    };
  }
  return summary;
}
