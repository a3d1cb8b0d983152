import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * The true story of one generated article (one line per distinct article URL; a re-scraped exact
 * duplicate page shares its article's URL and line). Articles with the same `storyId` report the
 * same story: the first published is the `original`, syndicated near-copies in other newspapers are
 * `copy`, and independent write-ups of the same story (same names and places, other text) are
 * `rewrite`. Follow-up stories about the same people carry another `storyId`.
 */
export interface StoryTruth {
  url: string;
  storyId: string;
  newspaper: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  version: "original" | "copy" | "rewrite";
}

/** One query of the find-the-story set and the articles it must find. */
export interface QueryTruth {
  query: string;
  kind: "rare-name" | "common" | "variant" | "prefix" | "nothing";
  /** URLs of the articles that must be found (empty: the query must find nothing). */
  expectUrls: string[];
  /** Publication year of the expected articles when they share one, else null. */
  year: number | null;
}

/** Everything the corpus generator knows that its pages must not say. */
export interface CorpusTruth {
  stories: StoryTruth[];
  queries: QueryTruth[];
}

export const STORIES_FILE = "stories.jsonl";
export const QUERIES_FILE = "queries.jsonl";

/** Writes records as JSON Lines, one write per batch so 100k lines stay cheap. */
function writeJsonLines(path: string, records: readonly object[]): void {
  const fd = openSync(path, "w");
  try {
    for (let i = 0; i < records.length; i += 1000) {
      const batch = records.slice(i, i + 1000).map((record) => `${JSON.stringify(record)}\n`);
      writeSync(fd, batch.join(""));
    }
  } finally {
    closeSync(fd);
  }
}

function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as T);
}

/** Writes `stories.jsonl` and `queries.jsonl` into `truthDir` (created if missing). */
export function writeCorpusTruth(truthDir: string, truth: CorpusTruth): void {
  mkdirSync(truthDir, { recursive: true });
  writeJsonLines(join(truthDir, STORIES_FILE), truth.stories);
  writeJsonLines(join(truthDir, QUERIES_FILE), truth.queries);
}

/** Reads the truth files a corpus run wrote with `--truth <dir>`. */
export function readCorpusTruth(truthDir: string): CorpusTruth {
  return {
    stories: readJsonLines<StoryTruth>(join(truthDir, STORIES_FILE)),
    queries: readJsonLines<QueryTruth>(join(truthDir, QUERIES_FILE)),
  };
}
