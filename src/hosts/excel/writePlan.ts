import type { AddedSheet, Plan, SheetChart } from "../../engine/plan";
import type { Lang } from "../../engine/i18n/lang";
import type { Phase } from "../../engine/progress";
import { FLAG_KINDS } from "../../engine/legend";
import { translate } from "../../engine/i18n/messages";
import { withTriaNote } from "../triaNote";
import { cellAddress, chunkAddresses, columnLetters } from "./a1";
import type { CellNotes } from "./cellNotes";
import { columnFlagLooks, columnFlagNotes } from "./columnFlags";
import { addressesByLook, flaggedCells, lookOf, notedCells, type Look } from "./flaggedCells";
import { estimateBytes, syncInBlocks } from "./payload";
import type { Preflight } from "./preflight";
import type { CellBlock, NoteBefore } from "./runSnapshot";
import { toExcelValue } from "./toExcelValue";
import { maxOf, minOf } from "./rowBounds";
import { queueCharts, queueDeleteCharts, type DrawnChart } from "./sheetCharts";
import { columnWidthPoints, lookRequests, numberFormatGrid } from "./sheetLook";

export interface WriteContext {
  readonly context: Excel.RequestContext;
  readonly plan: Plan;
  readonly pre: Preflight;
  readonly notes: CellNotes;
  readonly notesBefore: readonly NoteBefore[];
  readonly cellsBefore: readonly CellBlock[];
  readonly maxBytes: number;
  readonly lang: Lang;
  /** Called before each sync: suspends calculation until that sync (ExcelApi 1.8). */
  readonly sync: () => Promise<void>;
  /** Office.context.requirements.isSetSupported("ExcelApi", v); absent: only ExcelApi 1.1. */
  readonly supports?: (version: string) => boolean;
  readonly onProgress?: (phase: Phase, done: number, total: number) => void;
}

/**
 * Insert the new columns, right to left so earlier insertions do not move later points. One
 * sync per insertion point (a handful, never per row): an Office request is not a transaction,
 * so each insertion is recorded for the rollback once Excel has confirmed it, or, when the
 * sync failed, once the used range shows it happened anyway (the answer was lost, not the work).
 */
export async function insertColumns(w: WriteContext, onInserted: (inserted: { first: number; count: number }) => void): Promise<void> {
  let width = w.pre.lastColumn;
  for (const { at, count } of w.pre.placement.insertions) {
    w.pre.sheet.getRange(`${columnLetters(at)}:${columnLetters(at + count - 1)}`).insert("Right");
    try {
      await w.sync();
    } catch (error) {
      // Only an insertion before a filled column widens the used range; one past the end moves nothing.
      if (at <= width && (await usedWidth(w)) === width + count) onInserted({ first: at, count });
      throw error;
    }
    width += at <= width ? count : 0;
    // Where the columns stand now: the insertions still to come are all to the left.
    onInserted({ first: at, count });
  }
}

async function usedWidth(w: WriteContext): Promise<number> {
  const used = w.pre.sheet.getUsedRangeOrNullObject(true).load("columnIndex,columnCount");
  await w.context.sync();
  return used.isNullObject ? 0 : used.columnIndex + used.columnCount;
}

/** Headers, then the values of every added column in 2-D blocks under the payload limit. */
export async function writeValues(w: WriteContext): Promise<string[]> {
  const { plan, pre } = w;
  const refused: string[] = [];
  if (plan.addedColumns.length === 0) return refused;
  const top = Math.max(1, plan.headerRow);
  const first = Math.min(minOf(plan.rows), top + 1);
  const last = Math.max(maxOf(plan.rows), first);
  const span = last - first + 1;
  const columns = plan.addedColumns.map((added) => {
    const column = pre.placement.columnOfKey.get(added.key)!;
    // null leaves a cell as it is (Range.values): rows the Plan skips, formulas the user put there.
    const cells: (string | number | boolean | null)[] = new Array(span).fill(null);
    added.values.forEach((value, i) => (cells[plan.rows[i]! - first] = toExcelValue(value)));
    const before = pre.existing.has(added.key) ? formulasOf(w.cellsBefore, pre.existing.get(added.key)!) : undefined;
    for (let r = 0; before && r < span; r++) {
      if (!isFormula(before.get(first + r)) || cells[r] === null) continue;
      cells[r] = null;
      refused.push(cellAddress(first + r, column));
    }
    return { added, column, cells };
  });
  for (const { added, column } of columns) {
    const header = w.pre.sheet.getRangeByIndexes(top - 1, column - 1, 1, 1);
    header.values = [[`'${added.header}`]];
    header.format.font.bold = true;
  }
  const bytesOfRow = (r: number) =>
    columns.reduce((sum, c) => sum + estimateBytes(c.cells[r]) + (c.added.numberFormat ? c.added.numberFormat.length + 3 : 0), 0);
  await syncInBlocks(
    w.sync,
    span,
    bytesOfRow,
    w.maxBytes,
    (start, count) => {
      for (const { added, column, cells } of columns) {
        const range = pre.sheet.getRangeByIndexes(first - 1 + start, column - 1, count, 1);
        range.values = cells.slice(start, start + count).map((v) => [v]) as unknown[][];
        if (added.numberFormat) range.numberFormat = Array.from({ length: count }, () => [added.numberFormat]);
      }
    },
    (done) => w.onProgress?.("write", done, span),
  );
  return refused;
}

