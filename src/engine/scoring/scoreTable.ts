import type { CellValue } from "../table/cellValue";
import type { Table } from "../table/table";
import type { Lang } from "../i18n/lang";
import { emptyPlan, type AddedColumn, type CellFlag, type Plan } from "../plan";
import type { ReportHeat, ReportScore } from "../report";
import type { ColumnInfo } from "./columnInfo";
import { DAY_MS, type Measures } from "./customerMeasure";
import { customerRowMeasures } from "./customerRowMeasures";
import { orderMeasures } from "./orderMeasures";
import { behaviourPoints, GRID_DIMENSIONS, unknownColumns } from "./behaviourPoints";
import { scoringLabel, type ScoringLabelKey } from "./i18n/scoringLabels";
import { segmentName } from "./i18n/segmentNames";
import { rfmScores, type CustomerScore } from "./rfmScores";
import { classCount, optionsProblem, type ScoreOptions } from "./scoreOptions";
import { ScoringError } from "./scoringError";
import { findScoringInput, missingInputs } from "./scoringInput";
import { summarySheet } from "./summarySheet";
import { scoredCustomersSheet } from "./scoredCustomersSheet";
import { POTENTIAL_CLASSES } from "./potentialClass";
import { formatDay } from "../i18n/localeFormat";
import { withLazyValues } from "./lazyValues";

export interface ScoreResult {
  readonly plan: Plan;
  readonly measures: Measures;
  readonly scores: readonly (CustomerScore | null)[];
}

/**
 * The Score job (DESIGN.md §4): R, F, M, code, score, segment and group columns after the
 * last column, a summary sheet, flags on the cells that kept a customer from being scored,
 * and the report's `scores`. Pure: Table and detected columns in, Plan out.
 */
export function scoreTable(table: Table, columns: readonly ColumnInfo[], options: ScoreOptions, lang: Lang): ScoreResult {
  const problem = optionsProblem(options);
  if (problem) throw new ScoringError(problem);
  const input = findScoringInput(columns);
  const missing = missingInputs(input);
  if (missing.length > 0) throw new ScoringError("missingColumns", { sheet: table.sheet, missing: missing.join(",") });
  if (options.points) {
    const unknown = unknownColumns(options.points, columns);
    if (unknown.length > 0) throw new ScoringError("badPoints", { reason: unknown.map((n) => `« ${n} » ?`).join(", ") });
  }
  const measures = input.kind === "orders" ? orderMeasures(table, input, options.referenceDate) : customerRowMeasures(table, input, options.referenceDate);
  const scores = rfmScores(measures.customers, options);
  const classes = classCount(options);
  const t = (key: ScoringLabelKey) => scoringLabel(lang, key);

  // Each added column: one value per customer, then copied to that customer's rows
  // (packed arrays built by push: a million rows per column stay cheap).
  const perRow = (pick: (score: CustomerScore, customer: number) => CellValue): CellValue[] => {
    const ofCustomer = scores.map((score, customer) => (score ? pick(score, customer) : null));
    // A customer file has one row per customer, in order: the list is the column.
    if (input.kind === "customers") return ofCustomer;
    const values: CellValue[] = [];
    const customerOfRow = measures.customerOfRow;
    for (let i = 0; i < customerOfRow.length; i++) {
      const customer = customerOfRow[i]!;
      values.push(customer < 0 ? null : ofCustomer[customer]!);
    }
    return values;
  };
  const column = (key: string, header: ScoringLabelKey, values: CellValue[] | (() => CellValue[]), numberFormat?: string): AddedColumn => {
    const fields = { key: `score.${key}`, header: t(header), after: null, ...(numberFormat ? { numberFormat } : {}) };
    return typeof values === "function" ? withLazyValues(fields, values) : { ...fields, values };
  };
  // An orders list: the scores go to one row per customer in their own sheet, and onto the
  // order rows only when asked (a million order rows would repeat 338,000 customers' scores).
  const scoresOnRows = input.kind === "customers" || options.onOrders === true;
  const scoreColumns = (): AddedColumn[] => {
    const columns = [
      column("r", "header.r", () => perRow((s) => s.r), "0"),
      column("f", "header.f", () => perRow((s) => s.f), "0"),
      column("m", "header.m", () => perRow((s) => s.m), "0"),
      column("code", "header.code", () => perRow((s) => s.code)),
      column("score", "header.score", () => perRow((s) => s.score)),
      column("segment", "header.segment", () => perRow((s) => segmentName(s.segment, lang))),
      column("group", "header.group", () => perRow((s) => s.group)),
    ];
    if (input.category !== null || input.channel !== null) {
      const customers = measures.customers;
      if (input.category !== null) columns.push(column("category", "header.category", () => perRow((_, c) => customers[c]!.category)));
      if (input.channel !== null) columns.push(column("channel", "header.channel", () => perRow((_, c) => customers[c]!.channel)));
      const potentialLabel = new Map(POTENTIAL_CLASSES.map((p) => [p, t(`potential.${p}`)]));
      columns.push(column("potential", "header.potential", () => perRow((s) => potentialLabel.get(s.potential)!)));
    }
    return columns;
  };
  const added: AddedColumn[] = scoresOnRows ? scoreColumns() : [];
  let heat: ReportHeat | undefined;
  if (options.points) {
    const behaviour = behaviourPoints(table, columns, options.points, options.referenceDate);
    const counts = { hot: 0, warm: 0, cold: 0 };
    for (const grade of behaviour.heat) counts[grade]++;
    heat = counts;
    added.push(column("points", "header.points", behaviour.points, "0.0"));
    const heatLabel = { hot: t("heat.hot"), warm: t("heat.warm"), cold: t("heat.cold") };
    added.push(
      column(
        "heat",
        "header.heat",
        behaviour.heat.map((h) => heatLabel[h]),
      ),
    );
    for (const d of GRID_DIMENSIONS) {
      const part = behaviour.byDimension[d];
      if (part) added.push(column(`points.${d}`, `header.points${d}`, part, "0.0"));
    }
  }

  const flags: CellFlag[] = measures.issues.map((issue) => ({
    row: issue.row,
    column: { source: issue.column },
    kind: issue.kind,
    message: t(`note.${issue.reason}`),
  }));
  const reference = measures.referenceDay === null ? t("summary.none") : showDay(measures.referenceDay, lang);
  const plan: Plan = {
    ...emptyPlan("score", table),
    addedColumns: added,
    flags,
    addedSheets: [
      ...(input.kind === "orders"
        ? [scoredCustomersSheet({ measures, scores, category: input.category !== null, channel: input.channel !== null, lang })]
        : []),
      summarySheet({ customers: measures.customers, scores, classes, reference, lang }),
    ],
    extras: { scores: reportScores(table, measures, scores, input.kind), ...(heat ? { heat } : {}) },
  };
  return { plan, measures, scores };
}

