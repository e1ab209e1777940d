import type { CellValue } from "../table/cellValue";
import type { Lang } from "../i18n/lang";
import { defineMessages } from "../i18n/defineMessages";
import { parseNumber } from "../table/parseNumber";
import { excelSerialToDate } from "../table/excelSerial";
import type { AddedSheet } from "../plan";
import { UNIT_DAYS, type TimeUnit } from "./predictOptions";
import type { StoredModel } from "./storedModel";

/**
 * The fitted model kept with the workbook, for the CRM. worksheet functions: a hidden sheet
 * "Tria modèle", one figure a row (stable English key in A, value in B, meaning in C). A sheet,
 * because it is the one place all of Tria's writers reach and all readers see: Office.js in
 * Excel (the functions read it through the shared runtime), the CLI's xlsx (ExcelJS and the
 * streamed writer), LibreOffice, Google Sheets. Document settings would live in Excel only.
 * Hidden, not very hidden: a curious user can show it and read the parameters. The name is
 * the same in every language so a French workbook opened in an English Excel still finds it.
 */
export const MODEL_SHEET = "Tria modèle";
export const MODEL_SHEET_KEY = "predict.model";
/** Cell B1: which layout the rows follow, so a later Tria can tell an older sheet. */
export const MODEL_FORMAT = "tria-predict-model/1";

const FR = {
  title: "Modèle de prévision de Tria, lu par les fonctions CRM.P.ENCORE.CLIENT, CRM.ACHATS.ATTENDUS et CRM.VALEUR.CLIENT. Ne pas modifier : relancez Prévoir.",
  unit: "unité de temps de x, t_x, T et de l'horizon",
  horizon: "horizon de la valeur client, en unités",
  discount: "taux d'actualisation annuel",
  margin: "taux de marge",
  calibrationEnd: "fin de la période d'ajustement",
  "bgnbd.r": "BG/NBD r",
  "bgnbd.alpha": "BG/NBD α",
  "bgnbd.a": "BG/NBD a",
  "bgnbd.b": "BG/NBD b",
  "gammagamma.p": "Gamma-Gamma p (vide : non ajusté)",
  "gammagamma.q": "Gamma-Gamma q",
  "gammagamma.v": "Gamma-Gamma v",
  populationSpend: "valeur moyenne d'un achat, tous clients",
};
type ModelLabel = keyof typeof FR;
const EN: Record<ModelLabel, string> = {
  title: "Tria's forecasting model, read by the functions CRM.PALIVE, CRM.EXPECTEDPURCHASES and CRM.CLV. Do not edit: run Predict again.",
  unit: "time unit of x, t_x, T and the horizon",
  horizon: "horizon of the customer value, in units",
  discount: "yearly discount rate",
  margin: "margin rate",
  calibrationEnd: "end of the calibration period",
  "bgnbd.r": "BG/NBD r",
  "bgnbd.alpha": "BG/NBD α",
  "bgnbd.a": "BG/NBD a",
  "bgnbd.b": "BG/NBD b",
  "gammagamma.p": "Gamma-Gamma p (empty: not fitted)",
  "gammagamma.q": "Gamma-Gamma q",
  "gammagamma.v": "Gamma-Gamma v",
  populationSpend: "mean value of a purchase, all customers",
};
const label = defineMessages(FR, EN);

/** The hidden sheet for a model (full precision: the functions must give the columns' figures). */
export function modelSheet(model: StoredModel, lang: Lang): AddedSheet {
  const g = model.gammaGamma;
  const entries: [ModelLabel, CellValue][] = [
    ["unit", model.unit],
    ["horizon", model.horizon],
    ["discount", model.discount],
    ["margin", model.margin],
    ["calibrationEnd", model.calibrationEnd],
    ["bgnbd.r", model.bgNbd.r],
    ["bgnbd.alpha", model.bgNbd.alpha],
    ["bgnbd.a", model.bgNbd.a],
    ["bgnbd.b", model.bgNbd.b],
    ["gammagamma.p", g ? g.p : null],
    ["gammagamma.q", g ? g.q : null],
    ["gammagamma.v", g ? g.v : null],
    ["populationSpend", model.populationSpend],
  ];
  const rows: CellValue[][] = [["format", MODEL_FORMAT, label(lang, "title")], ...entries.map(([key, value]) => [key, value, label(lang, key)])];
  return { key: MODEL_SHEET_KEY, name: MODEL_SHEET, rows, hidden: true, columnWidths: [18, 22, 60] };
}

