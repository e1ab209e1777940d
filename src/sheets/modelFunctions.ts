/**
 * Google Sheets' versions of CRM.PALIVE, CRM.EXPECTEDPURCHASES and CRM.CLV: CRM_PALIVE,
 * CRM_EXPECTEDPURCHASES, CRM_CLV (Apps Script names cannot hold dots), and the French names
 * CRM_P_ENCORE_CLIENT, CRM_ACHATS_ATTENDUS, CRM_VALEUR_CLIENT. They read the model from the
 * same hidden "Tria modèle" sheet the Excel functions read (a workbook written by Predict keeps
 * it when opened in Google Sheets), through the same engine functions: the same figures. A
 * custom function may read the spreadsheet (Apps Script: "read only, get* methods"). Each call
 * reads the model once, so a whole column is best given as ranges: one call, one read, one
 * answer per row (Sheets runs every custom function call on its own, with nothing kept between).
 */
import type { CellValue } from "../engine/table/cellValue";
import { hasModelMarker, modelFromRows, modelSheetCandidates } from "../engine/predict/modelSheet";
import type { StoredModel } from "../engine/predict/storedModel";
import * as model from "../app/modelFunctions";
import { functionLang, invalidValue } from "../app/functionError";
import { functionMessage } from "../app/functionMessages";
import type { SheetsSpreadsheet } from "../hosts/sheets/sheetsApi";
import { FUNCTION_BUDGET_MS, RANGE_TOO_BIG } from "./customFunctions";

type Cell = string | number | boolean | Date | null | undefined;
type Input = Cell | Cell[][];
type Answer = number | (number | string)[][];

/** =CRM_PALIVE(x, t_x, T) */
export function CRM_PALIVE(x: Input, tx: Input, T: Input): Answer {
  const stored = activeModel();
  return eachRow([x, tx, T], ([a, b, c]) => model.pAlive(stored, a, b, c));
}

/** =CRM_EXPECTEDPURCHASES(t, x, t_x, T) */
export function CRM_EXPECTEDPURCHASES(t: Input, x: Input, tx: Input, T: Input): Answer {
  const stored = activeModel();
  return eachRow([t, x, tx, T], ([span, a, b, c]) => model.expectedPurchases(stored, span, a, b, c));
}

/** =CRM_CLV(x, t_x, T, mean value) */
export function CRM_CLV(x: Input, tx: Input, T: Input, meanValue: Input): Answer {
  const stored = activeModel();
  return eachRow([x, tx, T, meanValue], ([a, b, c, mean]) => model.clv(stored, a, b, c, mean));
}

export const CRM_P_ENCORE_CLIENT = CRM_PALIVE;
export const CRM_ACHATS_ATTENDUS = CRM_EXPECTEDPURCHASES;
export const CRM_VALEUR_CLIENT = CRM_CLV;

/** The model the spreadsheet keeps: the first sheet named like the model sheet whose A1:B1 carries the marker. */
export function spreadsheetModel(spreadsheet: SheetsSpreadsheet): StoredModel | null {
  const sheets = spreadsheet.getSheets();
  const byName = new Map(sheets.map((sheet) => [sheet.getName(), sheet]));
  for (const name of modelSheetCandidates([...byName.keys()])) {
    const sheet = byName.get(name)!;
    const rows = sheet.getLastRow();
    // Two cells first: a user's own big sheet that bears the name is not read.
    if (rows < 1 || !hasModelMarker(sheet.getRange(1, 1, 1, 2).getValues()[0] as CellValue[])) continue;
    return modelFromRows(sheet.getRange(1, 1, rows, 2).getValues() as CellValue[][]);
  }
  return null;
}

function activeModel(): StoredModel {
  const apps = (globalThis as { SpreadsheetApp?: { getActiveSpreadsheet(): SheetsSpreadsheet | null } }).SpreadsheetApp;
  const spreadsheet = apps?.getActiveSpreadsheet() ?? null;
  const found = spreadsheet ? spreadsheetModel(spreadsheet) : null;
  if (!found) throw invalidValue(functionMessage("noModelSheets", functionLang()));
  return found;
}

/**
 * One answer, or one per row when ranges are given (all of the same size; a single cell
 * applies to every row). A row whose range cells are all empty gets an empty answer.
 */
function eachRow(inputs: readonly Input[], fn: (values: (string | number)[]) => number): Answer {
  const ranges = inputs.filter((input): input is Cell[][] => Array.isArray(input));
  if (ranges.length === 0) return fn(inputs.map((input) => plain(input as Cell)));
  const [rows, columns] = [ranges[0]!.length, ranges[0]![0]?.length ?? 0];
  if (ranges.some((range) => range.length !== rows || range.some((row) => row.length !== columns)))
    throw invalidValue(functionMessage("rangeShapes", functionLang()));
  const started = Date.now();
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      if ((r * columns + c) % 50 === 49 && Date.now() - started > FUNCTION_BUDGET_MS) throw new Error(RANGE_TOO_BIG);
      const values = inputs.map((input) => (Array.isArray(input) ? input[r]![c] : input));
      if (ranges.every((range) => isBlank(range[r]![c]))) return "";
      return fn(values.map(plain));
    }),
  );
}

function isBlank(cell: Cell): boolean {
  return cell === "" || cell === null || cell === undefined;
}

/** What the engine reads: numbers and text; anything else as text, which it then refuses with a message. */
function plain(cell: Cell): string | number {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "number" || typeof cell === "string" ? cell : String(cell);
}
