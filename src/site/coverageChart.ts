import { articleNoun, createNumberText } from "./arabicText.ts";
import type { ArticleRecord } from "./articleRecords.ts";
import { createDateText } from "./formatDates.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** One month of a newspaper's coverage chart, in SVG user units. */
export interface CoverageCell {
  x: number;
  y: number;
  /** 0 for no articles, 1–4 by quartile of the busiest month. */
  level: number;
  /** Where that month's articles are listed, when there are any. */
  href: string | undefined;
  /** «أكتوبر 2017: 3 مقالات». */
  label: string;
}

/** A newspaper's articles as a years × months grid (newest year on top, January on the right). */
export interface CoverageChart {
  width: number;
  height: number;
  cellSize: number;
  rows: { label: string; y: number }[];
  columns: { label: string; x: number }[];
  cells: CoverageCell[];
  /** The middle of the year labels' column (at the right). */
  yearX: number;
  title: string;
}

const cell = 22;
const gap = 4;
const yearColumn = 44;
const header = 20;

/** The `YYYY-MM` anchor a newspaper page gives the run of a month's articles. */
export function monthAnchor(yearMonth: string): string {
  return `m-${yearMonth}`;
}

/**
 * Lays out the chart of one newspaper's dated articles; `monthHref` says where a month's articles
 * are listed (the newspaper's page of that month).
 */
export function buildCoverageChart(
  newestFirst: readonly ArticleRecord[],
  newspaperName: string,
  monthHref: (yearMonth: string) => string | undefined,
  config: Pick<SiteConfig, "locale" | "digits">,
): CoverageChart | undefined {
  const numbers = createNumberText(config);
  const dates = createDateText(config);
  const counts = new Map<string, number>();
  for (const { date } of newestFirst) {
    if (date === undefined) continue;
    const key = date.slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (counts.size === 0) return undefined;
  const years = [...new Set([...counts.keys()].map((key) => Number(key.slice(0, 4))))];
  const newest = Math.max(...years);
  const oldest = Math.min(...years);
  const max = Math.max(...counts.values());
  const step = cell + gap;
  const width = yearColumn + 12 * step;
  const rows: CoverageChart["rows"] = [];
  const cells: CoverageCell[] = [];
  for (let year = newest; year >= oldest; year--) {
    const y = header + (newest - year) * step;
    rows.push({ label: numbers.plain(year), y: y + cell / 2 });
    for (let month = 1; month <= 12; month++) {
      const key = `${year}-${String(month).padStart(2, "0")}`;
      const count = counts.get(key) ?? 0;
      cells.push({
        x: width - yearColumn - month * step,
        y,
        level: count === 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4)),
        href: count === 0 ? undefined : monthHref(key),
        label: `${dates.monthYear(year, month)}: ${numbers.count(count, articleNoun)}`,
      });
    }
  }
  const columns = Array.from({ length: 12 }, (_, i) => ({
    label: numbers.plain(i + 1),
    x: width - yearColumn - (i + 1) * step + cell / 2,
  }));
  return {
    width,
    height: header + (newest - oldest + 1) * step,
    cellSize: cell,
    rows,
    columns,
    cells,
    yearX: width - yearColumn / 2,
    title: `مقالات ${newspaperName} في كل شهر، من ${numbers.plain(oldest)} إلى ${numbers.plain(newest)}`,
  };
}

/** A list page's articles in runs of one month, each run headed and anchored for the coverage chart. */
export interface MonthRun {
  anchor: string;
  label: string;
  items: ArticleRecord[];
}

/** Splits a newest-first page of articles into month runs (undated articles in a run of their own). */
export function splitIntoMonths(
  items: readonly ArticleRecord[],
  config: Pick<SiteConfig, "locale" | "digits">,
): MonthRun[] {
  const dates = createDateText(config);
  const runs: MonthRun[] = [];
  for (const item of items) {
    const key = item.date?.slice(0, 7) ?? "undated";
    const last = runs.at(-1);
    if (last && last.anchor === monthAnchor(key)) last.items.push(item);
    else
      runs.push({
        anchor: monthAnchor(key),
        label:
          item.date === undefined
            ? "بلا تاريخ"
            : dates.monthYear(Number(key.slice(0, 4)), Number(key.slice(5, 7))),
        items: [item],
      });
  }
  return runs;
}
