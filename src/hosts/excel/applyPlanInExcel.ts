import type { Plan } from "../../engine/plan";
import type { Lang } from "../../engine/i18n/lang";
import type { Phase } from "../../engine/progress";
import { translate } from "../../engine/i18n/messages";
import { excelMessage } from "./excelMessages";
import { worksheetNotes, workbookComments, type CellNotes } from "./cellNotes";
import { ExcelHostError, isExcelHostError } from "./excelHostError";
import { queueMetadataWrite, type ExcelTriaMetadata, type SheetLooks } from "./excelMetadata";
import { preflight } from "./preflight";
import { forgetWorkbookModel } from "./workbookModel";
import { restoreSnapshot } from "./restoreSnapshot";
import type { CellBlock, RunSnapshot, SheetBefore } from "./runSnapshot";
import type { DrawnChart } from "./sheetCharts";
import { notedAddressesBefore, snapshotCells, snapshotNotes, touchedColumns } from "./snapshotCells";
import { clearStaleLooks, earlierLooks, earlierTouched, looksAfter } from "./staleLooks";
import { insertColumns, writeFormats, writeNotes, writeSheets, writeValues, type WriteContext } from "./writePlan";

export interface ApplyInExcelOptions {
  readonly lang: Lang;
  readonly maxBytes: number;
  /** The sheet's fingerprint when it was read; undefined skips the "edited meanwhile" check. */
  readonly fingerprint?: string;
  readonly supports: (version: string) => boolean;
  readonly onProgress?: (phase: Phase, done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export interface ApplyInExcelResult {
  readonly snapshot: RunSnapshot;
  /** Formula cells left as they were, as addresses, with the warning to show. */
  readonly warnings: string[];
}

/**
 * Apply a Plan inside one Excel.run: check, snapshot, write. If anything fails after the
 * first write, the snapshot is restored before the error goes up, so the sheet is as before.
 */
export async function applyPlanInExcel(context: Excel.RequestContext, plan: Plan, options: ApplyInExcelOptions): Promise<ApplyInExcelResult> {
  const { pre, notes, cellsBefore, notesBefore, names, sheetsBefore, sheetCellsBefore } = await readBeforeWriting(context, plan, options);
  const rewritten = new Set(sheetsBefore.filter((s) => s.existed).map((s) => s.name));
  const chartsBefore = (pre.metadata.charts ?? []).filter((c) => rewritten.has(c.sheet));
  const snapshot: RunSnapshot = {
    sheet: plan.sheet,
    inserted: [],
    cells: cellsBefore,
    notes: [],
    sheets: [],
    charts: chartsBefore,
    metadata: pre.metadataText,
    metadataWritten: false,
  };

  const checkCancel = () => {
    if (options.signal?.aborted) throw new ExcelHostError("cancelled");
  };
  const sync = async () => {
    checkCancel();
    // Recalculation waits for the end of each write request (ExcelApi 1.8).
    if (options.supports("1.8")) context.workbook.application.suspendApiCalculationUntilNextSync();
    await context.sync();
  };
  const w: WriteContext = {
    context,
    plan,
    pre,
    notes,
    notesBefore,
    cellsBefore,
    maxBytes: options.maxBytes,
    lang: options.lang,
    sync,
    supports: options.supports,
    onProgress: options.onProgress,
  };
  try {
    // Once, not per block: the docs warn that repeated calls make the window flicker (ExcelApi 1.9).
    if (options.supports("1.9")) context.workbook.application.suspendScreenUpdatingUntilNextSync();
    await insertColumns(w, (inserted) => snapshot.inserted.push(inserted));
    const refused = await writeValues(w);
    // Notes before the run are restored on failure whatever happened: writing them back is harmless.
    snapshot.notes.push(...notesBefore);
    const earlier = earlierLooks(pre.metadata.looks, plan.sheet);
    await clearStaleLooks(w, earlier);
    await writeFormats(w);
    await writeNotes(w);
    snapshot.sheets.push(...sheetsBefore);
    snapshot.cells.push(...sheetCellsBefore);
    const drawn = await writeSheets(w, names, rewritten);
    snapshot.metadataWritten = true;
    queueMetadataWrite(
      context,
      JSON.stringify(nextMetadata(plan, pre.metadata, pre.placement.columnOfKey, names, drawn, looksAfter(w, earlier))),
      pre.metadataText !== null,
    );
    await sync();
    if (plan.addedSheets.some((s) => s.hidden)) await recalculateForFunctions(context);
    const warnings = refused.length > 0 ? [excelMessage(options.lang, "formulaKept", { count: refused.length, cells: refused.slice(0, 5).join(", ") })] : [];
    return { snapshot, warnings };
  } catch (error) {
    try {
      await restoreSnapshot(context, snapshot, notes, options.supports);
    } catch (undoError) {
      throw new ExcelHostError("failedNotRestored", { reason: reasonOf(error), undoReason: reasonOf(undoError) }, { cause: error });
    }
    if (isExcelHostError(error)) throw error;
    throw new ExcelHostError("failed", { reason: reasonOf(error) }, { cause: error });
  }
}

/**
 * A hidden sheet is data the CRM. functions read (the Predict model): formulas that read the old
 * one do not depend on it in Excel's eyes, so they are recalculated by a full calculation.
 * The run itself is done by then: a calculation that fails is not the run's failure.
 */
async function recalculateForFunctions(context: Excel.RequestContext): Promise<void> {
  forgetWorkbookModel();
  try {
    context.workbook.application.calculate("Full");
    await context.sync();
  } catch {
    // Ctrl+Alt+F9 does the same; docs/predict.md says so.
  }
}

/** Checks and snapshot: nothing is written yet, so an Excel error here changes nothing. */
async function readBeforeWriting(context: Excel.RequestContext, plan: Plan, options: ApplyInExcelOptions) {
  try {
    const pre = await preflight(context, plan, options.fingerprint);
    const notes: CellNotes = options.supports("1.18") ? worksheetNotes(pre.sheet) : workbookComments(context, plan.sheet);
    const earlier = earlierTouched(earlierLooks(pre.metadata.looks, plan.sheet));
    const cellsBefore = await snapshotCells(context, pre.sheet, touchedColumns(plan, pre, earlier.spans));
    const notesBefore = await snapshotNotes(context, notes, notedAddressesBefore(plan, pre, earlier.noted));
    const { names, sheetsBefore, cells: sheetCellsBefore } = await planSheets(context, plan, pre.metadata, options.lang);
    return { pre, notes, cellsBefore, notesBefore, names, sheetsBefore, sheetCellsBefore };
  } catch (error) {
    if (isExcelHostError(error)) throw error;
    throw new ExcelHostError("failedBeforeWriting", { reason: reasonOf(error) }, { cause: error });
  }
}

/**
 * The names of the sheets Tria writes (the legend, the Plan's), and, for Tria's own sheets of
 * an earlier run, their cells, for the rollback. A user's sheet that happens to bear the name
 * is never replaced: Tria takes "Légende (2)".
 */
async function planSheets(
  context: Excel.RequestContext,
  plan: Plan,
  metadata: ExcelTriaMetadata,
  lang: Lang,
): Promise<{ names: Map<string, string>; sheetsBefore: SheetBefore[]; cells: CellBlock[] }> {
  const wanted: [string, string][] = [["__legend", translate(lang, "sheet.legend")], ...plan.addedSheets.map((s): [string, string] => [s.key, s.name])];
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  // Excel compares sheet names without regard to case.
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const ours = new Set(metadata.sheets.map((name) => name.toLowerCase()));
  const names = new Map<string, string>();
  for (const [key, name] of wanted) {
    let unique = name;
    for (let n = 2; taken.has(unique.toLowerCase()) && !ours.has(unique.toLowerCase()); n++) unique = `${name} (${n})`;
    names.set(key, unique);
  }
  const reads = [...new Set(names.values())].map((name) => {
    const sheet = taken.has(name.toLowerCase()) ? sheets.getItem(name) : null;
    const used = sheet ? sheet.getUsedRangeOrNullObject().load("rowIndex,columnIndex,rowCount,columnCount") : null;
    return { name, sheet, used };
  });
  await context.sync();
  const cells: CellBlock[] = [];
  for (const { name, sheet, used } of reads) {
    if (!sheet || !used || used.isNullObject) continue;
    const columns = Array.from({ length: used.columnCount }, (_, c) => ({
      column: used.columnIndex + c + 1,
      firstRow: used.rowIndex + 1,
      lastRow: used.rowIndex + used.rowCount,
      values: true,
    }));
    cells.push(...(await snapshotCells(context, sheet, columns, name)));
  }
  return { names, sheetsBefore: reads.map(({ name, sheet }) => ({ name, existed: sheet !== null })), cells };
}

function nextMetadata(
  plan: Plan,
  metadata: ExcelTriaMetadata,
  columnOfKey: ReadonlyMap<string, number>,
  names: ReadonlyMap<string, string>,
  drawn: readonly DrawnChart[],
  looks: SheetLooks,
): ExcelTriaMetadata {
  const others = metadata.columns.filter((c) => c.sheet !== plan.sheet);
  const columns = [...columnOfKey].map(([key, column]) => ({ sheet: plan.sheet, key, column }));
  const written = new Set(names.values());
  // Charts of sheets this run rewrote were deleted: only the ones it drew stand there now.
  const charts = [...(metadata.charts ?? []).filter((c) => !written.has(c.sheet)), ...drawn];
  const allLooks = [...(metadata.looks ?? []).filter((l) => l.sheet !== plan.sheet), looks];
  return {
    version: 1,
    columns: [...others, ...columns],
    sheets: [...new Set([...metadata.sheets, ...names.values()])],
    ...(charts.length > 0 ? { charts } : {}),
    looks: allLooks,
  };
}

function reasonOf(error: unknown): string {
  const e = error as { code?: string; message?: string } | null;
  return e?.code ?? e?.message ?? String(error);
}
