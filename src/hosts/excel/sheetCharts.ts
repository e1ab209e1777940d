import type { SheetChart } from "../../engine/plan";
import { cellAddress } from "./a1";

/** Chart size in cells, as the xlsx host's (src/hosts/workbook/nativeCharts.ts). */
const WIDTH_COLUMNS = 8;
const HEIGHT_ROWS = 18;

const CHART_TYPES: Record<SheetChart["kind"], string> = { bar: "BarClustered", column: "ColumnClustered", line: "Line", pie: "Pie" };

/** A chart of a Tria sheet, kept in Tria's metadata so that undo can draw it again. */
export interface DrawnChart {
  readonly sheet: string;
  readonly chart: SheetChart;
}

/**
 * The one Range a chart is drawn from: the header row above the data, the category column and
 * the value columns right of it. worksheet.charts.add takes a single Range, so value columns
 * that do not follow the category column contiguously cannot be expressed: null, not drawn.
 */
export function chartSourceAddress(chart: SheetChart): string | null {
  const values = [...chart.valueColumns].sort((a, b) => a - b);
  const contiguous = values.length > 0 && values.every((column, i) => column === chart.categoryColumn + 1 + i);
  if (!contiguous || chart.firstRow < 1 || chart.lastRow < chart.firstRow) return null;
  // Pie: one series only (Excel draws the first column and ignores the rest).
  const lastColumn = chart.kind === "pie" ? chart.categoryColumn + 1 : values[values.length - 1]!;
  return `${cellAddress(chart.firstRow, chart.categoryColumn + 1)}:${cellAddress(chart.lastRow + 1, lastColumn + 1)}`;
}

/**
 * Queue the charts on a sheet (no sync here: the caller syncs with the rest of the sheet).
 * Series by columns: one per value column, named by its header cell, categories down the rows.
 * Returns the charts queued (those the source range can express).
 */
export function queueCharts(sheet: Excel.Worksheet, charts: readonly SheetChart[], supports: (version: string) => boolean): SheetChart[] {
  const drawn: SheetChart[] = [];
  for (const spec of charts) {
    const source = chartSourceAddress(spec);
    if (source === null) continue;
    const chart = sheet.charts.add(CHART_TYPES[spec.kind] as Excel.ChartType, sheet.getRange(source), "Columns");
    chart.title.text = spec.title;
    const { row, column } = spec.anchor;
    chart.setPosition(cellAddress(row + 1, column + 1), cellAddress(row + HEIGHT_ROWS, column + WIDTH_COLUMNS));
    // One series needs no legend: the title says what is counted.
    if (spec.valueColumns.length === 1 && spec.kind !== "pie") chart.legend.visible = false;
    // Horizontal bars list categories top-down, as the table reads (ExcelApi 1.7).
    if (spec.kind === "bar" && supports("1.7")) chart.axes.categoryAxis.reversePlotOrder = true;
    drawn.push(spec);
  }
  return drawn;
}

/** Queue the deletion of loaded charts (Range.clear leaves charts where they are). */
export function queueDeleteCharts(charts: Excel.ChartCollection): void {
  for (const chart of charts.items) chart.delete();
}
