import type { Lang } from "../i18n/lang";
import type { AddedSheet } from "../plan";
import type { ReportDuplicateModel } from "../report";
import type { CellValue } from "../table/cellValue";
import { fieldLabel, levelLabel } from "./duplicateMessages";
import { isMatchField } from "./duplicateFields";
import type { DuplicateResult } from "./findDuplicates";

/** The fitted model as the report gives it: each field's levels with m, u and weight; a column without a role by its header. */
export function reportModel(result: DuplicateResult, headers: readonly string[]): ReportDuplicateModel {
  const model = result.model;
  let generic = 0;
  return {
    lambda: model.lambda,
    priorBits: round(model.priorBits, 2),
    fields: model.slots.map((slot, s) => ({
      field: slot.field === "other" ? (headers[result.columns.generic[generic++]!] ?? "other") : slot.field,
      levels: slot.levels.map((level, l) => ({ level, m: round(model.m[s]![l]!, 6), u: round(model.u[s]![l]!, 8), bits: round(model.weights[s]![l]!, 2) })),
    })),
  };
}

const TITLES: Readonly<Record<Lang, { sheet: string; header: readonly string[]; lambda: string; prior: string }>> = {
  fr: {
    sheet: "Modèle des doublons",
    header: ["Champ", "Niveau", "m (doublons)", "u (autres paires)", "Poids (bits)"],
    lambda: "Part des paires candidates qui sont des doublons (λ)",
    prior: "A priori (bits)",
  },
  en: {
    sheet: "Duplicate model",
    header: ["Field", "Level", "m (duplicates)", "u (other pairs)", "Weight (bits)"],
    lambda: "Share of candidate pairs that are duplicates (λ)",
    prior: "Prior (bits)",
  },
};

/**
 * The summary sheet of the model learnt from the file: for each field and level, m (how often
 * duplicates fall there), u (how often other pairs do) and the weight log2(m/u) a pair earns.
 */
export function modelSheet(model: ReportDuplicateModel, lang: Lang): AddedSheet {
  const t = TITLES[lang];
  const rows: CellValue[][] = [[t.lambda, null, model.lambda], [t.prior, null, -model.priorBits], [], [...t.header]];
  for (const field of model.fields) {
    const label = isMatchField(field.field) ? fieldLabel(field.field, lang) : field.field;
    for (const level of field.levels) rows.push([label, levelLabel(level.level, lang), level.m, level.u, level.bits]);
  }
  const cellStyles = [
    { row: 3, column: 0, bold: true },
    { row: 3, column: 1, bold: true },
    { row: 3, column: 2, bold: true },
    { row: 3, column: 3, bold: true },
    { row: 3, column: 4, bold: true },
    { row: 0, column: 2, numberFormat: "0.0000" },
  ];
  return { key: "dedupe.model", name: t.sheet, rows, cellStyles, columnWidths: [28, 30, 14, 16, 12] };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
