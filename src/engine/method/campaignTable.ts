import type { AddedSheet, Plan, SheetCellStyle } from "../plan";
import { emptyPlan } from "../plan";
import type { Table } from "../table/table";
import { cellText, isEmptyCell, type CellValue } from "../table/cellValue";
import { parseBoolean } from "../table/parseBoolean";
import { parseNumber } from "../table/parseNumber";
import type { Lang } from "../i18n/lang";
import { MissingColumnError } from "../missingColumnError";
import { CAMPAIGN_MEASURES, campaignColumns, type CampaignMeasure } from "./campaignColumns";
import { campaignRates, type CampaignLine, type CampaignRates } from "./campaignFigures";
import { campaignText } from "./campaignMessages";
import type { ReportCampaign } from "./campaignReport";

export interface CampaignOptions {
  readonly lang: Lang;
  /** Cost of one piece sent (print and postage, or the e-mail platform), when the table has no cost column. */
  readonly unitCost?: number;
}

const RATE_KEYS: readonly (keyof CampaignRates)[] = [
  "deliveryRate",
  "undeliverableRate",
  "bounceRate",
  "openRate",
  "clickRate",
  "clickToOpenRate",
  "orderRate",
  "averageBasket",
  "costPerOrder",
  "returnOnCost",
];
const MONEY: ReadonlySet<keyof CampaignRates> = new Set(["averageBasket", "costPerOrder"]);

/**
 * Campaign follow-up: a results table (per segment or per customer: sent, delivered, PND/NPAI,
 * bounces, opens, clicks, orders, revenue, cost) becomes rates, cost per order and return on
 * the campaign, per segment and in total, on a dashboard sheet with native charts for the sales
 * team. Per customer, a "oui"/"x" counts 1; a row without a "sent" column counts as one piece sent.
 */
export function campaignTable(table: Table, options: CampaignOptions): { plan: Plan; campaign: ReportCampaign } {
  const { lang } = options;
  const where = campaignColumns(table.headers);
  const measured = CAMPAIGN_MEASURES.filter((m) => where[m] !== undefined);
  if (measured.length === 0 || (measured.length === 1 && measured[0] === "cost")) {
    throw new MissingColumnError("campaign.noColumns", {
      fr: `Aucune colonne de résultats dans « ${table.sheet} » : il faut au moins Envoyés, Ouvertures, Clics, Commandes ou CA (colonnes : ${table.headers.join(", ")}).`,
      en: `No results column in "${table.sheet}": at least Sent, Opens, Clicks, Orders or Revenue is needed (columns: ${table.headers.join(", ")}).`,
    });
  }
  const groups = new Map<string, Record<CampaignMeasure, number | null>>();
  const empty = (): Record<CampaignMeasure, number | null> =>
    Object.fromEntries(CAMPAIGN_MEASURES.map((m) => [m, null])) as Record<CampaignMeasure, number | null>;
  const total = empty();
  const add = (into: Record<CampaignMeasure, number | null>, measure: CampaignMeasure, value: number) => (into[measure] = (into[measure] ?? 0) + value);
  for (const row of table.rows) {
    const label = where.label === undefined ? campaignText(lang, "total") : cellText(row.cells[where.label] ?? null).trim() || campaignText(lang, "none");
    const line = groups.get(label) ?? empty();
    groups.set(label, line);
    for (const measure of CAMPAIGN_MEASURES) {
      const index = where[measure];
      if (index === undefined) continue;
      const value = countOf(row.cells[index] ?? null);
      if (value === null) continue;
      add(line, measure, value);
      add(total, measure, value);
    }
    if (where.sent === undefined) {
      add(line, "sent", 1);
      add(total, "sent", 1);
    }
  }
  if (where.cost === undefined && options.unitCost !== undefined) {
    for (const line of [...groups.values(), total]) line.cost = (line.sent ?? 0) * options.unitCost;
  }
  const lineOf = (label: string, counts: Record<CampaignMeasure, number | null>): CampaignLine => ({ label, counts, figures: campaignRates(counts) });
  const lines = [...groups].map(([label, counts]) => lineOf(label, counts));
  const campaign: ReportCampaign = {
    columns: Object.fromEntries(Object.entries(where).map(([measure, index]) => [measure, table.headers[index] ?? ""])),
    lines: where.label === undefined ? [] : lines,
    total: lineOf(campaignText(lang, "total"), total),
  };
  return { plan: { ...emptyPlan("campaign", table), addedSheets: [dashboard(table, campaign, lang)], extras: { campaign } }, campaign };
}

/** A count from a results cell: a number, or 1 / 0 for oui / non (per customer). */
function countOf(cell: CellValue): number | null {
  if (isEmptyCell(cell)) return null;
  const number = parseNumber(cell);
  if (number !== null) return number;
  const yes = parseBoolean(cell);
  return yes === null ? null : yes ? 1 : 0;
}

function dashboard(table: Table, campaign: ReportCampaign, lang: Lang): AddedSheet {
  const t = (key: Parameters<typeof campaignText>[1]) => campaignText(lang, key);
  const counts = CAMPAIGN_MEASURES.filter((m) => campaign.total.counts[m] !== null);
  const header = [t("label"), ...counts.map((m) => t(m)), ...RATE_KEYS.map((k) => t(k))];
  const lines = [...campaign.lines, campaign.total];
  const rows: CellValue[][] = [[campaignText(lang, "title", { sheet: table.sheet, rows: table.rows.length })], [], header];
  const styles: SheetCellStyle[] = [{ row: 0, column: 0, bold: true }, ...header.map((_, column) => ({ row: 2, column, bold: true }))];
  for (const line of lines) {
    const row = rows.length;
    rows.push([line.label, ...counts.map((m) => line.counts[m]), ...RATE_KEYS.map((k) => line.figures[k])]);
    RATE_KEYS.forEach((key, i) => styles.push({ row, column: 1 + counts.length + i, numberFormat: MONEY.has(key) ? "#,##0.00" : "0.0%" }));
    if (line === campaign.total) for (let column = 0; column < header.length; column++) styles.push({ row, column, bold: true });
  }
  const first = 3;
  const last = first + lines.length - 1;
  const rateColumn = (key: keyof CampaignRates) => 1 + counts.length + RATE_KEYS.indexOf(key);
  const moneyColumns = (["revenue", "cost"] as const).filter((m) => counts.includes(m)).map((m) => 1 + counts.indexOf(m));
  return {
    key: "campaign.dashboard",
    name: t("sheet"),
    rows,
    cellStyles: styles,
    columnWidths: [24, ...counts.map(() => 12), ...RATE_KEYS.map(() => 16)],
    charts: [
      {
        kind: "column",
        title: t("ratesChart"),
        firstRow: first,
        lastRow: last,
        categoryColumn: 0,
        valueColumns: [rateColumn("openRate"), rateColumn("clickRate"), rateColumn("orderRate")],
        anchor: { row: last + 2, column: 0 },
      },
      ...(moneyColumns.length > 0
        ? [
            {
              kind: "bar" as const,
              title: t("moneyChart"),
              firstRow: first,
              lastRow: last,
              categoryColumn: 0,
              valueColumns: moneyColumns,
              anchor: { row: last + 2, column: 8 },
            },
          ]
        : []),
    ],
  };
}
