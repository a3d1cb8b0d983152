import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { writeCorpus } from "../corpus/writeCorpus.ts";
import {
  CORPUS_STAMP,
  type BenchContext,
  type BenchStep,
  type StepKind,
  type UpdateDates,
} from "./benchStep.ts";
import { BENCH_STEPS, ingestStep } from "./benchSteps.ts";
import { measureCommand } from "./measureCommand.ts";
import { isProcessAlive } from "../ingest/isProcessAlive.ts";

/** Options of one benchmark run. */
export interface BenchOptions {
  /** Raw pages to generate (each is one article, apart from the generator's ~3% exact duplicates). */
  articles: number;
  seed: number;
  /** New raw pages the update step adds to the built archive. */
  addPages?: number;
  /** See BenchContext.updateDates. @default "day" */
  updateDates?: UpdateDates;
  /** Step names to run; all when absent. */
  only?: readonly string[];
  workDir: string;
  /** Keep the work folder (corpus, Markdown, sites) afterwards; a kept corpus is reused next time. */
  keep: boolean;
  repoRoot: string;
  log: (line: string) => void;
  steps?: readonly BenchStep[];
}

/** The figures of one step. */
export interface StepResult {
  name: string;
  kind: StepKind;
  status: "ok" | "failed" | "skipped";
  /** Why it failed or was skipped. */
  reason?: string;
  pages: number;
  wallSeconds?: number;
  /** CPU seconds (user + system) of the step's process tree. */
  cpuSeconds?: number;
  pagesPerSecond?: number;
  peakRssBytes?: number;
  files?: number;
  bytes?: number;
  /** Wall time divided by the plain-Eleventy / Hugo baseline's in the same run. */
  ratioToEleventy?: number;
  ratioToHugo?: number;
  /** For an update: wall time divided by the full ingest + render (+ search index) of the same run. */
  ratioToFullBuild?: number;
  /** The step's own extra figures (see BenchStep.extraFigures). */
  extra?: Record<string, number>;
}

/** Everything a run measured, as printed and as written with `--json`. */
export interface BenchReport {
  startedAt: string;
  articles: number;
  seed: number;
  /** How the update step dated its new articles. */
  updateDates: UpdateDates;
  machine: { node: string; cpus: number; memoryBytes: number; platform: string };
  corpus: { pages: number; bytes: number; seconds: number; reused: boolean };
  workDir: string;
  steps: StepResult[];
}

/** Hash of the generator's sources: a kept corpus is reused only if the generator is unchanged. */
function generatorFingerprint(repoRoot: string): string {
  const dir = join(repoRoot, "src", "corpus");
  const hash = createHash("sha256");
  for (const file of readdirSync(dir).sort())
    hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest("hex").slice(0, 16);
}

function countMarkdown(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith(".md"),
  ).length;
}

function prepareCorpus(options: BenchOptions, context: BenchContext): BenchReport["corpus"] {
  const stampPath = join(options.workDir, CORPUS_STAMP);
  const key = JSON.stringify({
    pages: options.articles,
    seed: options.seed,
    generator: generatorFingerprint(options.repoRoot),
  });
  if (existsSync(stampPath) && existsSync(context.rawDir)) {
    const stamp = JSON.parse(readFileSync(stampPath, "utf8")) as {
      key: string;
      pages: number;
      bytes: number;
    };
    if (stamp.key === key) {
      options.log(`reusing the corpus in ${context.rawDir}`);
      return { pages: stamp.pages, bytes: stamp.bytes, seconds: 0, reused: true };
    }
  }
  options.log(
    `generating ${options.articles} raw pages (seed ${options.seed}) in ${context.rawDir} ...`,
  );
  rmSync(context.contentDir, { recursive: true, force: true });
  const started = performance.now();
  const summary = writeCorpus({
    pages: options.articles,
    seed: options.seed,
    outDir: context.rawDir,
    manifestPath: context.manifestPath,
    clean: true,
  });
  writeFileSync(stampPath, JSON.stringify({ key, pages: summary.pages, bytes: summary.bytes }));
  return {
    pages: summary.pages,
    bytes: summary.bytes,
    seconds: (performance.now() - started) / 1000,
    reused: false,
  };
}

/** The error lines of a failed command's output (not its stack frames), else its last lines. */
export function failureSummary(output: string): string {
  const lines = output.split("\n").map((line) => line.trim());
  const errors = lines.filter((line) => /error|fail/i.test(line) && !line.startsWith("at "));
  return (errors.length > 0 ? errors.slice(0, 3) : lines.slice(-3)).join(" | ");
}

