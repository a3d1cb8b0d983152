import type { CommandSpec } from "./measureCommand.ts";

/** Paths and sizes shared by every step of one benchmark run. */
export interface BenchContext {
  repoRoot: string;
  workDir: string;
  /** The generated raw pages and their manifest. */
  rawDir: string;
  manifestPath: string;
  /** Where ingest writes `articles/` and `headlines/`. */
  contentDir: string;
  /** Raw pages in the corpus as generated (before any update step adds more). */
  pages: number;
  seed: number;
  /** New raw pages an update step adds to the built archive. */
  addPages: number;
  /**
   * Dates of the update's new articles: `day` puts them on the archive's newest day (a day of
   * news), `spread` anywhere in the archive's 20 years (back-filled old pages).
   */
  updateDates: UpdateDates;
  /** Set once a render step has built the site in `<workDir>/site` during this run. */
  siteBuilt?: boolean;
  /** Markdown articles ingest wrote (known once ingest has run). */
  articles?: number;
}

export type UpdateDates = "day" | "spread";

/** What a step is, for the ratio columns: render steps and baselines are compared with the baselines. */
export type StepKind = "ingest" | "render" | "index" | "baseline" | "update";

/** File in the work folder that records which corpus `raw/` holds (see runBench). */
export const CORPUS_STAMP = "corpus.json";

/**
 * One timed command of the benchmark. New steps (incremental rebuild, sharded index, ...) are
 * added as more of these in benchSteps.ts.
 */
export interface BenchStep {
  /** Name used by `--only` and in the table. */
  name: string;
  kind: StepKind;
  /** Whether it needs ingest's Markdown (ingest then runs first, untimed, if this run has not). */
  needsArticles: boolean;
  /** Why the step cannot run on this machine, if it cannot. */
  unavailable?(context: BenchContext): string | undefined;
  /** Untimed set-up: clear old output, write a baseline project, copy Markdown. */
  prepare?(context: BenchContext): void;
  /** The timed command and the folders whose files it writes. */
  command(context: BenchContext): CommandSpec;
  /** More figures read after a successful run, e.g. `{ "search index MB": 3.1 }`. */
  extraFigures?(context: BenchContext): Record<string, number>;
  /** How many pages the step handles, for pages/s. */
  pages(context: BenchContext): number;
}
