import { mkdir, readFile, rm, rmdir, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { HeadlineCollector } from "./collectHeadlines.ts";
import { hashBytes, hashText } from "./hashText.ts";
import { serializeIngestReport, type IngestReport } from "./ingestReport.ts";
import {
  loadIngestState,
  serializeIngestState,
  type IngestState,
  type InputRecord,
  type OutputRecord,
} from "./ingestState.ts";
import { mapWithConcurrency } from "./mapWithConcurrency.ts";
import { normalizeForMatching } from "./normalizeForMatching.ts";
import { articleOutputPath, headlineOutputPath } from "./outputPaths.ts";
import {
  normalizeRelativePath,
  parseArticleUrl,
  parseManifest,
  type ManifestEntry,
} from "./parseManifest.ts";
import { processPage } from "./processPage.ts";
import { renderArticleMarkdown, renderHeadlineMarkdown } from "./renderArticleMarkdown.ts";
import { scanInputFile } from "./scanInputFile.ts";
import { syncOutputFile, type SyncStatus } from "./syncOutputFile.ts";
import { walkInputFiles } from "./walkInputFiles.ts";
import { writeFileAtomic } from "./writeFileAtomic.ts";

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
  /** Files read and written at once. */
  concurrency?: number;
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
}

/** A run that could not complete (missing input, unreadable manifest…). */
export class IngestError extends Error {}

// Bump to re-render every article when the Markdown writer changes.
const RENDER_VERSION = 1;
const MANIFEST_NAME = "manifest.jsonl";

interface ScannedPage {
  file: string;
  record: InputRecord;
  scrapedAt: string;
  url?: string;
}

