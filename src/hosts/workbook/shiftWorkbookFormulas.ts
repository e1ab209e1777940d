import type ExcelJS from "exceljs";
import { shiftFormula, type ShiftOfSheet } from "./shiftFormula";

/**
 * ExcelJS's spliceColumns moves formula cells but not what their formulas point at. Tria
 * inserts columns the way Excel does, so every formula of the workbook, and the formulas of
 * this sheet's conditional formats and data validations, are rewritten by shiftFormula.
 */

type FormulaModel = { formula?: string; sharedFormula?: string; shareType?: string; ref?: string; result?: unknown };

/**
 * Before splicing: a shared formula's copies name their master by address ("G4"), which the
 * splice does not update. Each copy gets its own formula (as Excel shows it in the cell).
 */
export function expandSharedFormulas(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    const copies: { cell: ExcelJS.Cell; formula: string; result: unknown }[] = [];
    eachFormulaCell(sheet, (cell, value) => {
      if (value.sharedFormula !== undefined && value.formula === undefined) copies.push({ cell, formula: cell.formula, result: value.result });
    });
    for (const { cell, formula, result } of copies) cell.value = withResult({ formula }, result);
    eachFormulaCell(sheet, (cell, value) => {
      if (value.shareType === "shared" && value.formula !== undefined) cell.value = withResult({ formula: value.formula }, value.result);
    });
  }
}

/** After splicing: references into moved columns follow them, on every sheet. */
export function shiftWorkbookFormulas(workbook: ExcelJS.Workbook, shiftOf: ShiftOfSheet): void {
  for (const sheet of workbook.worksheets) {
    eachFormulaCell(sheet, (cell, value) => {
      if (value.formula === undefined) return;
      const formula = shiftFormula(value.formula, sheet.name, shiftOf);
      const own = shiftOf(sheet.name);
      const ref = value.ref !== undefined && own ? shiftFormula(value.ref, sheet.name, shiftOf) : value.ref;
      if (formula !== value.formula || ref !== value.ref) cell.value = { ...value, formula, ...(ref !== undefined ? { ref } : {}) } as ExcelJS.CellValue;
    });
    shiftRuleFormulas(sheet, shiftOf);
  }
}

function shiftRuleFormulas(sheet: ExcelJS.Worksheet, shiftOf: ShiftOfSheet): void {
  type Rule = { formulae?: unknown[] };
  const internals = sheet as unknown as { conditionalFormattings?: { rules?: Rule[] }[]; dataValidations?: { model: Record<string, Rule> } };
  const shiftAll = (rule: Rule): void => {
    if (rule.formulae) rule.formulae = rule.formulae.map((f) => (typeof f === "string" ? shiftFormula(f, sheet.name, shiftOf) : f));
  };
  for (const format of internals.conditionalFormattings ?? []) for (const rule of format.rules ?? []) shiftAll(rule);
  for (const rule of Object.values(internals.dataValidations?.model ?? {})) shiftAll(rule);
}

function eachFormulaCell(sheet: ExcelJS.Worksheet, visit: (cell: ExcelJS.Cell, value: FormulaModel) => void): void {
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === 6 /* ValueType.Formula */ && !(cell.isMerged && cell.master !== cell)) visit(cell, cell.value as FormulaModel);
    }),
  );
}

/** ExcelJS drops a falsy result (0, ""): a cached 0 is kept by writing it explicitly. */
function withResult(value: FormulaModel, result: unknown): ExcelJS.CellValue {
  return (result === undefined ? value : { ...value, result }) as ExcelJS.CellValue;
}
