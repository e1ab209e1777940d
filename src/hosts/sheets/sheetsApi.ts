/**
 * The slice of Apps Script's SpreadsheetApp that the Sheets host uses, and nothing more, with the
 * signatures of Apps Script's reference (not checked by the compiler: @types/google-apps-script is
 * not a dependency yet); the tests' in-memory spreadsheet implements it. Every call here is a round trip to Google's
 * servers, so the host reads and writes whole blocks (getValues once, setValues per column block).
 */
export interface SheetsRange {
  getValues(): unknown[][];
  setValues(values: unknown[][]): SheetsRange;
  getBackgrounds(): string[][];
  setBackgrounds(colors: string[][]): SheetsRange;
  getNotes(): string[][];
  setNotes(notes: string[][]): SheetsRange;
  setNumberFormat(format: string): SheetsRange;
  setFontWeight(weight: "bold" | "normal" | null): SheetsRange;
  /** Copies values, formats and notes (Apps Script's default paste). */
  copyTo(destination: SheetsRange): void;
  addDeveloperMetadata(key: string, value: string): SheetsRange;
}

export interface SheetsRangeList {
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: unknown,
  ): SheetsRangeList;
}

export interface SheetsDeveloperMetadata {
  getKey(): string;
  getValue(): string | null;
  getLocation(): { getColumn(): { getColumn(): number } | null };
  remove(): void;
}

export interface SheetsSheet {
  getName(): string;
  getSheetId(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getRange(row: number, column: number, numRows: number, numColumns: number): SheetsRange;
  /** "C:C": a whole column, the only range besides a row that can carry developer metadata. */
  getRange(a1Notation: string): SheetsRange;
  getRangeList(a1Notations: string[]): SheetsRangeList;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetsSheet;
  deleteColumns(columnPosition: number, howMany: number): void;
  clear(): SheetsSheet;
  clearNotes(): SheetsSheet;
  hideSheet(): SheetsSheet;
  /** Make it the sheet the user sees (insertSheet makes the new sheet the active one). */
  activate(): SheetsSheet;
  isSheetHidden(): boolean;
  setName(name: string): SheetsSheet;
  copyTo(spreadsheet: SheetsSpreadsheet): SheetsSheet;
  addDeveloperMetadata(key: string, value: string): SheetsSheet;
  createDeveloperMetadataFinder(): { withKey(key: string): { find(): SheetsDeveloperMetadata[] } };
}

export interface SheetsSpreadsheet {
  getActiveSheet(): SheetsSheet;
  getSheetByName(name: string): SheetsSheet | null;
  getSheets(): SheetsSheet[];
  insertSheet(name: string): SheetsSheet;
  deleteSheet(sheet: SheetsSheet): void;
  getSpreadsheetLocale(): string;
}

/** The border styles the legend needs, as SpreadsheetApp.BorderStyle names them. */
export interface SheetsBorderStyles {
  readonly SOLID_MEDIUM: unknown;
  readonly DASHED: unknown;
}