/**
 * The sheets that may hold the model, most likely first: "Tria modèle", then the names Tria
 * takes when a user's own sheet already bears it ("Tria modèle (2)", "(3)"…, as every writer
 * names a sheet whose name is taken). Names compare without regard to case, as in Excel and
 * Sheets. The caller checks each one's marker (hasModelMarker) before reading it.
 */
export function modelSheetCandidates(names: readonly string[]): string[] {
  const base = MODEL_SHEET.toLowerCase();
  const numbered = /^ \((\d+)\)$/;
  const found: { name: string; order: number }[] = [];
  for (const name of names) {
    const lower = name.toLowerCase();
    if (lower === base) found.push({ name, order: 1 });
    else if (lower.startsWith(base)) {
      const match = numbered.exec(lower.slice(base.length));
      if (match) found.push({ name, order: Number(match[1]) });
    }
  }
  return found.sort((a, b) => a.order - b.order).map((f) => f.name);
}

/** A1 = "format", B1 = MODEL_FORMAT: the sheet is a model Tria wrote, not a user's sheet that bears the name. */
export function hasModelMarker(firstRow: readonly CellValue[] | undefined): boolean {
  return firstRow !== undefined && typeof firstRow[0] === "string" && firstRow[0].trim() === "format" && firstRow[1] === MODEL_FORMAT;
}

/** The model a sheet's cells hold (as any reader gives them: numbers, or numbers as text), or null when they hold none. */
export function modelFromRows(rows: readonly (readonly CellValue[])[]): StoredModel | null {
  const cells = new Map<string, CellValue>();
  for (const row of rows) if (typeof row[0] === "string") cells.set(row[0].trim(), row[1] ?? null);
  if (cells.get("format") !== MODEL_FORMAT) return null;
  const number = (key: string): number | null => {
    const cell = cells.get(key) ?? null;
    const value = typeof cell === "number" ? cell : parseNumber(cell);
    return value !== null && Number.isFinite(value) ? value : null;
  };
  const positive = (key: string) => {
    const value = number(key);
    return value !== null && value > 0 ? value : null;
  };
  const unit = String(cells.get("unit") ?? "") as TimeUnit;
  const [horizon, r, alpha, a, b] = [positive("horizon"), positive("bgnbd.r"), positive("bgnbd.alpha"), positive("bgnbd.a"), positive("bgnbd.b")];
  const [discount, margin, populationSpend] = [number("discount"), number("margin"), number("populationSpend")];
  if (!(unit in UNIT_DAYS) || !horizon || !r || !alpha || !a || !b || discount === null || margin === null || populationSpend === null) return null;
  const [p, q, v] = [positive("gammagamma.p"), positive("gammagamma.q"), positive("gammagamma.v")];
  // Excel turns the ISO day typed into the cell into a date serial; ExcelJS may give a Date.
  const end = cells.get("calibrationEnd");
  // Google Sheets' Apps Script gives a Date too (tested across realms: instanceof would miss it).
  const endDate = isDate(end) ? end : typeof end === "number" ? excelSerialToDate(end) : null;
  return {
    unit,
    unitDays: UNIT_DAYS[unit],
    horizon,
    discount,
    margin,
    calibrationEnd: endDate ? endDate.toISOString().slice(0, 10) : String(end ?? ""),
    bgNbd: { r, alpha, a, b },
    gammaGamma: p && q && v ? { p, q, v } : null,
    populationSpend,
  };
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]" && !Number.isNaN((value as Date).getTime());
}
