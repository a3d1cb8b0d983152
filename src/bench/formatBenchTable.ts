import type { BenchReport, StepResult } from "./runBench.ts";

const MB = 1024 * 1024;

function cell(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? "" : value.toFixed(digits);
}

function row(step: StepResult): string[] {
  const figures = [
    cell(step.wallSeconds, 2),
    cell(step.cpuSeconds, 1),
    cell(step.pagesPerSecond, 0),
    cell(step.peakRssBytes === undefined ? undefined : step.peakRssBytes / MB, 0),
    step.files === undefined ? "" : String(step.files),
    cell(step.bytes === undefined ? undefined : step.bytes / 1e6, 1),
    cell(step.ratioToEleventy, 2),
    cell(step.ratioToHugo, 2),
    cell(step.ratioToFullBuild, 2),
  ];
  const name = step.status === "ok" ? step.name : `${step.name} (${step.status})`;
  return [name, String(step.pages), ...figures];
}

/** The report as a Markdown table (ready for the README) with a line on the corpus and machine. */
export function formatBenchTable(report: BenchReport): string {
  const header = [
    "step",
    "pages",
    "wall s",
    "cpu s",
    "pages/s",
    "peak RSS MB",
    "files",
    "MB written",
    "× eleventy",
    "× hugo",
    "× full build",
  ];
  // Ratio columns (the last three) appear only when some step has that ratio.
  const allRows = report.steps.map(row);
  const shown = header.map(
    (_, i) => i < header.length - 3 || allRows.some((cells) => cells[i] !== ""),
  );
  const keep = <T>(cells: T[]): T[] => cells.filter((_, i) => shown[i]);
  const rows = allRows.map(keep);
  const lines = [
    `| ${keep(header).join(" | ")} |`,
    `|${keep(header)
      .map((_, i) => (i === 0 ? "---" : "---:"))
      .join("|")}|`,
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
  ];
  const { machine, corpus } = report;
  const made = corpus.reused ? "reused" : `generated in ${corpus.seconds.toFixed(1)} s`;
  const intro =
    `${report.articles} raw pages (seed ${report.seed}, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${made}, not timed); ` +
    `Node ${machine.node}, ${machine.cpus} CPUs, ${(machine.memoryBytes / 1024 ** 3).toFixed(0)} GB RAM`;
  const extras = report.steps
    .filter((step) => step.extra && Object.keys(step.extra).length > 0)
    .map((step) => {
      const figures = Object.entries(step.extra ?? {}).map(
        ([label, value]) => `${label} ${Number.isInteger(value) ? value : value.toFixed(1)}`,
      );
      return `- ${step.name}: ${figures.join(", ")}`;
    });
  const problems = report.steps
    .filter((step) => step.reason)
    .map((step) => `- ${step.name} ${step.status}: ${step.reason}`);
  const update = report.steps.find((step) => step.kind === "update" && step.status === "ok");
  const dated =
    report.updateDates === "day" ? "dated on the archive's newest day" : "dated across all years";
  const updateNote = update ? [`- update: ${update.pages} new raw pages ${dated}`] : [];
  const notes = [...extras, ...updateNote, ...problems];
  return [intro, "", ...lines, ...(notes.length > 0 ? ["", ...notes] : [])].join("\n");
}
