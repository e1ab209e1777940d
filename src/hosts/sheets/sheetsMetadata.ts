import { columnLetter } from "../../engine/table/tableFromSheet";
import type { SheetsSheet, SheetsSpreadsheet } from "./sheetsApi";

/*
 * Tria's memory in a Google Sheet, kept in the document's developer metadata (invisible to the
 * user, not a hidden cell they could edit): each column Tria added carries "tria.column" = its Plan
 * key, located on the whole column, so Sheets moves it when the user inserts or deletes columns and
 * a rerun still finds its own columns; each sheet Tria wrote (legend, summary) carries "tria.sheet".
 */
export const COLUMN_KEY = "tria.column";
export const SHEET_KEY = "tria.sheet";
/** On the hidden snapshot sheet: what the last run did, for its undo (JSON, see UndoRecord). */
export const UNDO_KEY = "tria.undo";

/** 1-based column → Plan key of the columns Tria added to this sheet. */
export function ownColumns(sheet: SheetsSheet): Map<number, string> {
  const columns = new Map<number, string>();
  for (const entry of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
    const column = entry.getLocation().getColumn()?.getColumn();
    const key = entry.getValue();
    if (column !== undefined && key) columns.set(column, key);
  }
  return columns;
}

export function markOwnColumn(sheet: SheetsSheet, column: number, key: string): void {
  const letters = columnLetter(column - 1);
  sheet.getRange(`${letters}:${letters}`).addDeveloperMetadata(COLUMN_KEY, key);
}

/** The sheets Tria wrote in an earlier run: they may be replaced; a user's sheet never is. */
export function ownSheetNames(spreadsheet: SheetsSpreadsheet): Set<string> {
  return new Set(
    spreadsheet
      .getSheets()
      .filter((s) => hasSheetMark(s, SHEET_KEY))
      .map((s) => s.getName()),
  );
}

export function hasSheetMark(sheet: SheetsSheet, key: string): boolean {
  return sheet
    .createDeveloperMetadataFinder()
    .withKey(key)
    .find()
    .some((entry) => entry.getLocation().getColumn() === null);
}

export function sheetMark(sheet: SheetsSheet, key: string): string | null {
  const entry = sheet
    .createDeveloperMetadataFinder()
    .withKey(key)
    .find()
    .find((e) => e.getLocation().getColumn() === null);
  return entry?.getValue() ?? null;
}