/**
 * Fills and borders by look: a handful of RangeAreas, never a loop over cells with syncs.
 * Column flags first, one range per column, so a cell's own flag then paints over (as in the
 * xlsx host): a volatile phone column stays yellow, an invalid number in it turns orange.
 */
export async function writeFormats(w: WriteContext): Promise<void> {
  const requests: { look: Look; address: string }[] = [];
  for (const { look, addresses } of columnFlagLooks(w.plan, w.pre.placement)) {
    for (const address of chunkAddresses(addresses)) requests.push({ look, address });
  }
  for (const { look, addresses } of addressesByLook(flaggedCells(w.plan.flags, w.pre.placement)).values()) {
    for (const address of chunkAddresses(addresses)) requests.push({ look, address });
  }
  await syncInBlocks(
    w.sync,
    requests.length,
    (i) => requests[i]!.address.length + 200,
    w.maxBytes,
    (start, count) => {
      for (const { look, address } of requests.slice(start, start + count)) {
        const areas = w.pre.sheet.getRanges(address);
        if (look.fill) areas.format.fill.color = `#${look.fill}`;
        if (look.border) {
          for (const edge of EDGES) {
            const border = areas.format.borders.getItem(edge);
            border.style = look.borderStyle === "dashed" ? "Dash" : "Continuous";
            border.weight = "Medium";
            border.color = `#${look.border}`;
          }
        }
      }
    },
  );
}

/** Tria's note on each flagged cell and flagged column's header, after what the user wrote there (kept above "— Tria —"). */
export async function writeNotes(w: WriteContext): Promise<void> {
  const cells = notedCells(flaggedCells(w.plan.flags, w.pre.placement), columnFlagNotes(w.plan, w.pre.placement));
  const before = new Map(w.notesBefore.map((n) => [n.address, n.content]));
  const originalAddress = originalAddresses(w);
  await syncInBlocks(
    w.sync,
    cells.length,
    (i) => cells[i]!.note.length * 2 + 80,
    w.maxBytes,
    (start, count) => {
      for (const cell of cells.slice(start, start + count)) {
        const prior = before.get(originalAddress(cell.row, cell.column) ?? "") ?? null;
        w.notes.queueWrite(cellAddress(cell.row, cell.column), withTriaNote(prior ?? "", cell.note), prior !== null);
      }
    },
    (done) => w.onProgress?.("notes", done, cells.length),
  );
}

/**
 * The legend sheet and the Plan's added sheets. `existing` names Tria's own sheets from an
 * earlier run (known from the snapshot): they are cleared and rewritten where they stand, so
 * the tab order stays; no other sheet bears these names. Range.clear leaves charts, so an
 * earlier run's charts are deleted first (one read, only when there are such sheets).
 * Returns the charts drawn, for the metadata (undo of a later run draws them again).
 */
