import type { AddedSheet, SheetCellStyle } from "../../engine/plan";
import { cellAddress, chunkAddresses } from "./a1";

/** One RangeAreas request: the same fill or bold on many cells, addressed in one string. */
export interface LookRequest {
  readonly address: string;
  readonly fill?: string;
  readonly bold?: boolean;
}

/**
 * Fills and bold of an added sheet, grouped by look, each group cut into RangeAreas address
 * strings of contiguous runs ("B12:F12"): a heat map of 25 cells is a handful of requests, and
 * the number of requests grows with distinct looks and runs, never with a sync per cell.
 */
export function lookRequests(added: AddedSheet): LookRequest[] {
  const byFill = new Map<string, SheetCellStyle[]>();
  const bold: SheetCellStyle[] = [];
  for (const style of added.cellStyles ?? []) {
    if (style.fill && /^[0-9A-Fa-f]{6}$/.test(style.fill)) byFill.set(style.fill.toUpperCase(), [...(byFill.get(style.fill.toUpperCase()) ?? []), style]);
    if (style.bold) bold.push(style);
  }
  const out: LookRequest[] = [];
  for (const [fill, styles] of byFill) for (const address of chunkAddresses(rowRuns(styles))) out.push({ address, fill });
  for (const address of chunkAddresses(rowRuns(bold))) out.push({ address, bold: true });
  return out;
}

/** Cells (0-based) as A1 runs along each row: "A3:G3" for a bold header, "B20" for a lone cell. */
export function rowRuns(cells: readonly { row: number; column: number }[]): string[] {
  const sorted = [...new Map(cells.map((c) => [`${c.row},${c.column}`, c])).values()].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    const { row, column } = sorted[i]!;
    let last = column;
    for (i++; i < sorted.length && sorted[i]!.row === row && sorted[i]!.column === last + 1; i++) last++;
    const first = cellAddress(row + 1, column + 1);
    runs.push(last === column ? first : `${first}:${cellAddress(row + 1, last + 1)}`);
  }
  return runs;
}

/**
 * The number formats of an added sheet as a grid the size of its values, null where the cell
 * keeps its format (Office.js ignores null in Range.numberFormat): written with the values, in
 * the same blocks, so formats cost no sync of their own. Null when the sheet has none.
 */
export function numberFormatGrid(added: AddedSheet, width: number): (string | null)[][] | null {
  const styled = (added.cellStyles ?? []).filter((s) => s.numberFormat && s.row < added.rows.length && s.column < width);
  if (styled.length === 0) return null;
  const grid = added.rows.map(() => new Array<string | null>(width).fill(null));
  for (const s of styled) grid[s.row]![s.column] = s.numberFormat!;
  return grid;
}

/**
 * Office.js sets Range.format.columnWidth in points; the Plan gives Excel's width in characters
 * of the default font. ECMA-376 part 1 §18.3.1.13: pixels = trunc(chars × 7 + 5) for Calibri 11
 * (7 px per digit, 5 px of padding), and a pixel is 0.75 point at 96 dpi.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round(Math.trunc(characters * 7 + 5) * 0.75 * 100) / 100;
}
