import { readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { PageOrigin } from "./buildArticleRecord.ts";
import { groupScannedPages, type ScannedPage } from "./groupScannedPages.ts";
import { hashBytes, hashText } from "./hashText.ts";
import { serializeIngestReport, type IngestReport } from "./ingestReport.ts";
import {
  loadIngestState,
  serializeIngestState,
  type IngestState,
  type InputRecord,
  type PageSummary,
} from "./ingestState.ts";
import { articleOutputPath, headlineOutputPath } from "./outputPaths.ts";
import { OutputWriter } from "./outputWriter.ts";
import { processPage } from "./processPage.ts";
import { MANIFEST_NAME, readManifestFile } from "./readManifestFile.ts";
import { renderArticleMarkdown, renderHeadlineMarkdown } from "./renderArticleMarkdown.ts";
import { fingerprintInput } from "./fingerprintInput.ts";
import type { ParsedInputPage } from "./parseInputPage.ts";
import { defaultWorkerCount, ParsePool } from "./parsePool.ts";
import type { SyncStatus } from "./syncOutputFile.ts";
import { TickerTable } from "./tickerTable.ts";
import { walkInputFiles } from "./walkInputFiles.ts";
import { IngestError } from "./ingestError.ts";
import { lockContentFolder, type ContentFolderLock } from "./lockContentFolder.ts";
import { WriteJournal } from "./writeJournal.ts";

/** Options of one ingest run. */
export interface IngestOptions {
  /** Folder of raw scraped pages (read only). */
  inputDir: string;
  /** Content folder that receives `articles/`, `headlines/` and `.state/`. */
  contentDir: string;
  /** JSON Lines manifest; defaults to `<input>/manifest.jsonl` when that exists. */
  manifestPath?: string;
  /** Where to write the JSON report; defaults to `<content>/.state/ingest-report.json`. */
  reportPath?: string;
  /** Overwrite Markdown files edited by hand. */
  force?: boolean;
  /** Wait for another ingest on the same content folder to finish instead of failing at once. */
  wait?: boolean;
  /** Worker threads for parsing (default: one per spare core; 0 parses on the main thread). */
  workers?: number;
  /** Called as work advances, e.g. to drive a progress bar. */
  onProgress?: (stage: "scan" | "write", done: number, total: number) => void;
}

/** Counts for the console summary; unlike the report they describe this run, not the archive. */
export interface IngestStats {
  parsed: number;
  reused: number;
  articles: Record<SyncStatus, number>;
  headlines: Record<SyncStatus, number>;
  removed: number;
  /** Worker threads that parsed pages (0: all parsed on the main thread). */
  workerThreads: number;
}

export { IngestError } from "./ingestError.ts";

// Bump to re-render every article when the Markdown writer changes.
const RENDER_VERSION = 2;

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

/** Turns a folder of raw pages into the Markdown archive; returns the report and run counts. */
export async function runIngest(
  options: IngestOptions,
): Promise<{ report: IngestReport; stats: IngestStats }> {
  const inputDir = resolve(options.inputDir);
  const contentDir = resolve(options.contentDir);
  const inputInfo = await stat(inputDir).catch(() => undefined);
  if (!inputInfo?.isDirectory())
    throw new IngestError(`input folder not found: ${options.inputDir}`);

  const stateDir = join(contentDir, ".state");
  const statePath = join(stateDir, "ingest-state.json");
  const lock = await lockContentFolder(contentDir, { wait: options.wait ?? false });
  try {
    const previous = await loadIngestState(statePath);
    const journal = WriteJournal.open(join(stateDir, "ingest-journal.jsonl"));
    try {
      const result = await ingestWithJournal(
        options,
        inputDir,
        contentDir,
        previous,
        journal,
        lock,
      );
      // The state file now records every write: the journal has nothing left to tell.
      journal.finish();
      return result;
    } finally {
      journal.close();
    }
  } finally {
    await lock.release().catch(() => {});
  }
}

async function ingestWithJournal(
  options: IngestOptions,
  inputDir: string,
  contentDir: string,
  previous: IngestState,
  journal: WriteJournal,
  lock: ContentFolderLock,
): Promise<{ report: IngestReport; stats: IngestStats }> {
  const stateDir = join(contentDir, ".state");
  const statePath = join(stateDir, "ingest-state.json");
  const writer = new OutputWriter(
    contentDir,
    join(stateDir, "tmp"),
    previous.outputs,
    options.force ?? false,
    journal,
  );
  writer.clearTemporaryFiles();

  const manifest = await readManifestFile(inputDir, options.manifestPath).catch((error: Error) => {
    throw new IngestError(error.message);
  });
  const warnings: IngestReport["warnings"] = [...manifest.warnings];
  const skipFiles = new Set([MANIFEST_NAME]);
  if (manifest.path && isInside(inputDir, manifest.path))
    skipFiles.add(toPosix(relative(inputDir, manifest.path)));
  const files = await walkInputFiles(inputDir, {
    skipFiles,
    ...(isInside(inputDir, contentDir) ? { skipDir: contentDir } : {}),
  });
  const originOf = (
    file: string,
    mtimeMs: number,
    duplicates: readonly string[] = [],
  ): PageOrigin => {
    const entry = manifest.entries.get(file);
    return {
      scrapedFrom: file,
      scrapedAt: entry?.scrapedAt ?? new Date(mtimeMs).toISOString(),
      ...(entry?.url ? { url: entry.url } : {}),
      ...(entry?.generated ? { generated: true as const } : {}),
      duplicates,
    };
  };
  const articleInputKey = (record: InputRecord, origin: PageOrigin): string =>
    hashText(JSON.stringify([RENDER_VERSION, record.sha256, origin]), 32);

  // Phase 1: fingerprint and summarise every page; only small summaries stay in memory. A fresh
  // article is written at once, as if it had no duplicates (the usual case), so its body need
  // not be read twice; phase 3 rewrites the few that turn out to have duplicates.
  const tickerTable = TickerTable.fromState(previous.tickers, previous.headlines);
  const stats: IngestStats = {
    parsed: 0,
    reused: 0,
    articles: writer.counts.articles,
    headlines: writer.counts.headlines,
    removed: 0,
    workerThreads: 0,
  };
  const claimed = new Set<string>();
  // The file work is synchronous (see writeFileAtomic); yielding now and then lets timers such
  // as the progress bar run.
  let ticks = 0;
  const progress = async (stage: "scan" | "write", done: number, total: number): Promise<void> => {
    options.onProgress?.(stage, done, total);
    if (++ticks % 256 === 0) await new Promise((resolveTick) => setImmediate(resolveTick));
  };
  const canReuse = (record: InputRecord): boolean =>
    !record.page.ticker || tickerTable.has(record.page.ticker);
  const pages: ScannedPage[] = [];
  const pool = new ParsePool(options.workers ?? defaultWorkerCount());
  const queue: ScanStep[] = [];
  const settle = async (step: ScanStep): Promise<void> => {
    let record: InputRecord;
    if ("reuse" in step) {
      record = step.reuse;
      stats.reused++;
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
      stats.parsed++;
      if (record.page.ticker) tickerTable.add(record.page.ticker, parsed.tickerHeadlines);
      const article = parsed.article;
      if (article && !claimed.has(article.id)) {
        claimed.add(article.id);
        const key = articleInputKey(record, originOf(step.file, record.mtimeMs));
        writer.sync("articles", article.output, key, () => Buffer.from(article.markdown));
      }
    }
    pages.push({ file: step.file, record, origin: originOf(step.file, record.mtimeMs) });
    await progress("scan", pages.length, files.length);
  };
  try {
    for (const [index, file] of files.entries()) {
      // Worker results arrive as messages, handled only when this thread yields: yield often,
      // or the pool sees a stale backlog and parses everything here while its workers idle.
      if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((next) => setImmediate(next));
      const fingerprint = fingerprintInput(join(inputDir, file), previous.inputs[file], canReuse);
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
    stats.workerThreads = pool.threads;
    await pool.close();
  }

  // Phase 2: group duplicates (first input path wins), tally headlines, link them to titles.
  const grouped = groupScannedPages(pages);
  const { groups } = grouped;
  warnings.push(...grouped.warnings);
  const report: IngestReport = {
    summary: {
      files: files.length,
      articles: 0,
      rejected: 0,
      warnings: 0,
      duplicates: 0,
      headlines: 0,
    },
    articles: [],
    rejected: grouped.rejected,
    warnings,
    duplicates: [],
    headlines: 0,
  };

  // Phase 3: bring every output up to date, writing only what changed.
  const headlineMatters = grouped.headlines.frontMatters(tickerTable, grouped.articleByTitle);
  const writeTotal = groups.size + headlineMatters.length;
  let writeDone = 0;
  const jobs = [...groups.entries()].map(([id, group]) => {
    const [kept, ...others] = group as [ScannedPage, ...ScannedPage[]];
    const article = kept.record.page.article as NonNullable<InputRecord["page"]["article"]>;
    const output = articleOutputPath({ id, ...(article.date ? { date: article.date } : {}) });
    const { date, dateProblem } = article;
    report.articles.push({
      file: kept.file,
      output,
      id,
      title: article.title,
      source: article.source,
      ...(date ? { date } : {}),
      ...(dateProblem ? { dateProblem } : {}),
    });
    const duplicates = others.map((o) => o.file);
    if (duplicates.length > 0)
      report.duplicates.push({ id, output, kept: kept.file, files: duplicates });
    return { id, kept, output, origin: originOf(kept.file, kept.record.mtimeMs, duplicates) };
  });
  for (const { id, kept, output, origin } of jobs) {
    writer.sync("articles", output, articleInputKey(kept.record, origin), () => {
      const bytes = readFileSync(join(inputDir, kept.file));
      const article =
        hashBytes(bytes) === kept.record.sha256 ? processPage(bytes, origin).article : undefined;
      if (!article || article.frontMatter.id !== id)
        throw new IngestError(`${kept.file} changed while ingest ran; run it again`);
      return Buffer.from(renderArticleMarkdown(article.frontMatter, article.bodyParagraphs));
    });
    await progress("write", ++writeDone, writeTotal);
  }
  for (const frontMatter of headlineMatters) {
    const bytes = Buffer.from(renderHeadlineMarkdown(frontMatter));
    writer.sync("headlines", headlineOutputPath(frontMatter.key), hashBytes(bytes), () => bytes);
    await progress("write", ++writeDone, writeTotal);
  }
  stats.removed = writer.removeStaleOutputs();

  warnings.push(...writer.warnings());
  report.headlines = headlineMatters.length;
  report.summary = {
    files: files.length,
    articles: report.articles.length,
    rejected: report.rejected.length,
    warnings: warnings.length,
    duplicates: report.duplicates.length,
    headlines: report.headlines,
  };

  const inputs: IngestState["inputs"] = {};
  for (const page of pages) inputs[page.file] = page.record;
  const state: IngestState = {
    version: previous.version,
    inputs,
    ...tickerTable.toState(grouped.headlines.tickerIds()),
    outputs: writer.records(),
  };
  const lost = lock.lost();
  // Writes so far were atomic and journaled; the next run finishes what this one could not.
  if (lost)
    throw new IngestError(`lost the lock on ${contentDir} (${lost.message}); run ingest again`);
  writer.writeIfChanged(statePath, serializeIngestState(state));
  writer.writeIfChanged(
    resolve(options.reportPath ?? join(stateDir, "ingest-report.json")),
    serializeIngestReport(report),
  );
  writer.clearTemporaryFiles();
  return { report, stats };
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}
