import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { BenchStep } from "../../src/bench/benchStep.ts";
import { formatBenchTable } from "../../src/bench/formatBenchTable.ts";
import { hugoSafeMarkdown } from "../../src/bench/hugoBaseline.ts";
import {
  addBaselineRatios,
  lockWorkDir,
  runBench,
  type BenchReport,
  type StepResult,
} from "../../src/bench/runBench.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "bench-run-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A step that copies the raw corpus into its own folder after sleeping `ms`, or fails. */
function copyStep(name: string, kind: BenchStep["kind"], ms: number, exitCode = 0): BenchStep {
  return {
    name,
    kind,
    needsArticles: false,
    command: (context) => ({
      command: process.execPath,
      args: [
        "-e",
        `const fs = require("node:fs"); setTimeout(() => { fs.cpSync(process.argv[1], process.argv[2], { recursive: true }); process.exit(${exitCode}); }, ${ms});`,
        context.rawDir,
        join(context.workDir, name),
      ],
      outputDirs: [join(context.workDir, name)],
    }),
    pages: (context) => context.pages,
  };
}

describe("runBench", () => {
  it("times each selected step on the generated corpus and compares render with the baseline", async () => {
    const steps = [
      copyStep("render", "render", 600),
      copyStep("eleventy", "baseline", 200),
      copyStep("other", "ingest", 0),
    ];
    const workDir = join(work, "run");
    const report = await runBench({
      articles: 25,
      seed: 2,
      only: ["render", "eleventy"],
      workDir,
      keep: true,
      repoRoot,
      log: () => {},
      steps,
    });
    expect(readdirSync(join(workDir, "raw"))).toHaveLength(25);
    expect(report.steps.map((step) => step.name)).toEqual(["render", "eleventy"]);
    const [render, eleventy] = report.steps;
    expect(render?.status).toBe("ok");
    expect(render?.files).toBe(25);
    expect(render?.bytes).toBe(report.corpus.bytes);
    expect(render?.wallSeconds).toBeGreaterThan(0.6);
    // The ratio is the two measured wall times divided (a loaded machine may delay either step,
    // so which is slower is not asserted).
    expect(render?.ratioToEleventy).toBeCloseTo(
      (render?.wallSeconds ?? 0) / (eleventy?.wallSeconds ?? 1),
      9,
    );
    expect(eleventy?.ratioToEleventy).toBe(1);
    expect(render?.ratioToHugo).toBeUndefined();

    const again = await runBench({
      articles: 25,
      seed: 2,
      only: ["other"],
      workDir,
      keep: false,
      repoRoot,
      log: () => {},
      steps,
    });
    expect(again.corpus.reused).toBe(true);
    expect(again.steps[0]?.ratioToEleventy).toBeUndefined();
    expect(existsSync(workDir)).toBe(false);
  });

  it("reports a failing step with its exit code and rejects unknown step names", async () => {
    const steps = [copyStep("render", "render", 0, 4)];
    const options = {
      articles: 5,
      seed: 1,
      workDir: join(work, "fail"),
      keep: false,
      repoRoot,
      log: () => {},
      steps,
    };
    const report = await runBench(options);
    expect(report.steps[0]?.status).toBe("failed");
    expect(report.steps[0]?.reason).toMatch(/^exit code 4/);
    await expect(runBench({ ...options, only: ["render", "nope"] })).rejects.toThrow(
      /unknown step\(s\) nope; known: render/,
    );
  });
});

describe("lockWorkDir", () => {
  it("refuses a work folder held by a running benchmark and takes over one left by a finished one", () => {
    const dir = join(work, "locked");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "bench.lock"), String(process.ppid));
    expect(() => lockWorkDir(dir)).toThrow(`in use by another benchmark (pid ${process.ppid})`);
    const finished = spawnSync(process.execPath, ["-e", "0"]).pid;
    writeFileSync(join(dir, "bench.lock"), String(finished));
    const release = lockWorkDir(dir);
    release();
    expect(existsSync(join(dir, "bench.lock"))).toBe(false);
  });
});

