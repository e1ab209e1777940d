import type { SheetsSheet, SheetsSpreadsheet } from "./sheetsApi";
import { SHEET_KEY, sheetMark, UNDO_KEY } from "./sheetsMetadata";

/*
 * Undo in Google Sheets. Apps Script cannot read a cell's borders, so a snapshot of values and
 * fills would not restore the sheet exactly; a copy of the whole sheet does (values, formats,
 * notes). Before a run the host copies the sheet into a hidden sheet, and the Tria sheets it is
 * about to replace too; undo deletes the columns the run inserted and pastes the copy back.
 * The copy stays hidden until the next run, which replaces it: one undo, for the last run.
 */
export const SNAPSHOT_SHEET = "_tria_annulation";

export interface UndoRecord {
  /** The sheet the run changed. */
  readonly sheet: string;
  /** 1-based columns the run inserted, as they stand after the run. */
  insertedColumns: number[];
  /** Tria sheets the run created (deleted by undo). */
  readonly createdSheets: string[];
  /** Tria sheets the run replaced → the hidden copy holding their former content. */
  readonly replacedSheets: { name: string; copy: string }[];
}

/** Copy the sheet before a run (after removing the previous run's copies). */
export function takeSnapshot(spreadsheet: SheetsSpreadsheet, sheet: SheetsSheet): SheetsSheet {
  dropSnapshot(spreadsheet);
  return hiddenCopy(spreadsheet, sheet, SNAPSHOT_SHEET);
}

export function hiddenCopy(spreadsheet: SheetsSpreadsheet, sheet: SheetsSheet, name: string): SheetsSheet {
  const copy = sheet.copyTo(spreadsheet);
  copy.setName(name);
  copy.hideSheet();
  return copy;
}

export function saveUndoRecord(snapshot: SheetsSheet, record: UndoRecord): void {
  snapshot.addDeveloperMetadata(UNDO_KEY, JSON.stringify(record));
}

export function hasUndo(spreadsheet: SheetsSpreadsheet): boolean {
  const snapshot = spreadsheet.getSheetByName(SNAPSHOT_SHEET);
  return snapshot !== null && sheetMark(snapshot, UNDO_KEY) !== null;
}

/** Put the sheet back as it was before the last run; false when there is nothing to undo. */
export function undoLastRun(spreadsheet: SheetsSpreadsheet): boolean {
  const snapshot = spreadsheet.getSheetByName(SNAPSHOT_SHEET);
  const text = snapshot ? sheetMark(snapshot, UNDO_KEY) : null;
  if (!snapshot || !text) return false;
  restore(spreadsheet, snapshot, JSON.parse(text) as UndoRecord);
  dropSnapshot(spreadsheet);
  return true;
}

/** Also the rollback of a run that failed half-way. */
export function restore(spreadsheet: SheetsSpreadsheet, snapshot: SheetsSheet, record: UndoRecord): void {
  const sheet = spreadsheet.getSheetByName(record.sheet);
  if (sheet) {
    for (const column of [...record.insertedColumns].sort((a, b) => b - a)) sheet.deleteColumns(column, 1);
    pasteBack(snapshot, sheet);
  }
  for (const name of record.createdSheets) {
    const created = spreadsheet.getSheetByName(name);
    if (created) spreadsheet.deleteSheet(created);
  }
  for (const { name, copy } of record.replacedSheets) {
    const saved = spreadsheet.getSheetByName(copy);
    if (!saved) continue;
    const current = spreadsheet.getSheetByName(name);
    if (current) spreadsheet.deleteSheet(current);
    // A copy cannot be unhidden through this narrow API: paste it into a fresh sheet instead.
    const fresh = spreadsheet.insertSheet(name);
    pasteBack(saved, fresh);
    fresh.addDeveloperMetadata(SHEET_KEY, name);
    // Tria's own records (the looks of a run) stay out of sight.
    if (name.startsWith("_tria")) fresh.hideSheet();
  }
  sheet?.activate();
}

function pasteBack(from: SheetsSheet, to: SheetsSheet): void {
  to.clear();
  to.clearNotes();
  const rows = Math.max(1, from.getLastRow());
  const columns = Math.max(1, from.getLastColumn());
  from.getRange(1, 1, rows, columns).copyTo(to.getRange(1, 1, rows, columns));
}

/** Remove the copies of an earlier run: its undo is no longer offered once a new run starts. */
export function dropSnapshot(spreadsheet: SheetsSpreadsheet): void {
  for (const sheet of spreadsheet.getSheets()) {
    if (sheet.getName() === SNAPSHOT_SHEET || sheet.getName().startsWith(`${SNAPSHOT_SHEET} `)) spreadsheet.deleteSheet(sheet);
  }
}
