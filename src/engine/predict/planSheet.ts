import type { CellValue } from "../table/cellValue";
import type { Lang } from "../i18n/lang";
import type { AddedSheet, SheetCellStyle, SheetChart } from "../plan";
import type { CampaignPlan } from "./campaignPlan";
import type { ChannelRetention } from "./channelRetention";
import type { CustomerPredictions } from "./customerPredictions";
import type { HoldoutCheck } from "./holdoutCheck";
import { predictLabel, type PredictLabelKey } from "./predictLabels";
import type { ResolvedPredictOptions } from "./predictOptions";

const PERCENT = "0.0%";
const MONEY = "#,##0.00";
const DECIMAL = "0.00";
const TITLE_FILL = "D9E2F3";

export interface PlanSheetInput {
  readonly predictions: CustomerPredictions;
  readonly plan: CampaignPlan;
  readonly channels: readonly ChannelRetention[];
  readonly holdout: HoldoutCheck | null;
  readonly options: ResolvedPredictOptions;
  readonly lang: Lang;
}

/**
 * The "Plan de campagne" sheet: the fitted models, the A–D groups with what they should bring
 * and what contacting them costs, retention by first-order channel and, with a holdout, the
 * model against what happened. Two native charts: margin after advertising by group, and the
 * repeat purchases by period (actual and model), like figure 2 of Fader, Hardie & Lee.
 */
