import type { CellValue } from "../table/cellValue";
import type { Lang } from "../i18n/lang";
import type { AddedSheet, SheetCellStyle } from "../plan";
import type { CustomerPredictions } from "./customerPredictions";
import type { PurchaseHistories } from "./purchaseHistories";
import { predictLabel } from "./predictLabels";

/**
 * One row per customer, most valuable first: the model's view (x, t_x, T, mean repeat value),
 * P(alive), the purchases expected over the horizon, the value of a purchase, the lifetime value,
 * rank and group, and the chance of answering a campaign when the file has past answers. Customers whose first purchase came after calibration have no forecast and come last.
 */
export function customerSheet(
  histories: PurchaseHistories,
  predictions: CustomerPredictions,
  responseProbability: Float64Array | null,
  lang: Lang,
): AddedSheet {
  const t = (key: Parameters<typeof predictLabel>[1]) => predictLabel(lang, key);
  const header: CellValue[] = [
    t("header.customer"),
    t("header.x"),
    t("header.tx"),
    t("header.T"),
    t("header.meanValue"),
    t("header.pAlive"),
    t("header.expectedPurchases"),
    t("header.expectedSpend"),
    t("header.clv"),
    t("header.rank"),
    t("header.group"),
  ];
  if (responseProbability) header.push(t("header.responseProbability"));
  if (histories.firstChannel) header.push(t("header.firstChannel"));
  const order = Array.from(histories.ids.keys());
  const rankOf = (i: number) => (predictions.rank[i]! > 0 ? predictions.rank[i]! : Number.MAX_SAFE_INTEGER);
  order.sort((i, j) => rankOf(i) - rankOf(j) || i - j);
  const rows: CellValue[][] = [header];
  const round = (v: number, digits: number) => (Number.isNaN(v) ? null : Math.round(v * 10 ** digits) / 10 ** digits);
  for (const i of order) {
    const row: CellValue[] = [
      histories.ids[i]!,
      round(predictions.x[i]!, 0),
      // Six decimals: =CRM.PALIVE(x; t_x; T) on these cells gives this row's figures to their last decimal.
      round(predictions.tx[i]!, 6),
      round(predictions.T[i]!, 6),
      round(predictions.meanValue[i]!, 4),
      round(predictions.pAlive[i]!, 4),
      round(predictions.expectedPurchases[i]!, 3),
      round(predictions.expectedSpend[i]!, 2),
      round(predictions.clv[i]!, 2),
      predictions.rank[i]! > 0 ? predictions.rank[i]! : null,
      predictions.group[i] ?? null,
    ];
    if (responseProbability) row.push(round(responseProbability[i]!, 4));
    if (histories.firstChannel) row.push(histories.firstChannel[i] ?? null);
    rows.push(row);
  }
  const cellStyles: SheetCellStyle[] = header.map((_, column) => ({ row: 0, column, bold: true }));
  return {
    key: "predict.customers",
    name: t("sheet.customers"),
    rows,
    cellStyles,
    columnWidths: [14, 12, 12, 12, 14, 14, 14, 14, 16, 8, 8, ...(responseProbability ? [14] : []), 18],
  };
}
