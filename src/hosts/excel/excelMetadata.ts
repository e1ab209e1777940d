/**
 * Tria's memory of what it wrote, in a very hidden sheet "_tria" (cell A1, JSON): the same
 * place and shape as the xlsx host (src/hosts/workbook/triaMetadata.ts), so a file structured
 * by the CLI or the web page and then opened in Excel is recognised, and the other way round.
 * Custom XML parts would need ExcelApi 1.5 and are dropped by ExcelJS; worksheet custom
 * properties (ExcelApi 1.12) are not read by ExcelJS either. A very hidden sheet cannot be
 * unhidden from Excel's UI, so users do not trip over it.
 */
export const METADATA_SHEET = "_tria";

export interface ExcelTriaMetadata {
  readonly version: 1;
  readonly columns: { sheet: string; key: string; column: number }[];
  readonly sheets: string[];
}

export const EMPTY_METADATA: ExcelTriaMetadata = { version: 1, columns: [], sheets: [] };

export function parseMetadata(text: unknown): ExcelTriaMetadata {
  if (typeof text !== "string" || text === "") return EMPTY_METADATA;
  try {
    const parsed = JSON.parse(text) as ExcelTriaMetadata;
    if (parsed.version === 1 && Array.isArray(parsed.columns) && Array.isArray(parsed.sheets)) return parsed;
  } catch {
    // Damaged metadata counts as none: Tria then adds fresh columns rather than guessing.
  }
  return EMPTY_METADATA;
}

/** Queue the write (or, with null, the removal) of the metadata text. */
export function queueMetadataWrite(context: Excel.RequestContext, text: string | null, existed: boolean): void {
  const sheets = context.workbook.worksheets;
  if (text === null) {
    if (existed) sheets.getItem(METADATA_SHEET).delete();
    return;
  }
  const sheet = existed ? sheets.getItem(METADATA_SHEET) : sheets.add(METADATA_SHEET);
  // A leading apostrophe keeps the JSON as text, whatever Excel would make of it.
  sheet.getRange("A1").values = [[`'${text}`]];
  sheet.visibility = "VeryHidden";
}
