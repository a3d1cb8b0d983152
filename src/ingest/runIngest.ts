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
} from "./ingestState.ts";
import { articleOutputPath, headlineOutputPath } from "./outputPaths.ts";
import { OutputWriter } from "./outputWriter.ts";
import { processPage } from "./processPage.ts";
import { MANIFEST_NAME, readManifestFile } from "./readManifestFile.ts";
import { renderArticleMarkdown, renderHeadlineMarkdown } from "./renderArticleMarkdown.ts";
import { defaultWorkerCount } from "./parsePool.ts";
import { scanInputPages } from "./scanInputPages.ts";
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

// Bump to re-render every article and headline when the Markdown writer changes.
const RENDER_VERSION = 2;

/** The key of an output's inputs: a change in them, or in RENDER_VERSION, rewrites the file. */
function outputInputKey(...inputs: unknown[]): string {
  return hashText(JSON.stringify([RENDER_VERSION, ...inputs]), 32);
}

/** Turns a folder of raw pages into the Markdown archive; returns the report and run counts. */
export async function runIngest(
  options: IngestOptions,
): Promise<{ report: IngestReport; stats: IngestStats }> {
  const inputDir = resolve(options.inputDir);
  const contentDir = resolve(options.contentDir);
  const inputInfo = await stat(inputDir).catch(() => undefined);
  if (inputInfo === undefined) throw new IngestError(`input folder not found: ${options.inputDir}`);
  if (!inputInfo.isDirectory())
    throw new IngestError(
      `input folder ${options.inputDir} is a file, not a folder; check --input.`,
    );

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
    outputInputKey(record.sha256, origin);

  // Phase 1: fingerprint and summarise every page (fresh articles are written at once).
  const tickerTable = TickerTable.fromState(previous.tickers, previous.headlines);
  // The file work is synchronous (see writeFileAtomic); yielding now and then lets timers such
  // as the progress bar (and the lock's refresh) run.
  let ticks = 0;
  const progress = async (stage: "scan" | "write", done: number, total: number): Promise<void> => {
    options.onProgress?.(stage, done, total);
    if (++ticks % 256 === 0) await new Promise((resolveTick) => setImmediate(resolveTick));
  };
  const scan = await scanInputPages({
    inputDir,
    files,
    previousInputs: previous.inputs,
    tickerTable,
    writer,
    workers: options.workers ?? defaultWorkerCount(),
    originOf,
    articleInputKey,
    progress: (done, total) => progress("scan", done, total),
  });
  const { pages } = scan;
  const stats: IngestStats = {
    parsed: scan.parsed,
    reused: scan.reused,
    articles: writer.counts.articles,
    headlines: writer.counts.headlines,
    removed: 0,
    workerThreads: scan.workerThreads,
  };

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
  // A headline's file follows from its front matter alone: keyed by that, its YAML is written
  // only when the file may need writing, not for each of the archive's headlines on every run.
  for (const frontMatter of headlineMatters) {
    writer.sync("headlines", headlineOutputPath(frontMatter.key), outputInputKey(frontMatter), () =>
      Buffer.from(renderHeadlineMarkdown(frontMatter)),
    );
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
