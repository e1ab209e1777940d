import type { CellValue } from "../table/cellValue";
import { defineMessages } from "../i18n/defineMessages";
import type { Lang } from "../i18n/lang";
import type { AddedSheet, SheetCellStyle } from "../plan";
import type { ChannelSurvival } from "./channelSurvival";
import { formatNumber } from "../i18n/localeFormat";

const FR = {
  sheet: "Durée de vie par canal",
  title: "Combien de temps les clients continuent d'acheter, selon le canal de leur 1re commande (perdu après {gap} {unit} sans achat)",
  channel: "Canal du 1er achat",
  customers: "Clients",
  lost: "Perdus",
  censored: "Encore actifs en fin de données",
  median: "Durée de vie médiane ({unit})",
  beyond: "au-delà des données",
  logRank: "Test du log-rank : χ² = {chi} ({df} ddl), p = {p} — sous 0,05, les canaux ne gardent pas leurs clients aussi longtemps",
  time: "Temps ({unit})",
  curve: "Part encore cliente (Kaplan–Meier)",
  chart: "Clients encore actifs selon le canal du 1er achat",
  all: "Tous",
};
const EN: Record<keyof typeof FR, string> = {
  sheet: "Lifetime by channel",
  title: "How long customers keep buying, by the channel of their first order (lost after {gap} {unit} without a purchase)",
  channel: "First order channel",
  customers: "Customers",
  lost: "Lost",
  censored: "Still active at the end of the data",
  median: "Median lifetime ({unit})",
  beyond: "beyond the data",
  logRank: "Log-rank test: χ² = {chi} ({df} df), p = {p} — below 0.05, the channels do not keep customers equally long",
  time: "Time ({unit})",
  curve: "Share still a customer (Kaplan–Meier)",
  chart: "Customers still active by first order channel",
  all: "All",
};
export const survivalLabel = defineMessages(FR, EN);

const TITLE_FILL = "D9E2F3";

/** The "Durée de vie par canal" sheet: per channel the median lifetime, the log-rank test, then the curves (a native line chart). */
export function survivalSheet(survival: ChannelSurvival, unit: string, lang: Lang): AddedSheet {
  const t = (key: keyof typeof FR, params?: Record<string, string | number>) => survivalLabel(lang, key, params);
  const number = (v: number, digits: number) => formatNumber(lang, v, { maxDecimals: digits });
  const rows: CellValue[][] = [];
  const styles: SheetCellStyle[] = [];
  const header = (cells: string[]) => {
    cells.forEach((_, column) => styles.push({ row: rows.length, column, bold: true, fill: TITLE_FILL }));
    rows.push(cells);
  };
  styles.push({ row: 0, column: 0, bold: true });
  rows.push([t("title", { gap: survival.lostAfter, unit })], []);
  header([t("channel"), t("customers"), t("lost"), t("censored"), t("median", { unit })]);
  for (const c of survival.channels) rows.push([c.channel, c.customers, c.lost, c.censored, c.medianLifetime ?? t("beyond")]);
  if (survival.logRank)
    rows.push([
      t("logRank", {
        chi: number(survival.logRank.chiSquare, 2),
        df: survival.logRank.degreesOfFreedom,
        p: survival.logRank.pValue < 0.0001 ? `< ${number(0.0001, 4)}` : number(survival.logRank.pValue, 4),
      }),
    ]);
  rows.push([], [t("curve")]);
  styles.push({ row: rows.length - 1, column: 0, bold: true });
  header([t("time", { unit }), ...survival.channels.map((c) => c.channel)]);
  const first = rows.length;
  for (const point of survival.curve) {
    point.survival.forEach((_, index) => styles.push({ row: rows.length, column: index + 1, numberFormat: "0.0%" }));
    rows.push([Math.round(point.time * 100) / 100, ...point.survival.map((s) => Math.round(s * 10_000) / 10_000)]);
  }
  const charts =
    survival.curve.length > 1
      ? [
          {
            kind: "line" as const,
            title: t("chart"),
            firstRow: first,
            lastRow: rows.length - 1,
            categoryColumn: 0,
            valueColumns: survival.channels.map((_, i) => i + 1),
            anchor: { row: 0, column: 7 },
          },
        ]
      : [];
  return { key: "predict.survival", name: t("sheet"), rows, cellStyles: styles, columnWidths: [30, 12, 12, 16, 16, 14, 14], charts };
}
