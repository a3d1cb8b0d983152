import {
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { writeCorpusTruth, type StoryTruth } from "./corpusTruth.ts";
import { FindTheStoryQueries, storyTruthOf } from "./findTheStoryQueries.ts";
import { generateRawPages, type CorpusOptions, type ManifestEntry } from "./generateRawPages.ts";

/** The real seed page: its original file name and a manifest line for it. */
export const SEED_PAGE = {
  file: "000_5ebd30b5ed3883ee.txt",
  // Placeholder URL in the aggregator's scheme, and a scrape time matching its ticker (late April 2025).
  manifest: {
    file: "000_5ebd30b5ed3883ee.txt",
    url: "https://sauress.com/alhayat/573769",
    scrapedAt: "2025-04-28T05:00:00.000Z",
  },
} as const satisfies { file: string; manifest: ManifestEntry };

const SEED_STORY: StoryTruth = {
  url: SEED_PAGE.manifest.url,
  storyId: "story-seed",
  newspaper: "الحياة",
  date: "2017-10-06",
  version: "original",
};

/** Where and how to write a corpus. */
export interface WriteCorpusOptions extends CorpusOptions {
  outDir: string;
  /** JSON Lines manifest to write; none when absent. */
  manifestPath?: string;
  /** Also copy the real seed page, byte for byte, as the first page. */
  includeSeedPage?: boolean;
  /** Delete `outDir` first; without it a non-empty `outDir` is an error (unless extending). */
  clean?: boolean;
  /**
   * Extend an existing corpus of this many pages: pages before it are generated but not written,
   * later ones are added to `outDir` and appended to the manifest (a day of new scrapes).
   */
  fromPage?: number;
  onPage?: (written: number) => void;
  /**
   * Folder for the ground truth (stories.jsonl, queries.jsonl), kept out of the pages. It always
   * covers the whole corpus, pages before `fromPage` included.
   */
  truthDir?: string;
}

/** What a corpus run wrote. */
export interface CorpusSummary {
  pages: number;
  bytes: number;
  duplicates: number;
}

/** Writes the pages one by one (bounded memory) and the manifest beside them. */
export function writeCorpus(options: WriteCorpusOptions): CorpusSummary {
  if (options.clean) rmSync(options.outDir, { recursive: true, force: true });
  mkdirSync(options.outDir, { recursive: true });
  const from = options.fromPage ?? 0;
  if (from === 0 && readdirSync(options.outDir).length > 0) {
    throw new Error(`${options.outDir} is not empty (pass clean to replace it)`);
  }
  const manifest =
    options.manifestPath === undefined
      ? undefined
      : openSync(options.manifestPath, from > 0 ? "a" : "w");
  const summary: CorpusSummary = { pages: 0, bytes: 0, duplicates: 0 };
  try {
    if (options.includeSeedPage && from === 0) {
      copyFileSync(
        new URL("./seedPage.txt", import.meta.url),
        join(options.outDir, SEED_PAGE.file),
      );
      if (manifest !== undefined) writeSync(manifest, `${JSON.stringify(SEED_PAGE.manifest)}\n`);
    }
    // The real seed page is a story of its own (its date is the one it prints).
    const stories: StoryTruth[] = options.includeSeedPage ? [SEED_STORY] : [];
    const queries = options.truthDir === undefined ? undefined : new FindTheStoryQueries();
    let index = 0;
    for (const page of generateRawPages(options)) {
      if (queries !== undefined) {
        queries.observe(page, index);
        if (!page.duplicate) stories.push(storyTruthOf(page));
      }
      index += 1;
      if (index <= from) continue;
      writeFileSync(join(options.outDir, page.file), page.bytes);
      if (manifest !== undefined) writeSync(manifest, `${JSON.stringify(page.manifest)}\n`);
      summary.pages += 1;
      summary.bytes += page.bytes.length;
      if (page.duplicate) summary.duplicates += 1;
      options.onPage?.(summary.pages);
    }
    if (options.truthDir !== undefined && queries !== undefined) {
      writeCorpusTruth(options.truthDir, { stories, queries: queries.queries() });
    }
  } finally {
    if (manifest !== undefined) closeSync(manifest);
  }
  return summary;
}
