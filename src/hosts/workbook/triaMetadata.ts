import type ExcelJS from "exceljs";

/**
 * What Tria wrote into a workbook, kept in a very hidden sheet so that a second run updates
 * its own columns and sheets instead of adding new ones, even if the user renamed a header.
 */
export const METADATA_SHEET = "_tria";

export interface TriaMetadata {
  readonly version: 1;
  /** Added columns: sheet name, Plan key, 1-based column number. */
  readonly columns: { sheet: string; key: string; column: number }[];
  /** Names of the sheets Tria created (legend, summaries): safe to replace. */
  readonly sheets: string[];
}

export function readMetadata(workbook: ExcelJS.Workbook): TriaMetadata {
  const value = workbook.getWorksheet(METADATA_SHEET)?.getCell("A1").value;
  return metadataFromCell(typeof value === "string" ? value : null);
}

/** The metadata held in the hidden sheet's A1, or none when it is missing or damaged. */
export function metadataFromCell(text: unknown): TriaMetadata {
  if (typeof text === "string") {
    try {
      const parsed = JSON.parse(text) as TriaMetadata;
      if (parsed.version === 1 && Array.isArray(parsed.columns) && Array.isArray(parsed.sheets)) return parsed;
    } catch {
      // A damaged metadata cell is treated as none: Tria then adds fresh columns.
    }
  }
  return { version: 1, columns: [], sheets: [] };
}

export function writeMetadata(workbook: ExcelJS.Workbook, metadata: TriaMetadata): void {
  const sheet = workbook.getWorksheet(METADATA_SHEET) ?? workbook.addWorksheet(METADATA_SHEET, { state: "veryHidden" });
  sheet.state = "veryHidden";
  sheet.getCell("A1").value = JSON.stringify(metadata);
}
