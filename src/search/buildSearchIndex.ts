import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { folderSize } from "./folderSize.ts";
import type { PagefindService } from "./pagefindServices.ts";
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
  /** Records handed to Pagefind before waiting for the first answer. @default 16 */
  inFlight?: number;
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

function failOn(errors: string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${what}: ${errors.join("; ")}`);
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
  failOn(created.errors, "create an index");
  const index = created.index;
  if (!index) throw new Error("Pagefind returned no index");

  let pagesIndexed = 0;
  let headlinesIndexed = 0;
  try {
    const pending = new Set<Promise<void>>();
    const failures: string[] = [];
    for await (const record of options.records) {
      const content = searchRecordHtml(record, {
        arabicMatching,
        language,
        ...(options.extraFilters ? { filters: options.extraFilters } : {}),
      });
      // Failures are collected, not thrown: a rejection nobody awaits yet would crash Node.
      const added: Promise<void> = index.addHTMLFile({ url: record.url, content }).then(
        (result) => {
          pending.delete(added);
          for (const error of result.errors) failures.push(`${record.url}: ${error}`);
        },
        (error: unknown) => {
          pending.delete(added);
          failures.push(`${record.url}: ${String(error)}`);
        },
      );
      pending.add(added);
      if (record.kind === "headline") headlinesIndexed++;
      else pagesIndexed++;
      if (pending.size >= inFlight) await Promise.race(pending);
    }
    await Promise.all(pending);
    failOn(failures, "index every record");
    // Replace the bundle whole: stale fragments of a previous build would otherwise linger.
    await rm(outputPath, { recursive: true, force: true });
    // An object, not a string: writeFiles("dir") is silently ignored and writes ./pagefind.
    failOn((await index.writeFiles({ outputPath })).errors, `write ${outputPath}`);
  } finally {
    await index.deleteIndex();
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
