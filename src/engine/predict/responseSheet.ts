import type { CellValue } from "../table/cellValue";
import type { Lang } from "../i18n/lang";
import type { AddedSheet, SheetCellStyle, SheetChart } from "../plan";
import type { ResponseModel } from "./responseModel";
import { formatNumber } from "../i18n/localeFormat";
import { responseLabel, type ResponseLabelKey } from "./responseLabels";

const TITLE_FILL = "D9E2F3";

/**
 * The "Réponse aux campagnes" sheet: the regression's coefficients, then the ten deciles with
 * response rate, lift and cumulative gains, and two native charts (lift, gains).
 */
export function responseSheet(model: ResponseModel, lang: Lang): AddedSheet {
  const t = (key: ResponseLabelKey, params?: Record<string, string | number>) => responseLabel(lang, key, params);
  const rows: CellValue[][] = [];
  const styles: SheetCellStyle[] = [];
  const round = (v: number, digits: number) => (Number.isFinite(v) ? Math.round(v * 10 ** digits) / 10 ** digits : null);
  const heading = (text: string) => {
    styles.push({ row: rows.length, column: 0, bold: true });
    rows.push([text]);
  };
  const tableHeader = (cells: string[]) => {
    cells.forEach((_, column) => styles.push({ row: rows.length, column, bold: true, fill: TITLE_FILL }));
    rows.push(cells);
  };
  heading(t("title", { customers: model.customers, responders: model.responders }));
  rows.push([]);
  heading(t("coefficients"));
  tableHeader([t("term"), t("estimate"), t("standardError"), t("z")]);
  for (const c of model.coefficients) rows.push([t(c.name as ResponseLabelKey), round(c.estimate, 6), round(c.standardError, 6), round(c.z, 3)]);
  // χ² at 5 % with one degree of freedom per measure: 7.81 for three, 9.49 for four.
  const threshold = model.features.length === 4 ? 9.49 : 7.81;
  rows.push([
    t("likelihoodRatio", {
      value: formatNumber(lang, model.likelihoodRatio, { maxDecimals: 2 }),
      threshold: formatNumber(lang, threshold, { maxDecimals: 2 }),
    }),
  ]);
  if (!model.converged) rows.push([t("notConverged")]);
  rows.push([]);
  heading(t("deciles"));
  tableHeader([t("decile"), t("customers"), t("responders"), t("responseRate"), t("lift"), t("cumulativeGain"), t("averageProbability")]);
  const first = rows.length;
  for (const d of model.deciles) {
    for (const column of [3, 5, 6]) styles.push({ row: rows.length, column, numberFormat: "0.0%" });
    styles.push({ row: rows.length, column: 4, numberFormat: "0.00" });
    rows.push([d.decile, d.customers, d.responders, round(d.responseRate, 4), round(d.lift, 3), round(d.cumulativeGain, 4), round(d.averageProbability, 4)]);
  }
  const last = rows.length - 1;
  const charts: SheetChart[] = [
    { kind: "column", title: t("chartLift"), firstRow: first, lastRow: last, categoryColumn: 0, valueColumns: [4], anchor: { row: 0, column: 8 } },
    { kind: "column", title: t("chartGains"), firstRow: first, lastRow: last, categoryColumn: 0, valueColumns: [5], anchor: { row: 18, column: 8 } },
  ];
  return { key: "predict.response", name: t("sheet.response"), rows, cellStyles: styles, columnWidths: [40, 14, 14, 14, 10, 14, 16], charts };
}
