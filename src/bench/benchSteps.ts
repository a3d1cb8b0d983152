import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { delimiter, join } from "node:path";
import { writeCorpus } from "../corpus/writeCorpus.ts";
import { CORPUS_STAMP, type BenchContext, type BenchStep } from "./benchStep.ts";
import { writeEleventyBaseline } from "./eleventyBaseline.ts";
import { writeHugoBaseline } from "./hugoBaseline.ts";
import { searchStep } from "./searchStep.ts";

const cli = (context: BenchContext): string => join(context.repoRoot, "scripts", "news-archive.js");
const articlesDir = (context: BenchContext): string => join(context.contentDir, "articles");
const buildState = (context: BenchContext): string => join(context.workDir, "build-state.json");
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
      // Page signatures for the update step's incremental build; kept out of the repo's .cache/.
      "--state-file",
      buildState(context),
      // The site alone, as the baselines render it; the search step times the index.
      "--no-search",
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

const hugoPublic = (context: BenchContext): string =>
  join(context.workDir, "hugo-baseline", "public");

/**
 * The Pagefind CLI over the Hugo baseline's pages, the usual way to add search to a Hugo site:
 * with the hugo step it is the baseline of a whole build (render + search index).
 */
export const pagefindCliStep: BenchStep = {
  name: "pagefind-cli",
  kind: "index",
  needsArticles: true,
  unavailable: () => (findOnPath("hugo") ? undefined : "needs the hugo baseline's pages"),
  prepare: (context) => {
    if (!existsSync(hugoPublic(context))) {
      writeHugoBaseline(join(context.workDir, "hugo-baseline"), articlesDir(context));
      spawnSync(findOnPath("hugo") ?? "hugo", ["--quiet", "--destination", "public"], {
        cwd: join(context.workDir, "hugo-baseline"),
      });
    }
    rmSync(join(hugoPublic(context), "pagefind"), { recursive: true, force: true });
  },
  command: (context) => ({
    command: join(context.repoRoot, "node_modules", ".bin", "pagefind"),
    args: ["--site", hugoPublic(context), "--quiet"],
    cwd: context.repoRoot,
    outputDirs: [join(hugoPublic(context), "pagefind")],
  }),
  pages: articleCount,
};

/**
 * A day of news on a built archive: add `addPages` new raw pages (the ones a longer corpus run
 * would have made next, dated on the archive's newest day unless `updateDates` is `spread`), then
 * ingest + build again, timed together. It changes raw/, content/ and site/, so it runs last.
 */
export const updateStep: BenchStep = {
  name: "update",
  kind: "update",
  needsArticles: true,
  prepare: (context) => {
    // The update rebuilds a complete archive: the site and its search index.
    const buildArgs = renderStep.command(context).args.filter((arg) => arg !== "--no-search");
    const build = (...flags: string[]): void => {
      const run = spawnSync(process.execPath, [...buildArgs, ...flags], {
        cwd: context.repoRoot,
        encoding: "utf8",
      });
      if (run.status !== 0)
        throw new Error(`the first build failed: ${run.stderr.trim().slice(-300)}`);
    };
    if (!context.siteBuilt) {
      build();
      context.siteBuilt = true;
    } else if (!existsSync(join(context.workDir, "site", "pagefind"))) build("--search-only");
    // raw/ no longer matches the stamp: a kept work folder must regenerate it next time.
    rmSync(join(context.workDir, CORPUS_STAMP), { force: true });
    writeCorpus({
      pages: context.pages + context.addPages,
      seed: context.seed,
      outDir: context.rawDir,
      manifestPath: context.manifestPath,
      fromPage: context.pages,
      ...(context.updateDates === "day" ? { dayOfNewsFrom: context.pages } : {}),
    });
  },
  command: (context) => {
    const site = join(context.workDir, "site");
    const report = join(context.workDir, "update-report.json");
    // Paths go in as positional parameters, so no quoting of them is needed.
    const script =
      '"$1" "$2" ingest --input "$3" --content "$4" --manifest "$5" --report "$6" && ' +
      '"$1" "$2" build --content "$4" --out "$7" --incremental --state-file "$8"';
    const paths = [
      context.rawDir,
      context.contentDir,
      context.manifestPath,
      report,
      site,
      buildState(context),
    ];
    return {
      command: "/bin/sh",
      args: ["-c", script, "sh", process.execPath, cli(context), ...paths],
      cwd: context.repoRoot,
      outputDirs: [context.contentDir, site],
    };
  },
  pages: (context) => context.addPages,
};

/** Every step, in the order a full run takes them. */
export const BENCH_STEPS: readonly BenchStep[] = [
  ingestStep,
  renderStep,
  searchStep,
  eleventyBaselineStep,
  hugoBaselineStep,
  pagefindCliStep,
  updateStep,
];
