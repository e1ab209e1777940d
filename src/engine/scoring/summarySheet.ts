import type { CellValue } from "../table/cellValue";
import type { Lang } from "../i18n/lang";
import type { AddedSheet, SheetCellStyle } from "../plan";
import type { CustomerMeasure } from "./customerMeasure";
import { HEAT_RAMP, TITLE_FILL } from "./data/heatColours";
import { SEGMENT_KEYS } from "./data/segmentGrid";
import { scoringLabel } from "./i18n/scoringLabels";
import { segmentName } from "./i18n/segmentNames";
import type { CustomerScore } from "./rfmScores";
import { VALUE_GROUPS } from "./valueGroups";

const PERCENT = "0.0%";
const ONE_DECIMAL = "0.0";
const MONEY = "#,##0.00";

export interface SummaryInput {
  readonly customers: readonly CustomerMeasure[];
  readonly scores: readonly (CustomerScore | null)[];
  readonly classes: number;
  /** The reference day as shown to the user, or "—" when recency came as days. */
  readonly reference: string;
  readonly lang: Lang;
}

/**
 * The "Synthèse RFM" / "RFM summary" sheet: segments (count, shares, averages), the A/B/C/D
 * groups, and the R × F grid of counts shaded as a heat map; plus a bar chart of the segment
 * sizes described for hosts that can draw one.
 */
export function summarySheet(input: SummaryInput): AddedSheet {
  const { customers, scores, lang } = input;
  const t = (key: Parameters<typeof scoringLabel>[1], params?: Record<string, string | number>) => scoringLabel(lang, key, params);
  const rows: CellValue[][] = [];
  const styles: SheetCellStyle[] = [];
  // One pass over the customers: sums per segment and per group (a million rows stay cheap).
  const bySegment = new Map<string, Totals>(SEGMENT_KEYS.map((k) => [k, newTotals()]));
  const byGroup = new Map<string, Totals>(VALUE_GROUPS.map((g) => [g, newTotals()]));
  const k = input.classes;
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let scoredCount = 0;
  let totalRevenue = 0;
  for (let i = 0; i < customers.length; i++) {
    const s = scores[i];
    if (!s) continue;
    const c = customers[i]!;
    scoredCount++;
    totalRevenue += c.revenue;
    add(bySegment.get(s.segment)!, c);
    add(byGroup.get(s.group)!, c);
    counts[s.r - 1]![s.f - 1]!++;
  }
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  const mean = (sum: number, count: number) => (count === 0 ? null : Math.round((sum / count) * 100) / 100);
  const bold = (row: number, from: number, to: number) => {
    for (let column = from; column <= to; column++) styles.push({ row, column, bold: true, fill: TITLE_FILL });
  };
  const formats = (row: number, list: readonly (string | null)[]) =>
    list.forEach((numberFormat, column) => numberFormat && styles.push({ row, column, numberFormat }));

  rows.push([t("summary.title", { customers: scoredCount, total: customers.length, reference: input.reference })]);
  styles.push({ row: 0, column: 0, bold: true });
  rows.push([]);
  const segmentHeader = rows.length;
  rows.push([
    t("summary.segment"),
    t("summary.customers"),
    t("summary.customerShare"),
    t("summary.revenueShare"),
    t("summary.recency"),
    t("summary.frequency"),
    t("summary.basket"),
  ]);
  bold(segmentHeader, 0, 6);
  for (const key of SEGMENT_KEYS) {
    const x = bySegment.get(key)!;
    formats(rows.length, [null, null, PERCENT, PERCENT, ONE_DECIMAL, ONE_DECIMAL, MONEY]);
    rows.push([
      segmentName(key, lang),
      x.count,
      share(x.count, scoredCount),
      share(x.revenue, totalRevenue),
      mean(x.recency, x.count),
      mean(x.frequency, x.count),
      mean(x.basket, x.baskets),
    ]);
  }
  const lastSegmentRow = rows.length - 1;
  rows.push([t("summary.unscored"), customers.length - scoredCount]);
  rows.push([t("summary.total"), customers.length]);
  bold(rows.length - 1, 0, 1);
  rows.push([]);

  rows.push([t("summary.groups")]);
  styles.push({ row: rows.length - 1, column: 0, bold: true });
  bold(rows.length, 0, 4);
  rows.push([t("summary.group"), t("summary.customers"), t("summary.customerShare"), t("summary.revenueShare"), t("summary.basket")]);
  for (const group of VALUE_GROUPS) {
    const x = byGroup.get(group)!;
    formats(rows.length, [null, null, PERCENT, PERCENT, MONEY]);
    rows.push([group, x.count, share(x.count, scoredCount), share(x.revenue, totalRevenue), mean(x.basket, x.baskets)]);
  }
  rows.push([]);

  rows.push([t("summary.grid")]);
  styles.push({ row: rows.length - 1, column: 0, bold: true });
  const max = Math.max(1, ...counts.flat());
  bold(rows.length, 0, k);
  rows.push(["R \\ F", ...Array.from({ length: k }, (_, f) => f + 1)]);
  for (let r = k; r >= 1; r--) {
    const row = rows.length;
    rows.push([r, ...counts[r - 1]!]);
    styles.push({ row, column: 0, bold: true, fill: TITLE_FILL });
    counts[r - 1]!.forEach((count, f) => {
      const level = count === 0 ? 0 : 1 + Math.floor(((HEAT_RAMP.length - 2) * count) / max);
      styles.push({ row, column: f + 1, fill: HEAT_RAMP[Math.min(level, HEAT_RAMP.length - 1)]! });
    });
  }

  return {
    key: "score.summary",
    name: t("sheet.summary"),
    rows,
    cellStyles: styles,
    columnWidths: [30, 12, 16, 16, 22, 18, 14],
    charts: [
      {
        kind: "bar",
        title: t("summary.customers"),
        firstRow: segmentHeader + 1,
        lastRow: lastSegmentRow,
        categoryColumn: 0,
        valueColumns: [1],
        anchor: { row: segmentHeader, column: 8 },
      },
    ],
  };
}

interface Totals {
  count: number;
  revenue: number;
  recency: number;
  frequency: number;
  basket: number;
  baskets: number;
}

function newTotals(): Totals {
  return { count: 0, revenue: 0, recency: 0, frequency: 0, basket: 0, baskets: 0 };
}

/** Scored customers always have recency and frequency; a basket may be unknown (no purchase count). */
function add(totals: Totals, c: CustomerMeasure): void {
  totals.count++;
  totals.revenue += c.revenue;
  totals.recency += c.recency ?? 0;
  totals.frequency += c.frequency ?? 0;
  if (c.basket !== null) {
    totals.basket += c.basket;
    totals.baskets++;
  }
}
