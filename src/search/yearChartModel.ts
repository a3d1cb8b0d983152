/**
 * The per-year bar chart of a query's results, as data: one bar per year from the first year with
 * a result to the last (empty years included, so gaps show), heights scaled to the busiest year.
 * Pure: the search page draws it (renderYearChart.ts), tests check it directly.
 */
import { createNumberText, resultNoun } from "../site/arabicText.ts";

/** One year's bar. */
export interface YearBar {
  year: string;
  count: number;
  /** The count alone, as shown above the bar: «12». */
  countText: string;
  /** The bar's name for every reader, e.g. «2017: 12 نتيجة». */
  label: string;
  /** Bar height in percent of the busiest year; a year with any result is at least `MIN_BAR`. */
  height: number;
  /** The year the results are filtered to. */
  selected: boolean;
}

export interface YearChart {
  bars: YearBar[];
  /** The chart's caption, e.g. «النتائج حسب السنة». */
  caption: string;
}

/** The shortest bar a year with results gets, so one result beside thousands still shows. */
export const MIN_BAR = 4;

const numberText = createNumberText({ locale: "ar", digits: "latn" });

/**
 * Bars for per-year result counts (`{ "2017": 12 }`; keys that are not years are left out).
 * @example yearChartModel({ "2015": 3, "2017": 1 }, "2017").bars.map((b) => b.label) // ["2015: 3 نتائج", "2016: لا نتائج", "2017: نتيجة واحدة"]
 */
export function yearChartModel(
  counts: Readonly<Record<string, number>>,
  selectedYear?: string,
): YearChart {
  const years = Object.keys(counts)
    .filter((year) => /^\d{4}$/.test(year) && (counts[year] ?? 0) > 0)
    .map(Number)
    .sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  const caption = "النتائج حسب السنة";
  if (first === undefined || last === undefined) return { bars: [], caption };
  const busiest = Math.max(...years.map((year) => counts[String(year)] ?? 0));
  const bars: YearBar[] = [];
  for (let year = first; year <= last; year += 1) {
    const key = String(year);
    const count = counts[key] ?? 0;
    bars.push({
      year: key,
      count,
      countText: numberText.number(count),
      label: `${key}: ${numberText.count(count, resultNoun)}`,
      height: count === 0 ? 0 : Math.max(MIN_BAR, Math.round((count / busiest) * 100)),
      selected: key === selectedYear,
    });
  }
  return { bars, caption };
}
