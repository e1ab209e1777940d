import type { CellValue } from "../../engine/table/cellValue";
import { MODEL_SHEET, modelFromRows } from "../../engine/predict/modelSheet";
import type { StoredModel } from "../../engine/predict/storedModel";

/**
 * The forecasting model a Predict run left in the open workbook (the hidden "Tria modèle"
 * sheet), for the CRM.PALIVE / EXPECTEDPURCHASES / CLV functions. They run in the shared
 * runtime, where a custom function may read the workbook through its own RequestContext
 * (Microsoft docs, "Call Excel JavaScript APIs from a custom function"): reading only, never
 * writing. A recalculation calls them once per cell, thousands at a time, so the sheet is
 * read once and the answer shared for a moment; a Predict run forgets it (forgetWorkbookModel).
 */
const KEEP_MS = 2_000;
let cached: { readonly at: number; readonly model: Promise<StoredModel | null> } | null = null;

/** The part of Office.js this reads; tests pass a fake. */
export type ModelSheetRead = () => Promise<CellValue[][] | null>;

export function workbookModel(read: ModelSheetRead = readModelSheet, now: () => number = Date.now): Promise<StoredModel | null> {
  const time = now();
  if (cached && time - cached.at < KEEP_MS) return cached.model;
  const model = read().then(
    (rows) => (rows ? modelFromRows(rows) : null),
    () => null,
  );
  cached = { at: time, model };
  return model;
}

/** After Tria wrote a new model: the next call reads the sheet again. */
export function forgetWorkbookModel(): void {
  cached = null;
}

async function readModelSheet(): Promise<CellValue[][] | null> {
  const context = new Excel.RequestContext();
  const sheet = context.workbook.worksheets.getItemOrNullObject(MODEL_SHEET);
  await context.sync();
  if (sheet.isNullObject) return null;
  const used = sheet.getUsedRangeOrNullObject(true).load("values");
  await context.sync();
  return used.isNullObject ? null : (used.values as CellValue[][]);
}