export async function writeSheets(w: WriteContext, names: ReadonlyMap<string, string>, existing: ReadonlySet<string>): Promise<DrawnChart[]> {
  const sheets = w.context.workbook.worksheets;
  const oldCharts = [...new Set(names.values())].filter((name) => existing.has(name)).map((name) => sheets.getItem(name).charts.load("items/name"));
  if (oldCharts.length > 0) await w.sync();
  oldCharts.forEach(queueDeleteCharts);
  for (const name of names.values()) {
    if (existing.has(name)) sheets.getItem(name).getRange().clear();
    else sheets.add(name);
  }
  const legend = names.get("__legend")!;
  const lang = w.lang;
  const rows: unknown[][] = [
    [translate(lang, "legend.title"), "", ""],
    ["", "", ""],
    [translate(lang, "legend.example"), translate(lang, "legend.kind"), translate(lang, "legend.meaning")],
  ];
  for (const kind of FLAG_KINDS) rows.push([translate(lang, `flag.${kind}`), kind, translate(lang, `flag.${kind}.meaning`)]);
  const legendSheet = sheets.getItem(legend);
  legendSheet.getRange(`A1:C${rows.length}`).values = rows;
  FLAG_KINDS.forEach((kind, i) => {
    const look = lookOf([kind]);
    const cell = legendSheet.getRange(`A${4 + i}`);
    if (look.fill) cell.format.fill.color = `#${look.fill}`;
    if (look.border) {
      for (const edge of EDGES) {
        const border = cell.format.borders.getItem(edge);
        border.style = look.borderStyle === "dashed" ? "Dash" : "Continuous";
        border.weight = "Medium";
        border.color = `#${look.border}`;
      }
    }
  });
  const drawn: DrawnChart[] = [];
  for (const added of w.plan.addedSheets) {
    const name = names.get(added.key)!;
    const target = sheets.getItem(name);
    const width = Math.max(1, maxOf(added.rows.map((r) => r.length)));
    const values = added.rows.map((r) => Array.from({ length: width }, (_, c) => toExcelValue(r[c] ?? null)));
    const formats = numberFormatGrid(added, width);
    const bytesOfRow = (r: number) =>
      values[r]!.reduce<number>((s, v) => s + estimateBytes(v), 0) + (formats ? formats[r]!.reduce<number>((s, f) => s + estimateBytes(f), 0) : 0);
    await syncInBlocks(w.sync, values.length, bytesOfRow, w.maxBytes, (start, count) => {
      const range = target.getRangeByIndexes(start, 0, count, width);
      range.values = values.slice(start, start + count);
      if (formats) range.numberFormat = formats.slice(start, start + count);
    });
    drawn.push(...(await writeSheetLook(w, target, added)).map((chart) => ({ sheet: name, chart })));
    // Hidden once written (ExcelApi 1.1); Excel's "Unhide" shows it again.
    if (added.hidden) target.visibility = "Hidden";
  }
  return drawn;
}

/**
 * Fills and bold by look (RangeAreas of runs), column widths and charts of an added sheet,
 * queued in blocks under the payload limit: syncs grow with looks and runs ÷ block, not cells.
 */
async function writeSheetLook(w: WriteContext, target: Excel.Worksheet, added: AddedSheet): Promise<SheetChart[]> {
  const requests = lookRequests(added);
  await syncInBlocks(
    w.sync,
    requests.length,
    (i) => requests[i]!.address.length + 200,
    w.maxBytes,
    (start, count) => {
      for (const { address, fill, bold } of requests.slice(start, start + count)) {
        const areas = target.getRanges(address);
        if (fill) areas.format.fill.color = `#${fill}`;
        if (bold) areas.format.font.bold = true;
      }
    },
  );
  (added.columnWidths ?? []).forEach((width, column) => {
    // A width Excel would refuse (negative, over 255 characters) is left at Excel's default.
    if (Number.isFinite(width) && width > 0 && width <= 255) target.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthPoints(width);
  });
  const drawn = queueCharts(target, added.charts ?? [], w.supports ?? (() => false));
  if ((added.columnWidths ?? []).length > 0 || drawn.length > 0) await w.sync();
  return drawn;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function formulasOf(blocks: readonly CellBlock[], column: number): Map<number, unknown> {
  const out = new Map<number, unknown>();
  for (const block of blocks) if (block.column === column && block.formulas) block.formulas.forEach((row, i) => out.set(block.row + i, row[0]));
  return out;
}

function isFormula(value: unknown): boolean {
  return typeof value === "string" && value.startsWith("=");
}

/** Final (row, column) → address before the run, for cells that existed (not inserted). */
function originalAddresses(w: WriteContext): (row: number, column: number) => string | null {
  const back = new Map<number, number>();
  for (let c = 1; c <= w.pre.lastColumn; c++) back.set(w.pre.placement.shift(c), c);
  return (row, column) => {
    const original = back.get(column);
    return original === undefined ? null : cellAddress(row, original);
  };
}