describe("formatBenchTable", () => {
  it("counts the timed search index as part of the full build an update is compared with", () => {
    const step = (name: string, kind: StepResult["kind"], wallSeconds: number): StepResult => ({
      name,
      kind,
      status: "ok",
      pages: 100,
      wallSeconds,
    });
    const [, , , update] = addBaselineRatios([
      step("ingest", "ingest", 2),
      step("render", "render", 5),
      step("search", "index", 3),
      step("update", "update", 1.5),
    ]);
    expect(update?.ratioToFullBuild).toBeCloseTo(0.15);
  });

  it("prints a Markdown table with pages/s, MB and only the ratio columns some step has", () => {
    const report: BenchReport = {
      startedAt: "2026-01-01T00:00:00.000Z",
      articles: 1000,
      seed: 1,
      updateDates: "day",
      machine: { node: "v20.20.2", cpus: 2, memoryBytes: 24 * 1024 ** 3, platform: "linux" },
      corpus: { pages: 1000, bytes: 8_600_000, seconds: 0.9, reused: false },
      workDir: "/tmp/x",
      steps: addBaselineRatios([
        {
          name: "ingest",
          kind: "ingest",
          status: "ok",
          pages: 1000,
          wallSeconds: 0.5,
          cpuSeconds: 0.94,
          pagesPerSecond: 2000,
          peakRssBytes: 150 * 1024 * 1024,
          files: 1500,
          bytes: 7_000_000,
        },
        {
          name: "eleventy",
          kind: "baseline",
          status: "ok",
          pages: 977,
          wallSeconds: 2,
          pagesPerSecond: 488.5,
          peakRssBytes: 160 * 1024 * 1024,
          files: 977,
          bytes: 4_200_000,
        },
        {
          name: "hugo",
          kind: "baseline",
          status: "skipped",
          reason: "no hugo binary on PATH",
          pages: 0,
        },
        {
          name: "render",
          kind: "render",
          status: "ok",
          pages: 977,
          wallSeconds: 1.5,
          pagesPerSecond: 651.3,
          peakRssBytes: 200 * 1024 * 1024,
          files: 1300,
          bytes: 15_000_000,
          extra: { "search index MB": 3.14159, "search index files": 560 },
        },
        {
          name: "update",
          kind: "update",
          status: "ok",
          pages: 100,
          wallSeconds: 0.4,
          pagesPerSecond: 250,
          peakRssBytes: 210 * 1024 * 1024,
          files: 230,
          bytes: 1_500_000,
        },
      ]),
    };
    expect(formatBenchTable(report)).toBe(
      [
        "1000 raw pages (seed 1, 8.6 MB, generated in 0.9 s, not timed); Node v20.20.2, 2 CPUs, 24 GB RAM",
        "",
        "| step | pages | wall s | cpu s | pages/s | peak RSS MB | files | MB written | × eleventy | × full build |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        "| ingest | 1000 | 0.50 | 0.9 | 2000 | 150 | 1500 | 7.0 |  |  |",
        "| eleventy | 977 | 2.00 |  | 489 | 160 | 977 | 4.2 | 1.00 |  |",
        "| hugo (skipped) | 0 |  |  |  |  |  |  |  |  |",
        "| render | 977 | 1.50 |  | 651 | 200 | 1300 | 15.0 | 0.75 |  |",
        "| update | 100 | 0.40 |  | 250 | 210 | 230 | 1.5 |  | 0.20 |",
        "",
        "- render: search index MB 3.1, search index files 560",
        "- update: 100 new raw pages dated on the archive's newest day",
        "- hugo skipped: no hugo binary on PATH",
      ].join("\n"),
    );
  });
});

describe("hugoSafeMarkdown", () => {
  it("renames the front matter url, which Hugo would take as the page's path, and leaves the body alone", () => {
    const markdown = "---\nid: ab12\nurl: 'https://sauress.com/alhayat/1'\n---\nurl: في النص\n";
    expect(hugoSafeMarkdown(markdown)).toBe(
      "---\nid: ab12\nsourceUrl: 'https://sauress.com/alhayat/1'\n---\nurl: في النص\n",
    );
  });
});
