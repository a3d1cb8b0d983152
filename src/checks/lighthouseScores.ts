import { gzipSync } from "node:zlib";

/** The four Lighthouse category scores of one page, 0–100. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** One page type's row of the report: its scores and its compressed weight. */
export interface PageReport {
  type: string;
  path: string;
  scores: LighthouseScores | undefined;
  /** Why Lighthouse gave no scores. */
  error?: string;
  /** gzip size of the page's HTML plus its stylesheet, in bytes (fonts aside). */
  htmlCssGzipBytes: number;
}

/** The lowest score each category must reach (issue 13). */
export const scoreTarget = 95;

/** Reads the category scores from a Lighthouse JSON report (`lhr`). */
export function readLighthouseScores(report: unknown): LighthouseScores {
  const categories = (report as { categories?: Record<string, { score: number | null }> })
    .categories;
  const score = (id: string): number => {
    const value = categories?.[id]?.score;
    if (typeof value !== "number") throw new Error(`Lighthouse report has no ${id} score`);
    return Math.round(value * 100);
  };
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
  };
}

/** gzip size (level 9, as static hosts serve) of a page's HTML plus its stylesheet. */
export function htmlCssGzipBytes(html: string | Buffer, css: string | Buffer): number {
  return gzipSync(html, { level: 9 }).length + gzipSync(css, { level: 9 }).length;
}

/** The README table: one row per page type, every score, and whether each target holds. */
export function formatLighthouseTable(rows: readonly PageReport[]): string {
  const cell = (value: number): string => (value >= scoreTarget ? `${value}` : `**${value}**`);
  const lines = [
    "| page type | path | Performance | Accessibility | Best Practices | SEO | HTML + CSS gzip |",
    "|---|---|---:|---:|---:|---:|---:|",
  ];
  for (const row of rows) {
    const weight = `${(row.htmlCssGzipBytes / 1024).toFixed(1)} kB`;
    const scores = row.scores
      ? [row.scores.performance, row.scores.accessibility, row.scores.bestPractices, row.scores.seo]
          .map(cell)
          .join(" | ")
      : `failed: ${row.error ?? "no report"} | | |`;
    lines.push(`| ${row.type} | \`${row.path}\` | ${scores} | ${weight} |`);
  }
  return lines.join("\n");
}
