import { articleNoun, createNumberText } from "./arabicText.ts";
import type { YearGroup } from "./archiveGroups.ts";
import { createDateText } from "./formatDates.ts";
import type { SiteConfig } from "./siteConfig.ts";

/** One bar of the year chart, in SVG user units. */
export interface MonthBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the month number sits under the bar. */
  labelX: number;
  monthNumber: string;
  /** The count above the bar; empty for a month without news. */
  countText: string;
  /** The month page, when the month has news. */
  href: string | undefined;
  /** «أكتوبر 2017: 12 مقالًا», the link's accessible name. */
  label: string;
}

/** A year's articles per month as SVG bars (January on the right, as Arabic reads). */
export interface MonthBarChart {
  width: number;
  height: number;
  /** Baseline of the bars. */
  baseline: number;
  /** Where the month numbers sit. */
  labelY: number;
  bars: MonthBar[];
  /** The chart's accessible description. */
  title: string;
}

const slot = 30;
const barWidth = 22;
const chartHeight = 120;
const top = 16;

/** Lays out one bar per month of a year, scaled to the year's busiest month. */
export function buildMonthBarChart(
  year: YearGroup,
  config: Pick<SiteConfig, "locale" | "digits">,
): MonthBarChart {
  const numbers = createNumberText(config);
  const dates = createDateText(config);
  const counts = new Map(year.months.map((m) => [Number(m.month), m]));
  const max = Math.max(1, ...year.months.map((m) => m.count));
  const width = slot * 12;
  const baseline = top + chartHeight;
  const bars = Array.from({ length: 12 }, (_, i): MonthBar => {
    const month = i + 1;
    const group = counts.get(month);
    const count = group?.count ?? 0;
    const height = count === 0 ? 0 : Math.max(2, Math.round((count / max) * chartHeight));
    const x = width - month * slot + (slot - barWidth) / 2;
    return {
      x,
      y: baseline - height,
      width: barWidth,
      height,
      labelX: x + barWidth / 2,
      monthNumber: numbers.plain(month),
      countText: count ? numbers.number(count) : "",
      href: group?.href,
      label: `${dates.monthYear(Number(year.year), month)}: ${numbers.count(count, articleNoun)}`,
    };
  });
  return {
    width,
    height: baseline + 22,
    baseline,
    labelY: baseline + 16,
    bars,
    title: `عدد المقالات في كل شهر من ${year.label}`,
  };
}
