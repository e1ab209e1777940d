import type { AddedSheet, Plan, SheetCellStyle } from "../../../src/engine/plan";
import type { CellValue } from "../../../src/engine/table/cellValue";
import { customerPlan } from "./excelFixtures";

export const HEAT = ["FFFFFF", "E2F0D9", "C5E0B4", "A9D18E", "70AD47", "548235"] as const;
export const TITLE_FILL = "DDEBF7";
const SEGMENTS = ["Champions", "Fidèles", "À fidéliser", "À réveiller", "Perdus"];

/**
 * A summary sheet shaped like the Score job's (src/engine/scoring/summarySheet.ts), built here
 * so the host's tests do not move with the engine's wording: a bold title, a header row filled
 * and bold, segment rows with percentages, an R × F grid of `grid` × `grid` counts shaded as a
 * heat map, widths, and a bar chart of the segment sizes.
 * Rows: 0 title, 1 blank, 2 header, 3–7 segments, 8 blank, 9 grid header, 10… grid.
 */
export function scoreSummarySheet(grid = 5, name = "Synthèse RFM"): AddedSheet {
  const rows: CellValue[][] = [["Synthèse RFM de 100 clients"], [], ["Segment", "Clients", "Part des clients"]];
  const styles: SheetCellStyle[] = [{ row: 0, column: 0, bold: true }];
  for (let c = 0; c < 3; c++) styles.push({ row: 2, column: c, bold: true, fill: TITLE_FILL });
  SEGMENTS.forEach((segment, i) => {
    rows.push([segment, 20 + i, (20 + i) / 110]);
    styles.push({ row: rows.length - 1, column: 2, numberFormat: "0.0%" });
  });
  rows.push([]);
  rows.push(["R \\ F", ...Array.from({ length: grid }, (_, f) => f + 1)]);
  for (let r = grid; r >= 1; r--) {
    const row = rows.length;
    rows.push([r, ...Array.from({ length: grid }, (_, f) => (r * 7 + f * 3) % 11)]);
    styles.push({ row, column: 0, bold: true, fill: TITLE_FILL });
    for (let f = 0; f < grid; f++) styles.push({ row, column: f + 1, fill: heatOf(row, f + 1) });
  }
  return {
    key: "score.summary",
    name,
    rows,
    cellStyles: styles,
    columnWidths: [30, 12, 16],
    charts: [{ kind: "bar", title: "Clients", firstRow: 3, lastRow: 7, categoryColumn: 0, valueColumns: [1], anchor: { row: 2, column: 8 } }],
  };
}

/** The heat colour the fixture gives a grid cell (0-based sheet row and column). */
export function heatOf(row: number, column: number): string {
  return HEAT[(row * 7 + column * 3) % HEAT.length]!;
}

/** The customer plan of excelFixtures as a Score run whose only added sheet is the summary. */
export function scorePlan(rows = 6, grid = 5): Plan {
  return { ...customerPlan(rows), job: "score", addedSheets: [scoreSummarySheet(grid)] };
}
