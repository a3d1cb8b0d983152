import cliProgress from "cli-progress";
import type { Command } from "commander";
import { examples } from "./examples.ts";
import { runIngest, type IngestStats } from "../ingest/runIngest.ts";
import type { IngestReport } from "../ingest/ingestReport.ts";

interface IngestCommandOptions {
  input: string;
  content: string;
  manifest?: string;
  report?: string;
  strict?: boolean;
  force?: boolean;
  wait?: boolean;
}

/** Registers `news-archive ingest`: raw scraped pages → Markdown articles and ticker headlines. */
export function registerIngestCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("ingest")
    .description("Turn a folder of scraped pages into Markdown articles and ticker headlines.")
    .option("--input <dir>", "folder of raw scraped pages (never modified)", "content/raw")
    .option("--content <dir>", "content folder to write articles/ and headlines/ into", "content")
    .option("--manifest <file>", "JSON Lines manifest: {file, url, scrapedAt} per page")
    .option("--report <file>", "JSON report path (default <content>/.state/ingest-report.json)")
    .option("--strict", "exit with an error when any page was rejected")
    .option("--force", "overwrite Markdown files that were edited by hand")
    .option("--wait", "wait for another ingest on the same content folder instead of stopping")
    .addHelpText(
      "after",
      examples([
        ["the bundled sample", "news-archive ingest --manifest content/manifest.jsonl"],
        [
          "your own scrape, failing on any rejected page",
          "news-archive ingest --input scraped/ --content content --strict",
        ],
      ]),
    )
    .action(async (options: IngestCommandOptions) => {
      const started = performance.now();
      const bar = process.stderr.isTTY
        ? new cliProgress.SingleBar(
            { stream: process.stderr, format: "ingest {stage} [{bar}] {value}/{total}" },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
      let stage = "";
      try {
        const { report, stats } = await runIngest({
          inputDir: options.input,
          contentDir: options.content,
          ...(options.manifest ? { manifestPath: options.manifest } : {}),
          ...(options.report ? { reportPath: options.report } : {}),
          force: options.force ?? false,
          wait: options.wait ?? false,
          ...(bar
            ? {
                onProgress: (next, done, total) => {
                  if (next !== stage) {
                    stage = next;
                    if (total > 200) bar.start(total, 0, { stage });
                  }
                  bar.update(done, { stage });
                },
              }
            : {}),
        });
        bar?.stop();
        const seconds = (performance.now() - started) / 1000;
        process.stdout.write(formatSummary(report, stats, options.content, seconds));
        if (options.strict && report.rejected.length > 0) setExitCode(2);
      } catch (error) {
        bar?.stop();
        // runCli prints it as one line (the stack only with --debug) and exits 1.
        throw error;
      }
    });
}

function pagesNoun(count: number): string {
  return count === 1 ? "page" : "pages";
}

/** The short console summary; timings live here, never in the deterministic report. */
export function formatSummary(
  report: IngestReport,
  stats: IngestStats,
  contentDir: string,
  seconds: number,
): string {
  const pagesPerSecond = seconds > 0 ? Math.round(report.summary.files / seconds) : 0;
  const lines = [
    `ingest: ${report.summary.files} ${pagesNoun(report.summary.files)} (${stats.parsed} parsed, ${stats.reused} unchanged since last run) in ${seconds.toFixed(2)} s, ${pagesPerSecond} pages/s`,
    `  articles:   ${report.articles.length} (${stats.articles.written} written, ${stats.articles.unchanged} unchanged, ${stats.articles.edited} kept as edited by hand)`,
    `  rejected:   ${report.rejected.length}`,
    `  warnings:   ${report.warnings.length}`,
    `  duplicates: ${report.duplicates.length} (${report.duplicates.reduce((n, d) => n + d.files.length, 0)} extra files)`,
    `  headlines:  ${report.headlines} (${stats.headlines.written} written, ${stats.headlines.unchanged} unchanged)`,
    ...(stats.removed > 0 ? [`  removed:    ${stats.removed} stale outputs`] : []),
    `  into ${contentDir}`,
  ];
  for (const rejected of report.rejected.slice(0, 10))
    lines.push(`  rejected ${rejected.file}: ${rejected.reason}`);
  const more = report.rejected.length - 10;
  if (more > 0) lines.push(`  … ${more} more rejected ${pagesNoun(more)} in the report`);
  return `${lines.join("\n")}\n`;
}
