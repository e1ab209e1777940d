import type { ColumnRef, Plan } from "../../engine/plan";
import { cellAddress } from "./a1";
import type { CellNotes } from "./cellNotes";
import { rowRuns } from "./columnFlags";
import type { Preflight } from "./preflight";
import { CELL_PROPERTIES_LOAD, type CellBlock, type NoteBefore } from "./runSnapshot";
import { maxOf } from "./rowBounds";

/**
 * Cells per snapshot request. getCellProperties answers about 300 bytes a cell (fill, four
 * borders, bold), so 10,000 cells stay near 3 MB, under the 5 MB response limit. Several short
 * columns share one request: syncs grow with touched cells ÷ this, not with columns.
 */
export const SNAPSHOT_BLOCK_CELLS = 10_000;
/** Notes read per sync: one getItemOrNullObject each, a few hundred bytes of request. */
export const NOTE_BLOCK_CELLS = 2_000;

/** Columns (1-based, before the run) whose cells the run changes, and which rows, and how. */
export interface TouchedColumn {
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** True for Tria's own columns updated in place: their values are rewritten too. */
  readonly values: boolean;
}

/** The column before the run, or undefined for a column the run inserts (deleted on undo). */
function columnBefore(ref: ColumnRef, pre: Preflight): number | undefined {
  return "source" in ref ? ref.source + 1 : pre.existing.get(ref.added);
}

/** earlierSpans: cells an earlier run painted (taken off by this one), before this run's coordinates. */
export function touchedColumns(plan: Plan, pre: Preflight, earlierSpans: readonly { column: number; first: number; last: number }[] = []): TouchedColumn[] {
  const top = Math.max(1, plan.headerRow);
  const lastPlanRow = Math.max(top, maxOf(plan.rows));
  const touched = new Map<number, TouchedColumn>();
  for (const column of pre.existing.values()) touched.set(column, { column, firstRow: top, lastRow: lastPlanRow, values: true });
  const formatted = (column: number | undefined, first: number, last: number) => {
    if (column === undefined || touched.get(column)?.values) return;
    const seen = touched.get(column);
    touched.set(column, { column, firstRow: Math.min(seen?.firstRow ?? first, first), lastRow: Math.max(seen?.lastRow ?? last, last), values: false });
  };
  for (const flag of plan.flags) formatted(columnBefore(flag.column, pre), flag.row, flag.row);
  for (const span of earlierSpans) formatted(span.column, span.first, span.last);
  const runs = rowRuns(plan.rows);
  if (runs.length > 0) for (const flag of plan.columnFlags ?? []) formatted(columnBefore(flag.column, pre), runs[0]![0], runs[runs.length - 1]![1]);
  return [...touched.values()];
}

/** Pieces of at most `size` cells of each touched column. */
function pieces(columns: readonly TouchedColumn[], size: number): (TouchedColumn & { row: number; count: number })[] {
  const out: (TouchedColumn & { row: number; count: number })[] = [];
  for (const touched of columns) {
    for (let row = touched.firstRow; row <= touched.lastRow; row += size) out.push({ ...touched, row, count: Math.min(size, touched.lastRow - row + 1) });
  }
  return out;
}

/** Read what the run will overwrite, SNAPSHOT_BLOCK_CELLS cells per sync. */
export async function snapshotCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  columns: readonly TouchedColumn[],
  sheetName?: string,
): Promise<CellBlock[]> {
  const blockCells = SNAPSHOT_BLOCK_CELLS;
  const blocks: CellBlock[] = [];
  const all = pieces(columns, blockCells);
  for (let i = 0; i < all.length;) {
    const batch: typeof all = [];
    for (let cells = 0; i < all.length && (batch.length === 0 || cells + all[i]!.count <= blockCells); i++) {
      cells += all[i]!.count;
      batch.push(all[i]!);
    }
    const reads = batch.map((piece) => {
      const range = sheet.getRangeByIndexes(piece.row - 1, piece.column - 1, piece.count, 1);
      if (piece.values) range.load("formulas,values,numberFormat,valueTypes");
      return { piece, range, properties: range.getCellProperties(CELL_PROPERTIES_LOAD) };
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block keeps each answer under 5 MB
    await context.sync();
    for (const { piece, range, properties } of reads) {
      blocks.push({
        ...(sheetName === undefined ? {} : { sheet: sheetName }),
        row: piece.row,
        column: piece.column,
        ...(piece.values ? { formulas: range.formulas, values: range.values, numberFormat: range.numberFormat, valueTypes: range.valueTypes } : {}),
        // A ClientResult, not a proxy: it has no load(), its value is there after the sync above.
        properties: properties.value as Excel.SettableCellProperties[][],
      });
    }
  }
  return blocks;
}

/** The notes on cells Tria will note, before the run, by address before the run. */
export async function snapshotNotes(context: Excel.RequestContext, notes: CellNotes, addresses: readonly string[]): Promise<NoteBefore[]> {
  const before: NoteBefore[] = [];
  for (let start = 0; start < addresses.length; start += NOTE_BLOCK_CELLS) {
    const slice = addresses.slice(start, start + NOTE_BLOCK_CELLS);
    const read = await notes.queueRead(slice);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of notes
    await context.sync();
    for (const address of slice) before.push({ address, content: read(address) });
  }
  return before;
}

/**
 * Addresses (before the run) of the cells that get a note and already exist: flagged cells of
 * source columns and of Tria's own, and the header cells of flagged columns.
 */
export function notedAddressesBefore(plan: Plan, pre: Preflight, earlierNoted: readonly string[] = []): string[] {
  const out = new Set<string>(earlierNoted);
  const header = Math.max(1, plan.headerRow);
  for (const flag of plan.flags) {
    const column = columnBefore(flag.column, pre);
    if (column !== undefined) out.add(cellAddress(flag.row, column));
  }
  for (const flag of plan.columnFlags ?? []) {
    const column = columnBefore(flag.column, pre);
    if (column !== undefined) out.add(cellAddress(header, column));
  }
  return [...out];
}
