import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { folderSize } from "./folderSize.ts";
import { listSiteHtmlFiles, readSitePages, type SearchPage } from "./readSitePages.ts";
import { headlineRecord, pageRecordHtml, type SearchHeadline } from "./searchRecords.ts";

export interface BuildSearchIndexOptions {
  /** Built site folder: pages are read from it unless `pages` is given. @example "_site" */
  siteDir: string;
  /** Bundle folder relative to `siteDir`. @example "pagefind/shards/2017" */
  outputSubdir?: string;
  /** Bundle folder anywhere, instead of `outputSubdir`. @example "/tmp/check/pagefind" */
  outputPath?: string;
  /** The pages to index; default: every `.html` under `siteDir` outside the bundle folder. */
  pages?: AsyncIterable<SearchPage> | Iterable<SearchPage>;
  /** Ticker headlines, indexed as their own records with `kind: headline`. */
  headlines?: readonly SearchHeadline[];
  /** Add the normalized Arabic copy; false builds plain Pagefind, for comparison. @default true */
  arabicMatching?: boolean;
  /** Filters added to every record, e.g. the shard name. @example { shard: "2017" } */
  extraFilters?: Record<string, string>;
  /** Index language, forced for every page. @default "ar" */
  language?: string;
}

export interface SearchIndexStats {
  outputPath: string;
  pagesIndexed: number;
  /** Pages read but not indexed because they carry no `data-pagefind-body`. */
  pagesSkipped: number;
  headlinesIndexed: number;
  filesWritten: number;
  bytesWritten: number;
  durationMs: number;
}

/** Pagefind's UI bundles, which the search page does not load (it drives `pagefind.js` itself). */
const UNUSED_BUNDLE_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

function failOn(errors: string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${what}: ${errors.join("; ")}`);
}

/**
 * Builds one Pagefind bundle from built pages and ticker headlines, adding to each page (in memory
 * only) the normalized Arabic terms that let spelling variants find it.
 * @example await buildSearchIndex({ siteDir: "_site", headlines })
 */
export async function buildSearchIndex(
  options: BuildSearchIndexOptions,
): Promise<SearchIndexStats> {
  const started = performance.now();
  const outputSubdir = options.outputSubdir ?? "pagefind";
  const outputPath = path.resolve(options.outputPath ?? path.join(options.siteDir, outputSubdir));
  const language = options.language ?? "ar";
  const arabicMatching = options.arabicMatching ?? true;
  const pages =
    options.pages ??
    readSitePages(options.siteDir, await listSiteHtmlFiles(options.siteDir, [outputSubdir]));

  const created = await pagefind.createIndex({ forceLanguage: language });
  failOn(created.errors, "create an index");
  const index = created.index;
  if (!index) throw new Error("Pagefind returned no index");

  let pagesIndexed = 0;
  let pagesSkipped = 0;
  try {
    for await (const page of pages) {
      const content = pageRecordHtml(page, arabicMatching, options.extraFilters);
      if (content === undefined) {
        pagesSkipped++;
        continue;
      }
      failOn((await index.addHTMLFile({ url: page.url, content })).errors, `index ${page.url}`);
      pagesIndexed++;
    }
    for (const headline of options.headlines ?? []) {
      const record = headlineRecord(headline, language, arabicMatching, options.extraFilters);
      failOn((await index.addCustomRecord(record)).errors, `index headline ${headline.url}`);
    }
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
    pagesSkipped,
    headlinesIndexed: options.headlines?.length ?? 0,
    filesWritten: size.files,
    bytesWritten: size.bytes,
    durationMs: Math.round(performance.now() - started),
  };
}

/** Stops Pagefind's indexing process; call once when every bundle is written. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
