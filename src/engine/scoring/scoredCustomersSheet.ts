import type { CellValue } from "../table/cellValue";
import type { Lang } from "../i18n/lang";
import type { AddedSheet, SheetCellStyle } from "../plan";
import { DAY_MS, type Measures } from "./customerMeasure";
import { scoringLabel, type ScoringLabelKey } from "./i18n/scoringLabels";
import { segmentName } from "./i18n/segmentNames";
import type { PotentialClass } from "./potentialClass";
import type { CustomerScore } from "./rfmScores";

export interface ScoredCustomersInput {
  readonly measures: Measures;
  readonly scores: readonly (CustomerScore | null)[];
  /** The orders list has a category / channel column: each customer's main one gets a column. */
  readonly category: boolean;
  readonly channel: boolean;
  readonly lang: Lang;
}

/** Excel's day format per language: French Excel users read 31/12/2024. */
const DAY_FORMAT: Record<Lang, string> = { fr: "dd/mm/yyyy", en: "yyyy-mm-dd" };

/**
 * The « Clients notés » / "Scored customers" sheet of an orders list (issue 11): one row per
 * customer, not the scores repeated on each of a million order rows. Best score first, then the
 * biggest spender, so the top of the sheet is whom to call first; customers without a score
 * (an order without date or amount) come last with their figures, in the order of the list.
 */
export function scoredCustomersSheet(input: ScoredCustomersInput): AddedSheet {
  const extra = [...(input.category ? [20] : []), ...(input.channel ? [18] : []), ...(input.category || input.channel ? [14] : [])];
  const fields = {
    key: "score.customers",
    name: scoringLabel(input.lang, "sheet.customers"),
    columnWidths: [14, 13, 12, 11, 13, 5, 5, 5, 10, 10, 26, 8, ...extra],
  };
  // Made on first read, like the score columns (lazyValues.ts): a run writing only its report
  // never reads them, and 300,000 customers' rows cost seconds and 200 MB.
  let made: Pick<AddedSheet, "rows" | "cellStyles"> | undefined;
  const out = { ...fields };
  Object.defineProperty(out, "rows", { enumerable: true, get: () => (made ??= sheetCells(input)).rows });
  Object.defineProperty(out, "cellStyles", { enumerable: true, get: () => (made ??= sheetCells(input)).cellStyles });
  return out as typeof fields & Pick<AddedSheet, "rows" | "cellStyles">;
}

function sheetCells(input: ScoredCustomersInput): Pick<AddedSheet, "rows" | "cellStyles"> {
  const { measures, scores, lang } = input;
  const t = (key: ScoringLabelKey) => scoringLabel(lang, key);
  const header: CellValue[] = [
    t("header.customer"),
    t("header.lastPurchase"),
    t("header.recencyDays"),
    t("header.orders"),
    t("header.netTotal"),
    t("header.r"),
    t("header.f"),
    t("header.m"),
    t("header.code"),
    t("header.score"),
    t("header.segment"),
    t("header.group"),
  ];
  if (input.category) header.push(t("header.category"));
  if (input.channel) header.push(t("header.channel"));
  if (input.category || input.channel) header.push(t("header.potential"));
  const customers = measures.customers;
  const order = bestFirst(customers, scores);
  const reference = measures.referenceDay;
  const potential = new Map<PotentialClass, string>();
  const rows: CellValue[][] = [header];
  const cellStyles: SheetCellStyle[] = header.map((_, column) => ({ row: 0, column, bold: true }));
  for (const i of order) {
    const c = customers[i]!;
    const s = scores[i] ?? null;
    const last = reference === null || c.recency === null ? null : new Date((reference - c.recency) * DAY_MS);
    const row: CellValue[] = [
      c.id ?? "",
      last,
      c.recency,
      c.frequency,
      c.monetary === null ? null : Math.round(c.monetary * 100) / 100,
      s ? s.r : null,
      s ? s.f : null,
      s ? s.m : null,
      s ? s.code : null,
      s ? s.score : null,
      s ? segmentName(s.segment, lang) : null,
      s ? s.group : null,
    ];
    if (input.category) row.push(c.category);
    if (input.channel) row.push(c.channel);
    if (input.category || input.channel) row.push(s ? potentialName(potential, s.potential, lang) : null);
    // Only the day column needs a format: without one Excel shows a date as a serial number.
    if (last) cellStyles.push({ row: rows.length, column: 1, numberFormat: DAY_FORMAT[lang] });
    rows.push(row);
  }
  return { rows, cellStyles };
}

/** Scored customers by score, then net total (both descending), then id; the unscored after, as listed. */
function bestFirst(customers: Measures["customers"], scores: readonly (CustomerScore | null)[]): number[] {
  const scored: number[] = [];
  const unscored: number[] = [];
  for (let i = 0; i < customers.length; i++) (scores[i] ? scored : unscored).push(i);
  scored.sort((a, b) => {
    const byScore = scores[b]!.score - scores[a]!.score;
    if (byScore !== 0) return byScore;
    const byMoney = (customers[b]!.monetary ?? 0) - (customers[a]!.monetary ?? 0);
    if (byMoney !== 0) return byMoney;
    const [x, y] = [customers[a]!.id ?? "", customers[b]!.id ?? ""];
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  return scored.concat(unscored);
}

function potentialName(names: Map<PotentialClass, string>, potential: PotentialClass, lang: Lang): string {
  let name = names.get(potential);
  if (name === undefined) names.set(potential, (name = scoringLabel(lang, `potential.${potential}`)));
  return name;
}
