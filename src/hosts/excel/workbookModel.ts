import type { CellValue } from "../../engine/table/cellValue";
import { hasModelMarker, modelFromRows, modelSheetCandidates } from "../../engine/predict/modelSheet";
import type { StoredModel } from "../../engine/predict/storedModel";

/**
 * The forecasting model a Predict run left in the open workbook (the hidden "Tria modèle"
 * sheet, or "Tria modèle (2)" when the user has a sheet of that name), for the CRM.PALIVE / EXPECTEDPURCHASES / CLV functions. They run in the shared
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

/** Async: outside Excel (no Excel global) the throw becomes a rejection, which means no model. */
async function readModelSheet(): Promise<CellValue[][] | null> {
  return readModelSheetIn(new Excel.RequestContext());
}

/**
 * The model sheet's cells: the sheets named like the model sheet (modelSheetCandidates), the
 * first whose A1:B1 carries the marker. A user's own sheet called "Tria modèle" is skipped
 * (Tria then wrote "Tria modèle (2)"), and only its first two cells are read.
 */
export async function readModelSheetIn(context: Excel.RequestContext): Promise<CellValue[][] | null> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const heads = modelSheetCandidates(sheets.items.map((s) => s.name)).map((name) => ({ name, head: sheets.getItem(name).getRange("A1:B1").load("values") }));
  if (heads.length === 0) return null;
  await context.sync();
  const found = heads.find(({ head }) => hasModelMarker(head.values[0] as CellValue[] | undefined));
  if (!found) return null;
  const used = sheets.getItem(found.name).getUsedRangeOrNullObject(true).load("values");
  await context.sync();
  return used.isNullObject ? null : (used.values as CellValue[][]);
}
