import type { RawSheet } from "../../engine/table/table";
import { TriaError } from "../../engine/errors";

/**
 * A workbook that cannot be written back streamed (merges, formulas, tables, charts…: see
 * node/plainWorkbook.ts) is loaded whole by ExcelJS, changed and written again. Where that
 * breaks, measured with `tria segment -o` on generated workbooks of 15 columns with a merged
 * title (tests/support/xlsx/bigMergedWorkbook.ts), Node's heap limit set by
 * --max-old-space-size: 300,000 cells fit in 256 MB, 600,000 did not ("JavaScript heap out of
 * memory") but fit in 512 MB; 1,500,000 did not fit in 1 GB. So ExcelJS holds 0.7 to 0.85 KB a
 * cell; 1 KB leaves room for the written file. Past the heap the job died after minutes; it
 * now refuses instead, before loading anything, saying what to do.
 */
export const BYTES_PER_CELL = 1_000;

/** The cells ExcelJS would hold: every non-empty cell of every sheet. */
export function cellCount(sheets: readonly RawSheet[]): number {
  let cells = 0;
  for (const sheet of sheets) for (const row of sheet.rows) for (const cell of row) if (cell !== null && cell !== undefined && cell !== "") cells++;
  return cells;
}

/** Throws tooBigToRewrite when loading the sheets in ExcelJS would not fit in `memoryLimit` bytes. */
export function refuseTooBigToRewrite(sheets: readonly RawSheet[], fileName: string, memoryLimit: number): void {
  const cells = cellCount(sheets);
  const needed = cells * BYTES_PER_CELL;
  if (needed <= memoryLimit) return;
  const megabytes = (bytes: number) => String(Math.round(bytes / 2 ** 20));
  throw new TriaError("tooBigToRewrite", { file: fileName, cells: String(cells), needed: megabytes(needed), available: megabytes(memoryLimit) });
}
