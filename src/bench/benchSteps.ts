import { existsSync, rmSync } from "node:fs";
import { delimiter, join } from "node:path";
import type { BenchContext, BenchStep } from "./benchStep.ts";
import { writeEleventyBaseline } from "./eleventyBaseline.ts";
import { writeHugoBaseline } from "./hugoBaseline.ts";

const cli = (context: BenchContext): string => join(context.repoRoot, "scripts", "news-archive.js");
const articlesDir = (context: BenchContext): string => join(context.contentDir, "articles");
const articleCount = (context: BenchContext): number => context.articles ?? 0;

/** Finds an executable on PATH. */
export function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** `news-archive ingest` from scratch over the generated corpus. */
export const ingestStep: BenchStep = {
  name: "ingest",
  kind: "ingest",
  needsArticles: false,
  prepare: (context) => rmSync(context.contentDir, { recursive: true, force: true }),
  command: (context) => ({
    command: process.execPath,
    args: [
      cli(context),
      "ingest",
      "--input",
      context.rawDir,
      "--content",
      context.contentDir,
      "--manifest",
      context.manifestPath,
      "--report",
      join(context.workDir, "ingest-report.json"),
    ],
    cwd: context.repoRoot,
    outputDirs: [context.contentDir],
  }),
  pages: (context) => context.pages,
};

/** `news-archive build`: the complete site (and its search index once search lands), clean. */
export const renderStep: BenchStep = {
  name: "render",
  kind: "render",
  needsArticles: true,
  prepare: (context) => rmSync(join(context.workDir, "site"), { recursive: true, force: true }),
  command: (context) => ({
    command: process.execPath,
    args: [
      cli(context),
      "build",
      "--content",
      context.contentDir,
      "--out",
      join(context.workDir, "site"),
    ],
    cwd: context.repoRoot,
    outputDirs: [join(context.workDir, "site")],
  }),
  pages: articleCount,
};

/** Plain Eleventy 3 over the same Markdown with one bare layout: the baseline to beat. */
export const eleventyBaselineStep: BenchStep = {
  name: "eleventy",
  kind: "baseline",
  needsArticles: true,
  prepare: (context) =>
    writeEleventyBaseline(join(context.workDir, "eleventy-baseline"), articlesDir(context)),
  command: (context) => ({
    command: process.execPath,
    args: [
      join(context.repoRoot, "node_modules", "@11ty", "eleventy", "cmd.cjs"),
      "--config=eleventy.config.mjs",
      "--quiet",
    ],
    cwd: join(context.workDir, "eleventy-baseline"),
    outputDirs: [join(context.workDir, "eleventy-baseline", "_site")],
  }),
  pages: articleCount,
};

/** Hugo over the same Markdown with one bare layout, when the `hugo` binary is installed. */
export const hugoBaselineStep: BenchStep = {
  name: "hugo",
  kind: "baseline",
  needsArticles: true,
  unavailable: () =>
    findOnPath("hugo") ? undefined : "no hugo binary on PATH (Debian package hugo)",
  prepare: (context) =>
    writeHugoBaseline(join(context.workDir, "hugo-baseline"), articlesDir(context)),
  command: (context) => ({
    command: findOnPath("hugo") ?? "hugo",
    args: [
      "--quiet",
      "--source",
      join(context.workDir, "hugo-baseline"),
      "--destination",
      "public",
    ],
    cwd: join(context.workDir, "hugo-baseline"),
    outputDirs: [join(context.workDir, "hugo-baseline", "public")],
  }),
  pages: articleCount,
};

/** Every step, in the order a full run takes them. */
export const BENCH_STEPS: readonly BenchStep[] = [
  ingestStep,
  renderStep,
  eleventyBaselineStep,
  hugoBaselineStep,
];
