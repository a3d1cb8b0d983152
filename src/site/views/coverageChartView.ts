import type { CoverageCell, CoverageChart } from "../coverageChart.ts";
import { html, type SafeHtml } from "./html.ts";

function coverageCell(cell: CoverageCell, size: number): SafeHtml {
  if (!cell.href)
    return html`
<rect class="coverage__cell coverage__cell--0" x="${cell.x}" y="${cell.y}" width="${size}" height="${size}" rx="3"/>`;
  return html`
<a href="${cell.href}" aria-label="${cell.label}"><rect class="coverage__cell coverage__cell--${cell.level}" x="${cell.x}" y="${cell.y}" width="${size}" height="${size}" rx="3"/></a>`;
}

/** A newspaper's months as an SVG grid: a row per year (newest on top), a square per month, January on the right. */
export function coverageChartView(chart: CoverageChart): SafeHtml {
  const columns = chart.columns.map(
    (column) =>
      html`<text class="coverage__month" x="${column.x}" y="14" text-anchor="middle" aria-hidden="true">${column.label}</text>`,
  );
  const rows = chart.rows.map(
    (row) =>
      html`<text class="coverage__year" x="${chart.yearX}" y="${row.y}" text-anchor="middle" dominant-baseline="central" aria-hidden="true">${row.label}</text>`,
  );
  const cells = chart.cells.map((cell) => coverageCell(cell, chart.cellSize));
  return html`<svg class="coverage" viewBox="0 0 ${chart.width} ${chart.height}" role="group" aria-label="${chart.title}">${columns}${rows}${cells}
</svg>
`;
}