/** Turns a folder of raw pages into the Markdown archive; returns the report and run counts. */
export async function runIngest(
  options: IngestOptions,
): Promise<{ report: IngestReport; stats: IngestStats }> {
  const inputDir = resolve(options.inputDir);
  const contentDir = resolve(options.contentDir);
  const concurrency = options.concurrency ?? 16;
  const force = options.force ?? false;
  const inputInfo = await stat(inputDir).catch(() => undefined);
  if (!inputInfo?.isDirectory())
    throw new IngestError(`input folder not found: ${options.inputDir}`);

  const stateDir = join(contentDir, ".state");
  const tempDir = join(stateDir, "tmp");
  // A killed run can only leave temporary files here, never in the archive itself. The folder is
  // made on the first write only, so a run with nothing to write touches nothing.
  await rm(tempDir, { recursive: true, force: true });
  let tempReady: Promise<unknown> | undefined;
  const ensureTempDir = (): Promise<unknown> => (tempReady ??= mkdir(tempDir, { recursive: true }));
  const statePath = join(stateDir, "ingest-state.json");
  const previous = await loadIngestState(statePath);

  const warnings: IngestReport["warnings"] = [];
  const manifest = await readManifest(inputDir, options.manifestPath, warnings);

  const skipFiles = new Set([MANIFEST_NAME]);
  if (manifest.path && isInside(inputDir, manifest.path))
    skipFiles.add(toPosix(relative(inputDir, manifest.path)));
  const files = await walkInputFiles(inputDir, {
    skipFiles,
    ...(isInside(inputDir, contentDir) ? { skipDir: contentDir } : {}),
  });

  // Phase 1: fingerprint and summarise every page; only small summaries stay in memory.
  const tickers: IngestState["tickers"] = {};
  const stats: IngestStats = {
    parsed: 0,
    reused: 0,
    articles: { written: 0, unchanged: 0, edited: 0 },
    headlines: { written: 0, unchanged: 0, edited: 0 },
    removed: 0,
  };
  let scannedCount = 0;
  const canReuse = (record: InputRecord): boolean =>
    !record.page.ticker || record.page.ticker in previous.tickers;
  const pages = await mapWithConcurrency(files, concurrency, async (file): Promise<ScannedPage> => {
    const scanned = await scanInputFile(inputDir, file, previous.inputs[file], canReuse);
    const ticker = scanned.record.page.ticker;
    if (ticker && !(ticker in tickers))
      tickers[ticker] = scanned.tickerHeadlines ?? (previous.tickers[ticker] as string[]);
    if (scanned.parsed) stats.parsed++;
    else stats.reused++;
    options.onProgress?.("scan", ++scannedCount, files.length);
    const entry = manifest.entries.get(file);
    return {
      file,
      record: scanned.record,
      scrapedAt: entry?.scrapedAt ?? new Date(scanned.record.mtimeMs).toISOString(),
      ...(entry?.url ? { url: entry.url } : {}),
    };
  });

  // Phase 2: group duplicates, tally headlines, link headlines to titles.
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
    rejected: [],
    warnings,
    duplicates: [],
    headlines: 0,
  };
  const groups = new Map<string, ScannedPage[]>();
  const collector = new HeadlineCollector();
  for (const page of pages) {
    const summary = page.record.page;
    for (const message of summary.warnings) warnings.push({ file: page.file, message });
    if (summary.rejected) report.rejected.push({ file: page.file, reason: summary.rejected });
    if (summary.ticker) {
      const aggregator = page.url ? parseArticleUrl(page.url)?.aggregator : undefined;
      collector.addPage(tickers[summary.ticker] ?? [], page.scrapedAt, aggregator);
    }
    if (summary.article) {
      const group = groups.get(summary.article.id);
      if (group) group.push(page);
      else groups.set(summary.article.id, [page]);
    }
  }
  const articleByTitle = new Map<string, string>();
  for (const [id, group] of groups) {
    const title = normalizeForMatching((group[0] as ScannedPage).record.page.article?.title ?? "");
    if (!articleByTitle.has(title)) articleByTitle.set(title, id);
  }

  // Phase 3: bring every output up to date, writing only what changed.
  const outputs: IngestState["outputs"] = {};
  const outputWarnings: IngestReport["warnings"] = [];
  const headlineMatters = collector.frontMatters(articleByTitle);
  const writeTotal = groups.size + headlineMatters.length;
  let writeDone = 0;
  const sync = async (
    path: string,
    inputKey: string,
    render: () => Promise<Uint8Array> | Uint8Array,
    kind: "articles" | "headlines",
  ): Promise<void> => {
    const result = await syncOutputFile({
      path: join(contentDir, path),
      inputKey,
      render: async () => {
        await ensureTempDir();
        return render();
      },
      ...(previous.outputs[path] ? { previous: previous.outputs[path] } : {}),
      force,
      tempDir,
    });
    stats[kind][result.status]++;
    if (result.record) outputs[path] = result.record;
    if (result.status === "edited") {
      outputWarnings.push({
        file: path,
        message:
          "edited by hand since ingest wrote it (or not written by ingest): not overwritten; use --force to replace it",
      });
    }
    options.onProgress?.("write", ++writeDone, writeTotal);
  };

  const articleJobs = [...groups.entries()].map(([id, group]) => {
    const [kept, ...others] = group as [ScannedPage, ...ScannedPage[]];
    const article = kept.record.page.article as NonNullable<InputRecord["page"]["article"]>;
    const output = articleOutputPath({ id, ...(article.date ? { date: article.date } : {}) });
    report.articles.push({
      file: kept.file,
      output,
      id,
      title: article.title,
      source: article.source,
      ...(article.date ? { date: article.date } : {}),
      ...(article.dateProblem ? { dateProblem: article.dateProblem } : {}),
    });
    const duplicates = others.map((o) => o.file);
    if (duplicates.length > 0)
      report.duplicates.push({ id, output, kept: kept.file, files: duplicates });
    return { id, kept, output, duplicates };
  });
  await mapWithConcurrency(articleJobs, concurrency, async ({ id, kept, output, duplicates }) => {
    const origin = {
      scrapedFrom: kept.file,
      scrapedAt: kept.scrapedAt,
      ...(kept.url ? { url: kept.url } : {}),
      duplicates,
    };
    const inputKey = hashText(JSON.stringify([RENDER_VERSION, kept.record.sha256, origin]), 64);
    await sync(
      output,
      inputKey,
      async () => {
        const bytes = await readFile(join(inputDir, kept.file));
        const article =
          hashBytes(bytes) === kept.record.sha256 ? processPage(bytes, origin).article : undefined;
        if (article?.frontMatter.id !== id)
          throw new IngestError(`${kept.file} changed while ingest ran; run it again`);
        return Buffer.from(renderArticleMarkdown(article.frontMatter, article.bodyParagraphs));
      },
      "articles",
    );
  });
  await mapWithConcurrency(headlineMatters, concurrency, async (frontMatter) => {
    const bytes = Buffer.from(renderHeadlineMarkdown(frontMatter));
    await sync(headlineOutputPath(frontMatter.key), hashBytes(bytes), () => bytes, "headlines");
  });

  // Outputs of articles and headlines that are gone: delete them if nobody edited them.
  for (const [path, record] of Object.entries(previous.outputs)) {
    if (path in outputs) continue;
    const removed = await removeStaleOutput(contentDir, path, record);
    if (removed === "edited") {
      outputs[path] = record;
      outputWarnings.push({
        file: path,
        message: "no longer produced by any input but edited by hand: kept",
      });
    } else if (removed === "removed") stats.removed++;
  }

  outputWarnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  warnings.push(...outputWarnings);
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
  const state: IngestState = { version: previous.version, inputs, tickers, outputs };
  const reportPath = resolve(options.reportPath ?? join(stateDir, "ingest-report.json"));
  await writeIfChanged(statePath, serializeIngestState(state), tempDir, ensureTempDir);
  await writeIfChanged(reportPath, serializeIngestReport(report), tempDir, ensureTempDir);
  await rm(tempDir, { recursive: true, force: true });
  return { report, stats };
}