async function runStep(
  step: BenchStep,
  context: BenchContext,
  log: (line: string) => void,
): Promise<StepResult> {
  const base = { name: step.name, kind: step.kind };
  const unavailable = step.unavailable?.(context);
  if (unavailable) return { ...base, status: "skipped", reason: unavailable, pages: 0 };
  if (step.needsArticles && context.articles === undefined) {
    // Markdown left by an earlier kept run may come from older code: ingest again, untimed.
    log("running ingest first (untimed) to get the Markdown articles ...");
    ingestStep.prepare?.(context);
    const ingest = await measureCommand(ingestStep.command(context));
    if (ingest.exitCode !== 0) {
      const reason = `ingest failed: ${ingest.stderr.trim().slice(-300)}`;
      return { ...base, status: "skipped", reason, pages: 0 };
    }
    context.articles = countMarkdown(join(context.contentDir, "articles"));
  }
  try {
    step.prepare?.(context);
  } catch (error) {
    const reason = `set-up failed: ${error instanceof Error ? error.message : String(error)}`;
    return { ...base, status: "failed", reason, pages: 0 };
  }
  log(`timing ${step.name} ...`);
  const spec = step.command(context);
  const measured = await measureCommand(spec);
  if (step.kind === "render" && measured.exitCode === 0) context.siteBuilt = true;
  if (step.kind === "ingest")
    context.articles = countMarkdown(join(context.contentDir, "articles"));
  const pages = step.pages(context);
  const figures = {
    pages,
    wallSeconds: measured.wallSeconds,
    cpuSeconds: measured.cpuSeconds,
    pagesPerSecond: pages / measured.wallSeconds,
    peakRssBytes: measured.peakRssBytes,
    files: measured.files,
    bytes: measured.bytes,
  };
  if (measured.exitCode === 0) {
    const extra = step.extraFigures?.(context);
    return { ...base, status: "ok", ...figures, ...(extra ? { extra } : {}) };
  }
  const why = measured.signal ? `killed by ${measured.signal}` : `exit code ${measured.exitCode}`;
  const tail = failureSummary(measured.stderr.trim() || measured.stdout.trim());
  return {
    ...base,
    status: "failed",
    reason: `${why}${tail ? `: ${tail.slice(-300)}` : ""}`,
    ...figures,
  };
}

/** Adds the wall-time ratios to the baselines, and an update's ratio to the full build, of the same run. */
export function addBaselineRatios(steps: StepResult[]): StepResult[] {
  const wallOf = (name: string): number | undefined => {
    const step = steps.find((candidate) => candidate.name === name && candidate.status === "ok");
    return step?.wallSeconds;
  };
  const eleventy = wallOf("eleventy");
  const hugo = wallOf("hugo");
  const ingest = wallOf("ingest");
  const render = wallOf("render");
  // The search index is part of a full build when the run timed it.
  const search = wallOf("search") ?? 0;
  const fullBuild =
    ingest !== undefined && render !== undefined ? ingest + render + search : undefined;
  return steps.map((step) => {
    if (step.wallSeconds === undefined) return step;
    if (step.kind === "update") {
      return fullBuild ? { ...step, ratioToFullBuild: step.wallSeconds / fullBuild } : step;
    }
    if (step.kind !== "render" && step.kind !== "baseline") return step;
    return {
      ...step,
      ...(eleventy ? { ratioToEleventy: step.wallSeconds / eleventy } : {}),
      ...(hugo ? { ratioToHugo: step.wallSeconds / hugo } : {}),
    };
  });
}

/** Claims the work folder so that two benchmarks never clear each other's files; returns the release. */
export function lockWorkDir(workDir: string): () => void {
  const lockPath = join(workDir, "bench.lock");
  mkdirSync(workDir, { recursive: true });
  try {
    writeFileSync(lockPath, String(process.pid), { flag: "wx" });
  } catch {
    const holder = Number(readFileSync(lockPath, "utf8"));
    if (Number.isInteger(holder) && holder !== process.pid && isProcessAlive(holder)) {
      throw new Error(
        `${workDir} is in use by another benchmark (pid ${holder}); pass another --work-dir`,
      );
    }
    writeFileSync(lockPath, String(process.pid));
  }
  return () => rmSync(lockPath, { force: true });
}

/** Generates the corpus (untimed) and times each selected step as a child process. */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const all = options.steps ?? BENCH_STEPS;
  const unknown = (options.only ?? []).filter((name) => !all.some((step) => step.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `unknown step(s) ${unknown.join(", ")}; known: ${all.map((step) => step.name).join(", ")}`,
    );
  }
  const selected = options.only ? all.filter((step) => options.only?.includes(step.name)) : all;
  const unlock = lockWorkDir(options.workDir);
  const context: BenchContext = {
    repoRoot: options.repoRoot,
    workDir: options.workDir,
    rawDir: join(options.workDir, "raw"),
    manifestPath: join(options.workDir, "manifest.jsonl"),
    contentDir: join(options.workDir, "content"),
    pages: options.articles,
    seed: options.seed,
    addPages: options.addPages ?? 100,
    updateDates: options.updateDates ?? "day",
  };
  const startedAt = new Date().toISOString();
  try {
    const corpus = prepareCorpus(options, context);
    const steps: StepResult[] = [];
    for (const step of selected) steps.push(await runStep(step, context, options.log));
    return {
      startedAt,
      articles: options.articles,
      seed: options.seed,
      updateDates: context.updateDates,
      machine: {
        node: process.version,
        cpus: os.cpus().length,
        memoryBytes: os.totalmem(),
        platform: `${os.platform()} ${os.release()}`,
      },
      corpus,
      workDir: options.workDir,
      steps: addBaselineRatios(steps),
    };
  } finally {
    if (options.keep) unlock();
    else rmSync(options.workDir, { recursive: true, force: true });
  }
}
