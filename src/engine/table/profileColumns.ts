import { cellText, type CellValue } from "./cellValue";
import type { Table } from "./table";
import { tableColumn } from "./tableColumns";

export interface ColumnProfile {
  readonly index: number;
  /** Share of data rows with a value, 0..1. */
  readonly fillRate: number;
  /** Up to `exampleCount` distinct values, in row order, as the user sees them. */
  readonly examples: readonly string[];
}

/** Fill rate and a few examples per column: what `tria inspect` and the taskpane show. */
export function profileColumns(
  table: Table,
  format: (value: CellValue, rowNumber: number, index: number) => string = cellText,
  exampleCount = 3,
): ColumnProfile[] {
  return table.headers.map((_, index) => {
    let filled = 0;
    const examples: string[] = [];
    const cells = tableColumn(table, index);
    for (let i = 0; i < cells.length; i++) {
      if (cells.isBlank(i)) continue;
      filled++;
      if (examples.length < exampleCount) {
        const text = format(cells.get(i), table.rows[i]!.rowNumber, index).replace(/\s+/g, " ").trim();
        if (!examples.includes(text)) examples.push(text);
      }
    }
    return { index, fillRate: table.rows.length === 0 ? 0 : filled / table.rows.length, examples };
  });
}
