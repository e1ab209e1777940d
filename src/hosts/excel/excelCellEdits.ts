import type { ExcelRun } from "./excelHost";
import { sheetColumnOf, type CellEdit } from "../cellEdit";
import { METADATA_SHEET, parseMetadata } from "./excelMetadata";
import { toExcelValue } from "./toExcelValue";
import { restoredConstant } from "./restoredConstant";

/** What a cell held before Tria wrote a suggestion into it: enough to put it back. */
interface CellBefore {
  readonly address: string;
  /** Range.formulas: the formula, or the constant without Excel's text prefix. */
  readonly formula: unknown;
  /** Range.values: the constant, or a formula's result. */
  readonly value: unknown;
  readonly valueType: unknown;
  readonly numberFormat: unknown;
}

export interface CellEditsSnapshot {
  readonly sheet: string;
  readonly cells: readonly CellBefore[];
}

/**
 * Writes suggestions into the user's cells, found by row and by place among the user's columns
 * (Tria's own, from its metadata, skipped), after loading what each held so that undoCellEdits
 * restores it exactly. The text goes in as text: with Excel's prefix, "01000" keeps its zero
 * and "=x" is no formula. Cells with a formula are skipped: formulas are never replaced by
 * values (DESIGN.md §4). Four syncs, whatever the count.
 */
export async function writeCellEdits(run: ExcelRun, sheetName: string, edits: readonly CellEdit[]): Promise<CellEditsSnapshot> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const sheet = worksheets.getItem(sheetName);
    const metadataSheet = worksheets.getItemOrNullObject(METADATA_SHEET).load("name");
    await context.sync();
    const metadataCell = metadataSheet.isNullObject ? null : metadataSheet.getRange("A1").load("values");
    await context.sync();
    const metadata = parseMetadata(metadataCell ? metadataCell.values[0]?.[0] : "");
    const tria = new Set(metadata.columns.filter((c) => c.sheet === sheetName).map((c) => c.column));
    const targets = edits.map((edit) => ({ edit, range: sheet.getCell(edit.row - 1, sheetColumnOf(edit.userColumn, tria) - 1) }));
    for (const { range } of targets) range.load("address,formulas,values,valueTypes,numberFormat");
    await context.sync();
    const cells: CellBefore[] = [];
    for (const { edit, range } of targets) {
      const formula = range.formulas[0]?.[0];
      const value = range.values[0]?.[0];
      if (typeof formula === "string" && formula.startsWith("=") && formula !== value) continue;
      cells.push({ address: range.address, formula, value, valueType: range.valueTypes[0]?.[0], numberFormat: range.numberFormat[0]?.[0] });
      range.values = [[toExcelValue(edit.value)]];
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
      range.formulas = [[restoredConstant(cell.formula, cell.value, cell.valueType)]];
    }
    await context.sync();
  });
}
