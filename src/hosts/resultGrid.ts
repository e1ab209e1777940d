/** The preview of the output workbook, as plain data (read by hosts/workbook/resultGrid.ts, drawn by the web page). */

/** One cell of the preview: its text as Excel shows it, and the look the job gave it. */
export interface GridCell {
  readonly text: string;
  /** RRGGBB fill, from the file (the legend's colours). */
  readonly fill?: string;
  /** RRGGBB border colour (the red "incomplete" border). */
  readonly border?: string;
  readonly note?: string;
}

export interface ResultGrid {
  readonly sheet: string;
  readonly headers: readonly GridCell[];
  /** True for the columns Tria added (from its metadata, not from header text). */
  readonly added: readonly boolean[];
  readonly rows: readonly { readonly rowNumber: number; readonly cells: readonly GridCell[] }[];
  /** Data rows in the sheet, of which `rows` shows the first ones. */
  readonly totalRows: number;
}

/** Rows the page previews. */
export const PREVIEW_ROWS = 200;