function reportScores(table: Table, measures: Measures, scores: readonly (CustomerScore | null)[], kind: "orders" | "customers"): ReportScore[] {
  const entries: ReportScore[] = [];
  const customers = measures.customers;
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]!;
    const s = scores[i] ?? null;
    const monetary = c.monetary === null ? null : Math.round(c.monetary * 100) / 100;
    // Object literals of one shape (no spread): 200,000 entries for a million orders.
    const entry: ReportScore =
      kind === "orders"
        ? {
            customer: c.id ?? "",
            recency: c.recency,
            frequency: c.frequency,
            monetary,
            r: s ? s.r : null,
            f: s ? s.f : null,
            m: s ? s.m : null,
            code: s ? s.code : null,
            score: s ? s.score : null,
            segment: s ? s.segment : null,
            group: s ? s.group : null,
          }
        : c.id
          ? {
              row: table.rows[c.firstRow]!.rowNumber,
              customer: c.id,
              recency: c.recency,
              frequency: c.frequency,
              monetary,
              r: s ? s.r : null,
              f: s ? s.f : null,
              m: s ? s.m : null,
              code: s ? s.code : null,
              score: s ? s.score : null,
              segment: s ? s.segment : null,
              group: s ? s.group : null,
            }
          : {
              row: table.rows[c.firstRow]!.rowNumber,
              recency: c.recency,
              frequency: c.frequency,
              monetary,
              r: s ? s.r : null,
              f: s ? s.f : null,
              m: s ? s.m : null,
              code: s ? s.code : null,
              score: s ? s.score : null,
              segment: s ? s.segment : null,
              group: s ? s.group : null,
            };
    entries.push(entry);
  }
  return entries;
}

function showDay(day: number, lang: Lang): string {
  return formatDay(lang, new Date(day * DAY_MS));
}