export function planSheet(input: PlanSheetInput): AddedSheet {
  const { predictions, plan, channels, holdout, options, lang } = input;
  const t = (key: PredictLabelKey, params?: Record<string, string | number>) => predictLabel(lang, key, params);
  const rows: CellValue[][] = [];
  const styles: SheetCellStyle[] = [];
  const charts: SheetChart[] = [];
  const percent = (v: number) => `${Math.round(v * 1000) / 10} %`;
  const round = (v: number, digits = 2) => (Number.isFinite(v) ? Math.round(v * 10 ** digits) / 10 ** digits : null);
  const heading = (text: string) => {
    styles.push({ row: rows.length, column: 0, bold: true });
    rows.push([text]);
  };
  const tableHeader = (cells: string[]) => {
    cells.forEach((_, column) => styles.push({ row: rows.length, column, bold: true, fill: TITLE_FILL }));
    rows.push(cells);
  };
  const formats = (list: readonly (string | null)[]) =>
    list.forEach((numberFormat, column) => numberFormat && styles.push({ row: rows.length, column, numberFormat }));

  heading(
    t("plan.title", {
      customers: predictions.fitted,
      horizon: options.horizon,
      unit: t(`unit.${options.unit}`),
      margin: percent(options.margin),
      discount: percent(options.discount),
      cost: options.costPerContact,
    }),
  );
  rows.push([]);
  heading(t("plan.models"));
  tableHeader([t("plan.model"), t("plan.parameters"), t("plan.logLikelihood")]);
  const { bgNbd, paretoNbd, gammaGamma, paretoSample } = predictions.models;
  const p4 = (v: number) => String(round(v, 4));
  rows.push(["BG/NBD", `r = ${p4(bgNbd.r)}, α = ${p4(bgNbd.alpha)}, a = ${p4(bgNbd.a)}, b = ${p4(bgNbd.b)}`, round(bgNbd.logLikelihood)]);
  if (paretoNbd) {
    const note = paretoSample < predictions.fitted ? ` (${t("plan.sampled", { n: paretoSample })})` : "";
    rows.push([
      "Pareto/NBD",
      `r = ${p4(paretoNbd.r)}, α = ${p4(paretoNbd.alpha)}, s = ${p4(paretoNbd.s)}, β = ${p4(paretoNbd.beta)}${note}`,
      round(paretoNbd.logLikelihood),
    ]);
  }
  if (gammaGamma) rows.push(["Gamma-Gamma", `p = ${p4(gammaGamma.p)}, q = ${p4(gammaGamma.q)}, v = ${p4(gammaGamma.v)}`, round(gammaGamma.logLikelihood)]);
  rows.push([]);

  heading(t("plan.groups"));
  tableHeader([
    t("plan.group"),
    t("plan.customers"),
    t("plan.expectedOrders"),
    t("plan.expectedRevenue"),
    t("plan.expectedMargin"),
    t("plan.averagePAlive"),
    t("plan.responseRate"),
    t("plan.breakEven"),
    t("plan.contactsPerYear"),
    t("plan.contactCost"),
    t("plan.marginAfterAdvertising"),
    t("plan.decision"),
  ]);
  const firstGroupRow = rows.length;
  for (const g of plan.groups) {
    formats([null, null, DECIMAL, MONEY, MONEY, PERCENT, PERCENT, PERCENT, null, MONEY, MONEY, null]);
    rows.push([
      g.group,
      g.customers,
      round(g.expectedOrders),
      round(g.expectedRevenue),
      round(g.expectedMargin),
      round(g.averagePAlive, 4),
      round(g.responseRate, 4),
      round(g.breakEvenResponseRate, 4),
      g.contactsPerYear,
      round(g.contactCost),
      round(g.marginAfterAdvertising),
      g.contact ? t("plan.contact") : t("plan.skip"),
    ]);
  }
  const lastGroupRow = rows.length - 1;
  formats([null, null, null, null, null, null, null, null, null, MONEY, MONEY]);
  rows.push([t("plan.total"), null, null, null, null, null, null, null, null, round(plan.totalContactCost), round(plan.totalMarginAfterAdvertising)]);
  rows.push([plan.groups.some((g) => g.responseFrom === "pastCampaigns") ? t("plan.responseFromPast") : t("plan.responseFromModel")]);
  if (plan.groups.length > 0)
    charts.push({
      kind: "column",
      title: t("plan.chartMargin"),
      firstRow: firstGroupRow,
      lastRow: lastGroupRow,
      categoryColumn: 0,
      valueColumns: [10],
      anchor: { row: 0, column: 13 },
    });
  rows.push([]);

  if (channels.length > 0) {
    heading(t("plan.channels"));
    tableHeader([t("plan.channel"), t("plan.customers"), t("plan.repeatRate"), t("plan.averagePAlive"), t("plan.expectedPerCustomer"), t("plan.averageClv")]);
    for (const c of channels) {
      formats([null, null, PERCENT, PERCENT, DECIMAL, MONEY]);
      rows.push([c.channel, c.customers, round(c.repeatRate, 4), round(c.averagePAlive, 4), round(c.expectedPurchases, 3), round(c.averageClv)]);
    }
    rows.push([]);
  }

  if (holdout) {
    const end = new Date(options.calibrationEnd ?? 0).toISOString().slice(0, 10);
    heading(t("plan.holdout", { length: round(holdout.length, 1) ?? 0, unit: t(`unit.${options.unit}`), end }));
    rows.push([t("plan.holdoutActual"), holdout.actualPurchases]);
    formats([null, DECIMAL]);
    rows.push([t("plan.holdoutPredicted"), round(holdout.predictedPurchases)]);
    tableHeader([t("plan.period"), t("plan.actual"), t("plan.expected")]);
    const first = rows.length;
    for (const period of holdout.periods) {
      formats(["yyyy-mm-dd", null, DECIMAL]);
      rows.push([new Date(period.end * 86_400_000), period.actual, round(period.expected)]);
    }
    charts.push({
      kind: "column",
      title: t("plan.chartHoldout"),
      firstRow: first,
      lastRow: rows.length - 1,
      categoryColumn: 0,
      valueColumns: [1, 2],
      anchor: { row: 20, column: 13 },
    });
  }
  return { key: "predict.plan", name: t("sheet.plan"), rows, cellStyles: styles, columnWidths: [34, 12, 16, 16, 18, 16, 14, 14, 12, 16, 18, 18], charts };
}
