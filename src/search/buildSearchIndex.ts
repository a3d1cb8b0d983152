import { mkdirSync, writeFileSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { folderSize } from "./folderSize.ts";
import { makeRecordStaging } from "./recordStaging.ts";
import { scratchParent } from "../archive/scratchParent.ts";
import { failOnPagefindErrors, type PagefindService } from "./pagefindServices.ts";
import { searchRecordHtml, type SearchRecord } from "./searchRecord.ts";

export interface BuildSearchIndexOptions {
  /** Bundle folder to write (replaced whole). @example "_site/pagefind/shards/2017" */
  outputPath: string;
  /** The records to index, read one at a time. */
  records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>;
  /** Add the Arabic search terms; false builds plain Pagefind records, for comparison. @default true */
  arabicMatching?: boolean;
  /** Filters added to every record, e.g. the shard name. @example { shard: "2017" } */
  extraFilters?: Record<string, string>;
  /** Index language, forced for every record. @default "ar" */
  language?: string;
  /** The Pagefind process to use (see openPagefindServices). @default the shared one */
  service?: PagefindService;
  /** Collects the records' words for the term → shards directory. */
  routeWords?: Set<string>;
  /** Records handed to Pagefind before waiting for the first answer. @default 16 */
  inFlight?: number;
  /**
   * Parent of the scratch folder where records with a page URL are written as files for Pagefind
   * to read itself (removed afterwards). @default scratchParent(): in memory when the machine allows
   */
  stagingParent?: string;
}

export interface SearchIndexStats {
  outputPath: string;
  pagesIndexed: number;
  headlinesIndexed: number;
  filesWritten: number;
  bytesWritten: number;
  durationMs: number;
}

/** Pagefind's UI bundles, which the search page does not load (it drives `pagefind.js` itself). */
const UNUSED_BUNDLE_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;
const DEFAULT_IN_FLIGHT = 16;

// A page URL Pagefind derives unchanged from `<url>index.html` in a folder it reads: plain
// path segments only (an article's `/articles/2017/05/1a2b3c/`). Anything else (a headline's
// `#anchor`) is sent through Pagefind's pipe with its URL.
// Path segments start with a letter, digit, _ or -, so none is "." or "..".
const FILE_URL = /^\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*$/;

function isFileUrl(url: string): boolean {
  return FILE_URL.test(url);
}

/**
 * Writes record documents as `<url>index.html` under one folder, making each folder once;
 * returns the file's path relative to the folder.
 */
function stagedFileWriter(root: string): (url: string, content: string) => string {
  const made = new Set<string>();
  return (url, content) => {
    const dir = path.join(root, url);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(path.join(dir, "index.html"), content);
    return `${url.slice(1)}index.html`;
  };
}

/**
 * Builds one Pagefind bundle from search records (articles and headlines from the archive
 * model), several records in flight so Pagefind never waits on Node.
 * @example await buildSearchIndex({ outputPath: "_site/pagefind", records })
 */
export async function buildSearchIndex(
  options: BuildSearchIndexOptions,
): Promise<SearchIndexStats> {
  const started = performance.now();
  const outputPath = path.resolve(options.outputPath);
  const language = options.language ?? "ar";
  const arabicMatching = options.arabicMatching ?? true;
  const service = options.service ?? pagefind;
  const inFlight = Math.max(1, options.inFlight ?? DEFAULT_IN_FLIGHT);

  const created = await service.createIndex({ forceLanguage: language });
  failOnPagefindErrors(created.errors, "create an index");
  const index = created.index;
  if (!index) throw new Error("Pagefind returned no index");

  let pagesIndexed = 0;
  let headlinesIndexed = 0;
  // Pagefind reads page records from files: sending them through its pipe as base64-encoded JSON
  // cost Node about as much CPU as Pagefind spent indexing them.
  const staging = await makeRecordStaging(options.stagingParent ?? scratchParent());
  const stage = stagedFileWriter(staging);
  try {
    const pending = new Set<Promise<void>>();
    const failures: string[] = [];
    for await (const record of options.records) {
      const content = searchRecordHtml(record, {
        arabicMatching,
        language,
        ...(options.extraFilters ? { filters: options.extraFilters } : {}),
        ...(options.routeWords ? { routeWords: options.routeWords } : {}),
      });
      if (record.kind === "headline") headlinesIndexed++;
      else pagesIndexed++;
      // Failures are collected, not thrown: a rejection nobody awaits yet would crash Node.
      const fail = (error: string): void => {
        failures.push(`${record.url}: ${error}`);
      };
      // One file per request, its path as the glob: Pagefind numbers pages in the order they
      // arrive, and a folder walk would number them in the file system's order.
      const request = isFileUrl(record.url)
        ? index.addDirectory({ path: staging, glob: stage(record.url, content) }).then((read) => {
            read.errors.forEach(fail);
            if (read.errors.length === 0 && read.page_count !== 1) fail("not indexed");
          })
        : index.addHTMLFile({ url: record.url, content }).then((result) => {
            result.errors.forEach(fail);
          });
      const added: Promise<void> = request.then(
        () => void pending.delete(added),
        (error: unknown) => {
          pending.delete(added);
          fail(String(error));
        },
      );
      pending.add(added);
      if (pending.size >= inFlight) await Promise.race(pending);
    }
    await Promise.all(pending);
    failOnPagefindErrors(failures, "index every record");
    // Replace the bundle whole: stale fragments of a previous build would otherwise linger.
    await rm(outputPath, { recursive: true, force: true });
    // An object, not a string: writeFiles("dir") is silently ignored and writes ./pagefind.
    failOnPagefindErrors((await index.writeFiles({ outputPath })).errors, `write ${outputPath}`);
  } finally {
    await index.deleteIndex();
    await rm(staging, { recursive: true, force: true });
  }

  for (const name of await readdir(outputPath)) {
    if (UNUSED_BUNDLE_FILES.test(name)) await rm(path.join(outputPath, name));
  }
  const size = folderSize(outputPath);
  return {
    outputPath,
    pagesIndexed,
    headlinesIndexed,
    filesWritten: size.files,
    bytesWritten: size.bytes,
    durationMs: Math.round(performance.now() - started),
  };
}

/** Stops Pagefind's shared indexing process; call once when every bundle is written. */
export async function closeSearchIndexer(service: PagefindService = pagefind): Promise<void> {
  await service.close();
}
