// The find-the-story benchmark (README, Search): indexes a built archive with this project's
// search and with one plain Pagefind index of the same article pages, measures both (CPU, wall,
// peak memory), then runs the corpus's query set through both with the real pagefind.js.
//   tsx scripts/find-the-story.ts --content /dev/shm/fts/content --site /dev/shm/fts/site \
//     --truth /dev/shm/fts/truth --work /dev/shm/fts
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Command } from "commander";
import {
  runOurSearch,
  runPlainPagefind,
  summarizeOutcomes,
  type StoryQuery,
} from "../src/bench/findTheStory.ts";
import { measureCommand, type Measurement } from "../src/bench/measureCommand.ts";
import { storyQueriesFromTruth } from "../src/bench/storyQueries.ts";

const options = new Command("find-the-story")
  .requiredOption("--content <dir>", "ingested content folder (articles/, headlines/)")
  .requiredOption(
    "--site <dir>",
    "site folder (built here with --no-search when it has no index.html, unless --skip-index)",
  )
  .requiredOption("--work <dir>", "scratch folder for the plain Pagefind bundle")
  .option("--truth <dir>", "the corpus generator's ground truth folder")
  .option("--queries <file>", "or a JSON file of {query, kind, expectHrefs}")
  .option("--skip-index", "reuse both indexes already built", false)
  .option("--no-plain", "leave plain Pagefind out (at 100k one plain index needs about 20 GB)")
  .option("--every <n>", "run only every n-th query (a quicker sample)", Number, 1)
  .option("--kind <kind>", "then only the queries of this kind (rare-name, common, variant, …)")
  .option(
    "--outcomes <file>",
    "also write each query's outcome on this archive (rank, results, bytes) as JSON",
  )
  .option(
    "--no-narrow-shards",
    "rank every routed shard, as the page did before it left out those where no page holds every word (shardsHoldingEveryWord)",
  )
  .parse()
  .opts<{
    content: string;
    site: string;
    work: string;
    truth?: string;
    queries?: string;
    skipIndex: boolean;
    plain: boolean;
    every: number;
    kind?: string;
    outcomes?: string;
    narrowShards: boolean;
  }>();

const repoRoot = path.resolve(import.meta.dirname, "..");
const cli = path.join(repoRoot, "scripts", "news-archive.js");
const plainBundle = path.join(options.work, "plain", "pagefind");

async function measured(label: string, args: string[]): Promise<Measurement> {
  const result = await measureCommand({ command: process.execPath, args, cwd: repoRoot });
  if (result.exitCode !== 0) throw new Error(`${label} failed: ${result.stderr.slice(-500)}`);
  const gb = (bytes: number) => (bytes / 1e9).toFixed(2);
  process.stderr.write(
    `${label}: ${result.wallSeconds.toFixed(1)} s wall, ${result.cpuSeconds.toFixed(1)} CPU s, ` +
      `peak RSS ${gb(result.peakRssBytes)} GB (largest process ${gb(result.largestProcessPeakBytes)} GB)\n`,
  );
  return result;
}

const build = (...flags: string[]) => [
  cli,
  "build",
  "--content",
  options.content,
  "--out",
  options.site,
  ...flags,
];
if (options.skipIndex) {
  // Reuses what is built, and never renders into the folder: a copy holding only the search
  // bundle is enough for the queries.
  if (!existsSync(path.join(options.site, "pagefind", "shards.json"))) {
    process.stderr.write(
      `find-the-story: --skip-index needs a built search index in ${options.site}\n`,
    );
    process.exit(2);
  }
} else if (!existsSync(path.join(options.site, "index.html"))) {
  await measured("site render", build("--no-search"));
}
const indexing: Record<string, Measurement> = {};
if (!options.skipIndex) {
  rmSync(path.join(options.site, "pagefind"), { recursive: true, force: true });
  indexing.ours = await measured("our index", build("--search-only"));
}
if (!options.skipIndex && options.plain) {
  rmSync(plainBundle, { recursive: true, force: true });
  indexing.plain = await measured("plain Pagefind", [
    path.join(repoRoot, "node_modules", "pagefind", "lib", "runner", "bin.cjs"),
    "--site",
    options.site,
    "--glob",
    "articles/**/*.html",
    "--output-path",
    plainBundle,
  ]);
}

const queries: StoryQuery[] = (
  options.queries
    ? (JSON.parse(readFileSync(options.queries, "utf8")) as StoryQuery[])
    : await storyQueriesFromTruth(options.truth ?? "", options.content)
)
  .filter((_, index) => index % options.every === 0)
  .filter((query) => !options.kind || query.kind === options.kind);
const ourOutcomes = await runOurSearch(options.site, queries, {
  narrowShards: options.narrowShards,
});
if (options.outcomes) writeFileSync(options.outcomes, `${JSON.stringify(ourOutcomes, null, 1)}\n`);
const ours = summarizeOutcomes(ourOutcomes);
const plain = options.plain ? summarizeOutcomes(await runPlainPagefind(plainBundle, queries)) : {};
const rows = Object.keys(ours).map((key) => `| ${key} | ${ours[key]} | ${plain[key] ?? "–"} |`);
const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
const figures: [string, (result: Measurement) => string][] = [
  ["indexing wall", (result) => `${result.wallSeconds.toFixed(0)} s`],
  ["indexing CPU", (result) => `${result.cpuSeconds.toFixed(0)} s`],
  [
    "indexing peak RSS (largest process)",
    (result) => `${gb(result.peakRssBytes)} (${gb(result.largestProcessPeakBytes)})`,
  ],
];
for (const [label, format] of figures) {
  const [ours, plain] = [indexing.ours, indexing.plain].map((run) => (run ? format(run) : "–"));
  if (indexing.ours) rows.push(`| ${label} | ${ours} | ${plain} |`);
}
process.stdout.write(
  `${queries.length} queries\n\n| | this archive | plain Pagefind |\n|---|---|---|\n${rows.join("\n")}\n`,
);
