// Times ingest, the site build and the plain-Eleventy / Hugo baselines on a generated corpus.
import { Command, InvalidArgumentError, Option } from "commander";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatBenchTable } from "../src/bench/formatBenchTable.ts";
import { runBench } from "../src/bench/runBench.ts";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

const wholeNumber = (value: string): number => {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1)
    throw new InvalidArgumentError("expected a whole number");
  return number;
};

const program = new Command("bench")
  .description(
    "Benchmark the archive pipeline against plain Eleventy and Hugo on a generated corpus.",
  )
  .option("--articles <n>", "raw pages to generate", wholeNumber, 10_000)
  .option("--seed <n>", "corpus seed", wholeNumber, 1)
  .option("--only <steps>", "comma-separated steps: ingest,render,search,eleventy,hugo,update")
  .option("--add <n>", "new raw pages the update step adds to the built archive", wholeNumber, 100)
  .addOption(
    new Option(
      "--update-dates <how>",
      "dates of the update's new articles: the archive's newest day, or any year",
    )
      .choices(["day", "spread"])
      .default("day"),
  )
  .option("--json <file>", "also write the figures as JSON")
  .option("--work-dir <dir>", "work folder (a tmpfs such as /dev/shm gives steadier figures)")
  .option(
    "--keep",
    "keep the work folder (corpus, Markdown, sites); a kept corpus is reused",
    false,
  )
  .parse();

const options = program.opts<{
  articles: number;
  seed: number;
  add: number;
  updateDates: "day" | "spread";
  only?: string;
  json?: string;
  workDir?: string;
  keep: boolean;
}>();

const report = await runBench({
  articles: options.articles,
  seed: options.seed,
  addPages: options.add,
  updateDates: options.updateDates,
  ...(options.only ? { only: options.only.split(",").map((name) => name.trim()) } : {}),
  workDir: resolve(
    options.workDir ?? resolve(repoRoot, "bench-out", `${options.articles}-seed${options.seed}`),
  ),
  keep: options.keep,
  repoRoot,
  log: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(`${formatBenchTable(report)}\n`);
if (options.json) writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
if (report.steps.some((step) => step.status === "failed")) process.exitCode = 1;
