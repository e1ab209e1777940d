import type ExcelJS from "exceljs";
import type { CellValue } from "../../engine/table/cellValue";

/**
 * What Tria wrote into a workbook, kept in a very hidden sheet so that a second run updates
 * its own columns and sheets instead of adding new ones, even if the user renamed a header,
 * and clears the looks and notes it drew last time before drawing new ones.
 */
export const METADATA_SHEET = "_tria";

/** Excel keeps at most 32,767 characters in a cell: the JSON runs down column A in pieces. */
const CHUNK = 30_000;

export interface TriaMetadata {
  readonly version: 1;
  /** Added columns: sheet name, Plan key, 1-based column number. */
  readonly columns: { sheet: string; key: string; column: number }[];
  /** Names of the sheets Tria created (legend, summaries): safe to replace. */
  readonly sheets: string[];
  /** Cells Tria painted, per sheet, with the look the user had there before (optional: older files have none). */
  readonly painted?: PaintedCells[];
}

export interface PaintedCells {
  readonly sheet: string;
  /** A1 ranges ("E4:E503", "H7"). */
  readonly ranges: string[];
  /** The user's own fill and border of a painted cell, by A1 address, when it had one. */
  readonly before: Record<string, { fill?: ExcelJS.Fill; border?: Partial<ExcelJS.Borders> }>;
}

export function readMetadata(workbook: ExcelJS.Workbook): TriaMetadata {
  const sheet = workbook.getWorksheet(METADATA_SHEET);
  if (!sheet) return metadataFromCells([]);
  const pieces: unknown[] = [];
  for (let row = 1; row <= sheet.rowCount; row++) pieces.push(sheet.getCell(row, 1).value);
  return metadataFromCells(pieces);
}

/** The metadata held in the hidden sheet's column A (A1, A2… joined), or none when it is missing or damaged. */
export function metadataFromCells(cells: readonly unknown[]): TriaMetadata {
  const text = cells.map((cell) => (typeof cell === "string" ? cell : "")).join("");
  if (text !== "") {
    try {
      const parsed = JSON.parse(text) as TriaMetadata;
      if (parsed.version === 1 && Array.isArray(parsed.columns) && Array.isArray(parsed.sheets)) return parsed;
    } catch {
      // A damaged metadata cell is treated as none: Tria then adds fresh columns.
    }
  }
  return { version: 1, columns: [], sheets: [] };
}

/** The hidden sheet's first column as read by a host: what metadataFromCells takes. */
export function metadataColumn(rows: readonly (readonly CellValue[])[]): unknown[] {
  return rows.map((row) => row[0] ?? null);
}

export function writeMetadata(workbook: ExcelJS.Workbook, metadata: TriaMetadata): void {
  const sheet = workbook.getWorksheet(METADATA_SHEET) ?? workbook.addWorksheet(METADATA_SHEET, { state: "veryHidden" });
  sheet.state = "veryHidden";
  const text = JSON.stringify(metadata);
  const count = Math.max(1, Math.ceil(text.length / CHUNK));
  for (let i = 0; i < count; i++) sheet.getCell(i + 1, 1).value = text.slice(i * CHUNK, (i + 1) * CHUNK);
  for (let row = count + 1; row <= sheet.rowCount; row++) sheet.getCell(row, 1).value = null;
}
