import type { ExcelRun } from "./excelHost";
import type { CellEdit } from "../cellEdit";

/** What a cell held before Tria wrote a suggestion into it: enough to put it back. */
interface CellBefore {
  readonly address: string;
  readonly formula: unknown;
  readonly numberFormat: unknown;
}

export interface CellEditsSnapshot {
  readonly sheet: string;
  readonly cells: readonly CellBefore[];
}

/**
 * Writes suggestions into the user's cells, after loading what each held (value or formula,
 * and number format) so that undoCellEdits restores it exactly. Cells with a formula are
 * skipped: formulas are never replaced by values (DESIGN.md §4). Two syncs, whatever the count.
 */
export async function writeCellEdits(run: ExcelRun, sheetName: string, headerRow: number, edits: readonly CellEdit[]): Promise<CellEditsSnapshot> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const headers = sheet.getRange(`${headerRow}:${headerRow}`).getUsedRange(true);
    headers.load("values,columnIndex");
    await context.sync();
    const row = (headers.values[0] ?? []).map((v) => String(v));
    const targets = edits.flatMap((edit) => {
      const at = row.indexOf(edit.column);
      return at < 0 ? [] : [{ edit, range: sheet.getCell(edit.row - 1, headers.columnIndex + at) }];
    });
    for (const { range } of targets) range.load("address,formulas,numberFormat");
    await context.sync();
    const cells: CellBefore[] = [];
    for (const { edit, range } of targets) {
      const formula = range.formulas[0]?.[0];
      if (typeof formula === "string" && formula.startsWith("=")) continue;
      cells.push({ address: range.address, formula, numberFormat: range.numberFormat[0]?.[0] });
      range.values = [[edit.value]];
    }
    await context.sync();
    return { sheet: sheetName, cells };
  });
}

export async function undoCellEdits(run: ExcelRun, snapshot: CellEditsSnapshot): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(snapshot.sheet);
    for (const cell of snapshot.cells) {
      const range = sheet.getRange(cell.address.split("!").pop());
      range.numberFormat = [[cell.numberFormat]];
      range.formulas = [[cell.formula]];
    }
    await context.sync();
  });
}
