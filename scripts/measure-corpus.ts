// Prints the generated corpus's vocabulary curve, Heaps' law fit and document frequencies.
import { Command, InvalidArgumentError } from "commander";
import { formatCorpusStatistics, measureCorpusStatistics } from "../src/corpus/corpusStatistics.ts";

const wholeNumbers = (value: string): number[] => {
  const numbers = value.split(",").map(Number);
  if (numbers.some((n) => !Number.isSafeInteger(n) || n < 1))
    throw new InvalidArgumentError("expected whole numbers separated by commas");
  return numbers;
};

const options = new Command("measure-corpus")
  .description("Generate a corpus in memory and measure its vocabulary (nothing is written).")
  .option("--seed <n>", "corpus seed", (value) => Number(value), 1)
  .option("--at <list>", "article counts to report", wholeNumbers, [1000, 5000, 20000, 100000])
  .parse()
  .opts<{ seed: number; at: number[] }>();
process.stdout.write(
  `${formatCorpusStatistics(measureCorpusStatistics({ seed: options.seed, checkpoints: options.at }))}\n`,
);
