/**
 * The work of the CRM.PALIVE, CRM.EXPECTEDPURCHASES and CRM.CLV worksheet functions, given the
 * model a Predict run stored in the workbook (engine/predict/modelSheet.ts; each host reads it
 * its own way). Same engine functions as the per-customer columns, so the same figures.
 */
import type { CellValue } from "../engine/table/cellValue";
import { parseNumber } from "../engine/table/parseNumber";
import { modelClv, modelExpectedPurchases, modelPAlive, type StoredModel } from "../engine/predict/storedModel";
import { functionLang, invalidValue } from "./functionError";
import { functionMessage } from "./functionMessages";

type Input = string | number | null | undefined;

/** P(still a customer) after x repeat purchases, the last t_x units after the first, T units ago. */
export function pAlive(model: StoredModel | null, x: Input, tx: Input, T: Input): number {
  const m = requireModel(model);
  const h = history(x, tx, T);
  return modelPAlive(m, h.x, h.tx, h.T);
}

/** Purchases expected over the next t units. */
export function expectedPurchases(model: StoredModel | null, t: Input, x: Input, tx: Input, T: Input): number {
  const m = requireModel(model);
  const h = history(x, tx, T);
  const span = numberOf(t);
  if (span === null || span < 0) throw invalidValue(functionMessage("badHistory", functionLang(), shown(t)));
  return modelExpectedPurchases(m, span, h.x, h.tx, h.T);
}

/** Margin expected over the model's horizon, discounted, from the history and the mean repeat value. */
export function clv(model: StoredModel | null, x: Input, tx: Input, T: Input, meanValue: Input): number {
  const m = requireModel(model);
  const h = history(x, tx, T);
  // Without repeat purchases there is no mean: an empty cell is fine then.
  const mean = h.x === 0 && (meanValue === null || meanValue === undefined || meanValue === "") ? 0 : numberOf(meanValue);
  if (mean === null || mean < 0) throw invalidValue(functionMessage("badMeanValue", functionLang(), shown(meanValue)));
  return modelClv(m, h.x, h.tx, h.T, mean);
}

function requireModel(model: StoredModel | null): StoredModel {
  if (!model) throw invalidValue(functionMessage("noModel", functionLang()));
  return model;
}

/** x, t_x, T as the model reads them; a clear error otherwise. T − t_x may be a rounding below 0 (cells rounded to 4 decimals). */
function history(x: Input, tx: Input, T: Input): { x: number; tx: number; T: number } {
  const [a, b, c] = [numberOf(x), numberOf(tx), numberOf(T)];
  if (a === null || b === null || c === null || a < 0 || b < 0 || c < 0 || b > c + 1e-6) {
    throw invalidValue(functionMessage("badHistory", functionLang(), [x, tx, T].map(shown).join(" ; ")));
  }
  return { x: a, tx: Math.min(b, c), T: c };
}

function numberOf(value: Input): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value === null || value === undefined || String(value).trim() === "") return null;
  return parseNumber(value as CellValue);
}

function shown(value: Input): string {
  return value === null || value === undefined ? "" : String(value);
}