async function readManifest(
  inputDir: string,
  manifestPath: string | undefined,
  warnings: IngestReport["warnings"],
): Promise<{ entries: Map<string, ManifestEntry>; path?: string }> {
  const path = manifestPath ? resolve(manifestPath) : join(inputDir, MANIFEST_NAME);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (!manifestPath) return { entries: new Map() };
    throw new IngestError(`cannot read manifest ${manifestPath}: ${(error as Error).message}`);
  }
  const parsed = parseManifest(text);
  const name = basename(path);
  for (const problem of parsed.problems)
    warnings.push({ file: name, message: `line ${problem.line}: ${problem.message}` });
  return {
    entries: new Map(
      [...parsed.entries].map(([file, entry]) => [normalizeRelativePath(file), entry]),
    ),
    path,
  };
}

async function removeStaleOutput(
  contentDir: string,
  path: string,
  record: OutputRecord,
): Promise<"removed" | "edited" | "gone"> {
  const absolute = join(contentDir, path);
  const bytes = await readFile(absolute).catch(() => undefined);
  if (!bytes) return "gone";
  if (hashBytes(bytes) !== record.sha256) return "edited";
  await rm(absolute, { force: true });
  // Tidy emptied month/prefix folders; rmdir refuses non-empty ones, which is what we want.
  for (
    let dir = dirname(absolute);
    dir.startsWith(contentDir + sep) && dir !== contentDir;
    dir = dirname(dir)
  ) {
    if (
      !(await rmdir(dir).then(
        () => true,
        () => false,
      ))
    )
      break;
  }
  return "removed";
}

/** Writes text atomically unless the file already holds exactly these bytes. */
async function writeIfChanged(
  path: string,
  text: string,
  tempDir: string,
  ensureTempDir: () => Promise<unknown>,
): Promise<boolean> {
  const bytes = Buffer.from(text);
  const existing = await readFile(path).catch(() => undefined);
  if (existing && Buffer.compare(existing, bytes) === 0) return false;
  await ensureTempDir();
  await writeFileAtomic(path, bytes, tempDir);
  return true;
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

function toPosix(path: string): string {
  return path.split(sep).join("/");
}
