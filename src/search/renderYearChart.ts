/**
 * Draws the per-year chart (yearChartModel.ts) as a list of links, each with an SVG bar whose
 * height is an attribute (no inline style, so the strict CSP holds) and its count in text.
 */
import type { YearChart } from "./yearChartModel.ts";

const SVG = "http://www.w3.org/2000/svg";
const BAR_BOX = 100;

function barGraphic(document: Document, height: number): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 10 ${BAR_BOX}`);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.classList.add("year-chart__graphic");
  const rect = document.createElementNS(SVG, "rect");
  rect.setAttribute("x", "0");
  rect.setAttribute("width", "10");
  rect.setAttribute("y", String(BAR_BOX - height));
  rect.setAttribute("height", String(height));
  svg.append(rect);
  return svg;
}

/**
 * Replaces the chart's content: a caption and one item per year. A year with results is a link
 * to the same search filtered to that year (`hrefFor`); an empty year is plain text.
 */
export function renderYearChart(
  figure: HTMLElement,
  chart: YearChart,
  hrefFor: (year: string) => string,
): void {
  const document = figure.ownerDocument;
  figure.hidden = chart.bars.length === 0;
  const caption = document.createElement("figcaption");
  caption.className = "year-chart__caption";
  caption.textContent = chart.caption;
  const list = document.createElement("ol");
  list.className = "year-chart__bars";
  for (const bar of chart.bars) {
    const item = document.createElement("li");
    const target = bar.count > 0 ? document.createElement("a") : document.createElement("span");
    target.className = "year-chart__bar";
    if (target instanceof HTMLAnchorElement) {
      target.href = hrefFor(bar.year);
      target.dataset.year = bar.year;
      if (bar.selected) target.setAttribute("aria-current", "true");
      // The link's name says year and count in words; the visible text shows them as a chart does.
      target.setAttribute("aria-label", bar.label);
    } else {
      // An empty year only draws the gap; it has nothing to offer a screen reader.
      item.setAttribute("aria-hidden", "true");
    }
    target.title = bar.label;
    const count = document.createElement("span");
    count.className = "year-chart__count";
    count.textContent = bar.count > 0 ? bar.countText : "";
    const year = document.createElement("span");
    year.className = "year-chart__year";
    year.textContent = bar.year;
    target.append(count, barGraphic(document, bar.height), year);
    item.append(target);
    list.append(item);
  }
  figure.replaceChildren(caption, list);
}
