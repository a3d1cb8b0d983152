import { join } from "node:path";
import type { PageOrigin } from "./buildArticleRecord.ts";
import { fingerprintInput } from "./fingerprintInput.ts";
import type { ScannedPage } from "./groupScannedPages.ts";
import type { IngestState, InputRecord, PageSummary } from "./ingestState.ts";
import type { OutputWriter } from "./outputWriter.ts";
import type { ParsedInputPage } from "./parseInputPage.ts";
import { ParsePool } from "./parsePool.ts";
import type { TickerTable } from "./tickerTable.ts";

/** What phase 1 needs from the run: the inputs, last run's state and where fresh articles go. */
export interface ScanInputOptions {
  inputDir: string;
  /** Input paths relative to `inputDir`, in the order their pages are numbered. */
  files: readonly string[];
  previousInputs: IngestState["inputs"];
  /** Ticker headlines by ticker id; pages with a new ticker add theirs. */
  tickerTable: TickerTable;
  writer: OutputWriter;
  /** Worker threads for parsing (0 parses on the main thread). */
  workers: number;
  originOf: (file: string, mtimeMs: number) => PageOrigin;
  /** The key under which an article's Markdown is recorded (see OutputWriter.sync). */
  articleInputKey: (record: InputRecord, origin: PageOrigin) => string;
  /** Called after each page; may yield to the event loop. */
  progress: (done: number, total: number) => Promise<void>;
}

/** The scanned pages in input order, and how they were obtained. */
export interface ScanResult {
  pages: ScannedPage[];
  parsed: number;
  reused: number;
  /** Worker threads that parsed pages (0: all parsed on the main thread). */
  workerThreads: number;
}

/** One input file on its way through phase 1: reused from the state, or being parsed. */
type ScanStep =
  | { file: string; reuse: InputRecord }
  | {
      file: string;
      size: number;
      mtimeMs: number;
      sha256: string;
      parsed: Promise<ParsedInputPage>;
    };

// Pages parsed ahead of the main thread: enough to keep the workers busy, few enough that
// memory stays flat however many files there are.
const PARSE_AHEAD = 64;
const YIELD_EVERY = 8;

/**
 * Phase 1 of ingest: fingerprints and summarises every page; only small summaries stay in memory.
 * A fresh article is written at once, as if it had no duplicates (the usual case), so its body
 * need not be read twice; phase 3 rewrites the few that turn out to have duplicates.
 */
export async function scanInputPages(options: ScanInputOptions): Promise<ScanResult> {
  const { inputDir, files, previousInputs, tickerTable, writer, originOf } = options;
  const result: ScanResult = { pages: [], parsed: 0, reused: 0, workerThreads: 0 };
  const claimed = new Set<string>();
  const canReuse = (record: InputRecord): boolean =>
    !record.page.ticker || tickerTable.has(record.page.ticker);
  const pool = new ParsePool(options.workers);
  const queue: ScanStep[] = [];
  const settle = async (step: ScanStep): Promise<void> => {
    let record: InputRecord;
    if ("reuse" in step) {
      record = step.reuse;
      result.reused++;
      // An unchanged page earlier in the order keeps its article: a new duplicate must not
      // overwrite it first, only to be undone in phase 3.
      if (record.page.article) claimed.add(record.page.article.id);
    } else {
      const parsed = await step.parsed;
      record = {
        size: step.size,
        mtimeMs: step.mtimeMs,
        sha256: step.sha256,
        page: parsed.summary,
      };
      result.parsed++;
      if (record.page.ticker) tickerTable.add(record.page.ticker, parsed.tickerHeadlines);
      const article = parsed.article;
      if (article && !claimed.has(article.id)) {
        claimed.add(article.id);
        const key = options.articleInputKey(record, originOf(step.file, record.mtimeMs));
        writer.sync("articles", article.output, key, () => Buffer.from(article.markdown));
      }
    }
    result.pages.push({ file: step.file, record, origin: originOf(step.file, record.mtimeMs) });
    await options.progress(result.pages.length, files.length);
  };
  try {
    for (const [index, file] of files.entries()) {
      // Worker results arrive as messages, handled only when this thread yields: yield often,
      // or the pool sees a stale backlog and parses everything here while its workers idle.
      if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((next) => setImmediate(next));
      const fingerprint = fingerprintInput(join(inputDir, file), previousInputs[file], canReuse);
      if ("reuse" in fingerprint) queue.push({ file, reuse: fingerprint.reuse });
      else if ("unreadable" in fingerprint) {
        // Size -1 never matches a real file, so the next run tries it again.
        const page: PageSummary = { warnings: [], rejected: fingerprint.unreadable };
        queue.push({ file, reuse: { size: -1, mtimeMs: 0, sha256: "", page } });
      } else {
        const { bytes, ...rest } = fingerprint;
        queue.push({ file, ...rest, parsed: pool.parse(bytes, originOf(file, rest.mtimeMs)) });
      }
      // Results are taken in input order (deterministic), with a bounded number parsed ahead.
      while (
        queue.length > 0 &&
        (queue.length > PARSE_AHEAD || "reuse" in (queue[0] as ScanStep))
      ) {
        await settle(queue.shift() as ScanStep);
      }
    }
    while (queue.length > 0) await settle(queue.shift() as ScanStep);
  } finally {
    result.workerThreads = pool.threads;
    await pool.close();
  }
  return result;
}
