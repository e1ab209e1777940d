import type { Plan } from "../../engine/plan";
import type { Lang } from "../../engine/i18n/lang";
import { translate } from "../../engine/i18n/messages";
import { TriaError } from "../../engine/errors";
import { placeColumns } from "../columnPlacement";
import { legendRows } from "../legendRows";
import type { SheetsBorderStyles, SheetsSheet, SheetsSpreadsheet } from "./sheetsApi";
import { SheetsHostError } from "./sheetsHostError";
import { clearEarlierLooks, looksSheetName, nextRunId, paintMark } from "./sheetsLooks";
import { ownColumns, ownSheetNames, SHEET_KEY } from "./sheetsMetadata";
import { hiddenCopy, restore, saveUndoRecord, SNAPSHOT_SHEET, takeSnapshot, type UndoRecord } from "./sheetsUndo";
import {
  BLOCK_ROWS,
  flagLayout,
  paintLegend,
  rowRuns,
  tooLongCell,
  writeAddedColumnBlock,
  writeAddedHeader,
  writeAddedSheet,
  writeBorders,
  writeFlagColumn,
} from "./sheetsWrites";

export { rowRuns, sheetsValue } from "./sheetsWrites";

/** Google Sheets' limit on the cells of a spreadsheet: Tria refuses before inserting past it. */
const MAX_CELLS = 10_000_000;

/**
 * Where a run stands, as plain JSON: saved in the document's properties between two executions
 * when Apps Script's six minutes are near, so the next call carries on where this one stopped.
 */
export interface SheetsRunState {
  readonly sheet: string;
  /** Tria's own columns before the run (1-based column → key): the hidden copy has no metadata. */
  readonly own: [number, string][];
  /** The sheet's last column before the run. */
  readonly lastColumn: number;
  /** This run's id, in the marks of the columns it paints (sheetsLooks.ts). */
  readonly run: string;
  /** The next step to run, of `total`. */
  next: number;
  total: number;
  readonly record: UndoRecord;
}

/** How a run is paced: it stops between two steps when out of time, and saves where it is. */
export interface StepPacing {
  outOfTime(): boolean;
  saved(state: SheetsRunState): void;
}

/**
 * Apply a Plan to a Google Sheet with Apps Script's batch calls, in one go (tests, small sheets):
 * beginApply then continueApply with no time limit.
 */
export function applyPlanInSheets(spreadsheet: SheetsSpreadsheet, plan: Plan, lang: Lang, borders: SheetsBorderStyles): void {
  const state = beginApply(spreadsheet, plan);
  continueApply(spreadsheet, plan, lang, borders, state, { outOfTime: () => false, saved: () => undefined });
}

/** Checks that write nothing, then the copy for undo (values, formats, notes, borders). */
export function beginApply(spreadsheet: SheetsSpreadsheet, plan: Plan): SheetsRunState {
  const sheet = spreadsheet.getSheetByName(plan.sheet);
  if (!sheet)
    throw new TriaError("sheetNotFound", {
      sheet: plan.sheet,
      sheets: spreadsheet
        .getSheets()
        .map((s) => s.getName())
        .join(", "),
    });
  const own = [...ownColumns(sheet)];
  const lastColumn = sheet.getLastColumn();
  const placement = placeColumns(plan.addedColumns, new Map(own.map(([column, key]) => [key, column])), lastColumn, false);
  const fresh = plan.addedColumns.filter((c) => !own.some(([, key]) => key === c.key)).length;
  if ((lastColumn + fresh) * Math.max(1, sheet.getMaxRows()) > MAX_CELLS) throw new TriaError("tooManyColumns", { sheet: plan.sheet });
  const long = tooLongCell(plan, placement);
  if (long) throw new SheetsHostError("cellTooLong", long);
  takeSnapshot(spreadsheet, sheet);
  const record: UndoRecord = { sheet: plan.sheet, insertedColumns: [], createdSheets: [], replacedSheets: [] };
  return { sheet: plan.sheet, own, lastColumn, run: nextRunId(spreadsheet, sheet, plan.job), next: 0, total: 0, record };
}

/**
 * Run the steps from state.next on. Returns true when the run is complete; false when it stopped
 * for time (state saved through pacing.saved after every step). On failure the copy is pasted
 * back before the error goes up, so the sheet is as it was before the run began.
 */
