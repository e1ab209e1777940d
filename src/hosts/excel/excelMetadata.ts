import type { DrawnChart } from "./sheetCharts";

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
  /**
   * Charts Tria drew on its sheets (Office.js only; the xlsx host leaves this out): Range.clear
   * keeps charts, so a re-run deletes them, and its undo draws these again from their description.
   */
  readonly charts?: DrawnChart[];
  /** Per sheet, the cells Tria painted and noted, and the user's look under its paint (staleLooks.ts). */
  readonly looks?: SheetLooks[];
}

export interface SheetLooks {
  readonly sheet: string;
  /** A1 cells or column runs ("C2:C900") Tria filled or bordered. */
  readonly painted: string[];
  /** A1 cells that carry a Tria part in their note. */
  readonly noted: string[];
  /** The fill and borders (getCellProperties) a painted cell had before Tria first painted it. */
  readonly before: { address: string; properties: Excel.SettableCellProperties }[];
}

export const EMPTY_METADATA: ExcelTriaMetadata = { version: 1, columns: [], sheets: [] };

export function parseMetadata(text: unknown): ExcelTriaMetadata {
  if (typeof text !== "string" || text === "") return EMPTY_METADATA;
  try {
    const parsed = JSON.parse(text) as ExcelTriaMetadata;
    if (parsed.version === 1 && Array.isArray(parsed.columns) && Array.isArray(parsed.sheets)) {
      // A chart description undo cannot draw is dropped, not allowed to fail the undo.
      const charts = Array.isArray(parsed.charts) ? parsed.charts.filter(isDrawnChart) : [];
      // A looks record of the wrong shape is dropped: the rerun then only paints, as before issue 9.
      const looks = Array.isArray(parsed.looks) ? parsed.looks.filter(isSheetLooks) : [];
      return { version: 1, columns: parsed.columns, sheets: parsed.sheets, ...(charts.length > 0 ? { charts } : {}), ...(looks.length > 0 ? { looks } : {}) };
    }
  } catch {
    // Damaged metadata counts as none: Tria then adds fresh columns rather than guessing.
  }
  return EMPTY_METADATA;
}

function isSheetLooks(value: unknown): value is SheetLooks {
  const { sheet, painted, noted, before } = (value ?? {}) as Partial<Record<keyof SheetLooks, unknown>>;
  const strings = (list: unknown) => Array.isArray(list) && list.every((x) => typeof x === "string");
  return (
    typeof sheet === "string" &&
    strings(painted) &&
    strings(noted) &&
    Array.isArray(before) &&
    before.every(
      (b: unknown) =>
        typeof (b as { address?: unknown } | null)?.address === "string" &&
        typeof (b as { properties?: unknown }).properties === "object" &&
        (b as { properties?: unknown }).properties !== null,
    )
  );
}

function isDrawnChart(value: unknown): value is DrawnChart {
  const { sheet, chart } = (value ?? {}) as { sheet?: unknown; chart?: Record<string, unknown> | null };
  if (typeof sheet !== "string" || typeof chart !== "object" || chart === null) return false;
  const numbers = [
    chart.firstRow,
    chart.lastRow,
    chart.categoryColumn,
    (chart.anchor as { row?: unknown } | undefined)?.row,
    (chart.anchor as { column?: unknown } | undefined)?.column,
  ];
  return (
    ["bar", "column", "pie"].includes(String(chart.kind)) &&
    typeof chart.title === "string" &&
    numbers.every((n) => Number.isInteger(n) && (n as number) >= 0) &&
    Array.isArray(chart.valueColumns) &&
    chart.valueColumns.every((n) => Number.isInteger(n) && (n as number) >= 0)
  );
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
