// Writes a deterministic corpus of raw pages in the aggregator's format (see src/corpus/).
import { Command, InvalidArgumentError } from "commander";
import { writeCorpus } from "../src/corpus/writeCorpus.ts";

const positiveInteger = (value: string): number => {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0)
    throw new InvalidArgumentError("expected a whole number");
  return number;
};

const program = new Command("generate-corpus")
  .description("Generate N raw scraped pages (same seed and N give byte-identical files).")
  .requiredOption("--pages <n>", "number of pages to generate", positiveInteger)
  .requiredOption("--out <dir>", "folder to write the pages into")
  .option("--seed <n>", "random seed", positiveInteger, 1)
  .option("--manifest <file>", "write a JSON Lines manifest {file,url,scrapedAt}")
  .option(
    "--from <n>",
    "extend a corpus of n pages: write only pages n+1..N, append to the manifest",
    positiveInteger,
    0,
  )
  .option(
    "--truth <dir>",
    "write the true stories and the find-the-story queries here (not in the pages)",
  )
  .option("--include-seed", "also copy the real seed page as the first page", false)
  .option("--clean", "delete the output folder first", false)
  .parse();

const options = program.opts<{
  pages: number;
  out: string;
  seed: number;
  manifest?: string;
  truth?: string;
  from: number;
  includeSeed: boolean;
  clean: boolean;
}>();
const started = performance.now();
const summary = writeCorpus({
  pages: options.pages,
  seed: options.seed,
  outDir: options.out,
  ...(options.manifest === undefined ? {} : { manifestPath: options.manifest }),
  ...(options.truth === undefined ? {} : { truthDir: options.truth }),
  includeSeedPage: options.includeSeed,
  fromPage: options.from,
  clean: options.clean,
});
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `wrote ${summary.pages} pages (${summary.duplicates} exact duplicates), ` +
    `${(summary.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s to ${options.out}\n`,
);