export function continueApply(
  spreadsheet: SheetsSpreadsheet,
  plan: Plan,
  lang: Lang,
  borders: SheetsBorderStyles,
  state: SheetsRunState,
  pacing: StepPacing,
): boolean {
  const snapshot = spreadsheet.getSheetByName(SNAPSHOT_SHEET);
  if (!snapshot) throw new SheetsHostError("runLost", { copy: SNAPSHOT_SHEET });
  try {
    const steps = runSteps(spreadsheet, plan, lang, borders, state);
    state.total = steps.length + 1;
    while (state.next < steps.length) {
      if (pacing.outOfTime()) return false;
      steps[state.next]!();
      state.next++;
      pacing.saved(state);
    }
    saveUndoRecord(snapshot, state.record);
    state.next = state.total;
    return true;
  } catch (error) {
    restore(spreadsheet, snapshot, state.record);
    throw error;
  } finally {
    // Inserting Tria's sheets made them active: the user is left on their own sheet, and the next
    // execution of a cut run finds it as the active sheet again.
    spreadsheet.getSheetByName(plan.sheet)?.activate();
  }
}

/** Every write of the run, in order, as computed from the Plan and the state at the run's start. */
function runSteps(spreadsheet: SheetsSpreadsheet, plan: Plan, lang: Lang, borders: SheetsBorderStyles, state: SheetsRunState): (() => void)[] {
  const sheet = spreadsheet.getSheetByName(plan.sheet)!;
  const existing = new Map(state.own.map(([column, key]) => [key, column]));
  const placement = placeColumns(plan.addedColumns, existing, state.lastColumn, false);
  const layout = flagLayout(plan, placement);
  const record = state.record;
  const looksName = looksSheetName(sheet.getSheetId(), plan.job);
  const looks = (): SheetsSheet => spreadsheet.getSheetByName(looksName)!;
  const legend = { key: "__legend", name: translate(lang, "sheet.legend"), rows: legendRows(lang, plan.dataKinds) };

  return [
    () => clearEarlierLooks(spreadsheet, sheet, looksName, plan.job),
    () => replaceSheet(spreadsheet, looksName, record).hideSheet(),
    ...placement.insertions.map(({ at, count }) => () => {
      sheet.insertColumnsAfter(at - 1, count);
      // Kept exact after each insertion, so a failure between two insertions still undoes them all.
      record.insertedColumns = [...record.insertedColumns.map((c) => (c >= at ? c + count : c)), ...Array.from({ length: count }, (_, i) => at + i)];
    }),
    ...plan.addedColumns.flatMap((added) => {
      const column = placement.columnOfKey.get(added.key)!;
      return [
        () => writeAddedHeader(sheet, plan, added, column, !existing.has(added.key)),
        ...rowRuns(plan.rows, BLOCK_ROWS).map((run) => () => writeAddedColumnBlock(sheet, plan, added, column, run)),
      ];
    }),
    ...layout.columns.map((flags, index) => () => writeFlagColumn(sheet, flags, looks(), index, paintMark(plan.job, state.run, index))),
    ...layout.borders.map((border) => () => writeBorders(sheet, border, borders)),
    ...[...plan.addedSheets, legend].map((added) => () => {
      // A Tria sheet of this name written by an earlier run is replaced (its copy kept for undo), a user's never.
      const target = replaceSheet(spreadsheet, added.name, record);
      writeAddedSheet(target, added);
      if (added.key === "__legend") paintLegend(target, borders);
      if ("hidden" in added && added.hidden) target.hideSheet();
    }),
  ];
}

function replaceSheet(spreadsheet: SheetsSpreadsheet, name: string, record: UndoRecord): SheetsSheet {
  const existing = spreadsheet.getSheetByName(name);
  if (existing && ownSheetNames(spreadsheet).has(name)) {
    const copy = `${SNAPSHOT_SHEET} ${record.replacedSheets.length + 1}`;
    hiddenCopy(spreadsheet, existing, copy);
    record.replacedSheets.push({ name, copy });
    spreadsheet.deleteSheet(existing);
  }
  let unique = name;
  for (let n = 2; spreadsheet.getSheetByName(unique); n++) unique = `${name} (${n})`;
  const sheet = spreadsheet.insertSheet(unique);
  if (!record.replacedSheets.some((r) => r.name === unique)) record.createdSheets.push(unique);
  sheet.addDeveloperMetadata(SHEET_KEY, unique);
  return sheet;
}
