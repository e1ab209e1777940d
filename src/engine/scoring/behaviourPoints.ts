import { cellText, isEmptyCell } from "../table/cellValue";
import type { ColumnInfo } from "./columnInfo";
import { normalizeHeader } from "../table/normalizeHeader";
import { parseBoolean } from "../table/parseBoolean";
import { parseDate } from "../table/parseDate";
import { dayFirstOf } from "../table/dateOrder";
import { parseNumber } from "../table/parseNumber";
import type { Table } from "../table/table";
import { dayNumber } from "./customerMeasure";
import { tableColumn } from "../table/tableColumns";

/**
 * Behavioural points (lead scoring as taught in BTS NDRC): the user's grid gives points per
 * column, summed per row into a behavioural score, then hot / warm / cold. Also fits
 * qualitative grids ("consumer of what", "reacts to what", "buys how") with `values` rules.
 */
export interface PointsRule {
  /** The column: its header as typed ("Clics") or its role ("emailClicks"). */
  readonly column: string;
  /**
   * perUnit: points × the number in the cell (opens, clicks, page views);
   * yes: points when the cell says yes (oui, x, 1, vrai…);
   * values: points per value, case and accents ignored ({"Bio": 10, "Sport": 5});
   * filled: points when the cell holds anything.
   */
  readonly kind: "perUnit" | "yes" | "values" | "filled";
  readonly points?: number;
  readonly values?: Readonly<Record<string, number>>;
  /** At most this many points from this rule. */
  readonly cap?: number;
  /** Points halve every halfLifeDays of age of the event dated in dateColumn (header or role). */
  readonly decay?: { readonly dateColumn: string; readonly halfLifeDays: number };
  /**
   * The qualitative grid's part the rule counts in: C what the customer consumes, R what they
   * react to, M how they buy. Each part gets its own subtotal column.
   */
  readonly dimension?: GridDimension;
}

export const GRID_DIMENSIONS = ["C", "R", "M"] as const;
export type GridDimension = (typeof GRID_DIMENSIONS)[number];

export interface PointsGrid {
  readonly rules: readonly PointsRule[];
  /** A row with at least `hot` points is hot, at least `warm` warm, else cold. */
  readonly hot: number;
  readonly warm: number;
}

export type Heat = "hot" | "warm" | "cold";

export interface BehaviourResult {
  /** One per Table row, rounded to 0.1. */
  readonly points: number[];
  readonly heat: Heat[];
  /** Subtotals per part of a C/R/M grid, for the parts its rules name (rounded to 0.1). */
  readonly byDimension: Partial<Record<GridDimension, number[]>>;
}

/** The column a rule names, or −1: an exact header first, then a role. */
export function ruleColumn(name: string, columns: readonly ColumnInfo[]): number {
  const key = normalizeHeader(name);
  const byHeader = columns.find((c) => normalizeHeader(c.header) === key);
  if (byHeader) return byHeader.index;
  return columns.find((c) => c.role === name)?.index ?? -1;
}

/** The rules' column names that match no column of the table (to tell the user). */
export function unknownColumns(grid: PointsGrid, columns: readonly ColumnInfo[]): string[] {
  const names = grid.rules.flatMap((r) => [r.column, ...(r.decay ? [r.decay.dateColumn] : [])]);
  return names.filter((name) => ruleColumn(name, columns) < 0);
}

export function behaviourPoints(table: Table, columns: readonly ColumnInfo[], grid: PointsGrid, referenceDate?: Date): BehaviourResult {
  const totals = new Array<number>(table.rows.length).fill(0);
  const parts: Partial<Record<GridDimension, number[]>> = {};
  for (const rule of grid.rules) {
    const part = rule.dimension ? (parts[rule.dimension] ??= new Array<number>(table.rows.length).fill(0)) : null;
    const column = ruleColumn(rule.column, columns);
    if (column < 0) continue;
    const values = rule.values ? new Map(Object.entries(rule.values).map(([k, v]) => [normalizeHeader(k), v])) : null;
    const decay = rule.decay ? decayOf(table, ruleColumn(rule.decay.dateColumn, columns), rule.decay.halfLifeDays, referenceDate) : null;
    const cells = tableColumn(table, column);
    table.rows.forEach((_, i) => {
      const cell = cells.get(i);
      let points = 0;
      if (rule.kind === "perUnit") points = Math.max(0, parseNumber(cell) ?? 0) * (rule.points ?? 1);
      else if (rule.kind === "yes") points = parseBoolean(cell) === true ? (rule.points ?? 1) : 0;
      else if (rule.kind === "filled") points = isEmptyCell(cell) ? 0 : (rule.points ?? 1);
      else points = values?.get(normalizeHeader(cellText(cell))) ?? 0;
      if (rule.cap !== undefined) points = Math.min(points, rule.cap);
      if (decay) points *= decay(i);
      totals[i]! += points;
      if (part) part[i]! += points;
    });
  }
  const round = (p: number) => Math.round(p * 10) / 10;
  const points = totals.map(round);
  const byDimension: Partial<Record<GridDimension, number[]>> = {};
  for (const d of GRID_DIMENSIONS) if (parts[d]) byDimension[d] = parts[d].map(round);
  return { points, heat: points.map((p) => (p >= grid.hot ? "hot" : p >= grid.warm ? "warm" : "cold")), byDimension };
}

/** Factor 0.5^(age / half-life); an undated event keeps its points (nothing typed is ignored). */
function decayOf(table: Table, column: number, halfLifeDays: number, referenceDate?: Date): ((i: number) => number) | null {
  if (column < 0 || !(halfLifeDays > 0)) return null;
  const dayFirst = dayFirstOf(table, column);
  const cells = tableColumn(table, column);
  const days = table.rows.map((_, i) => {
    const date = parseDate(cells.get(i), { dayFirst });
    return date === null ? null : dayNumber(date);
  });
  const latest = days.reduce<number>((max, d) => (d !== null && d > max ? d : max), -Infinity);
  const reference = referenceDate ? dayNumber(referenceDate) : latest + 1;
  return (i) => {
    const day = days[i];
    if (day === null || day === undefined || !Number.isFinite(reference)) return 1;
    return 0.5 ** (Math.max(0, reference - day) / halfLifeDays);
  };
}

/** Reads a grid from JSON (the CLI's --points file); null when it is not a grid. */
export function parsePointsGrid(json: unknown): PointsGrid | null {
  if (typeof json !== "object" || json === null) return null;
  const { rules, hot, warm } = json as Record<string, unknown>;
  if (!Array.isArray(rules) || typeof hot !== "number" || typeof warm !== "number" || warm > hot) return null;
  const kinds = ["perUnit", "yes", "values", "filled"];
  const ok = rules.every(
    (r: unknown) =>
      typeof r === "object" &&
      r !== null &&
      typeof (r as PointsRule).column === "string" &&
      kinds.includes((r as PointsRule).kind) &&
      ((r as PointsRule).points === undefined || typeof (r as PointsRule).points === "number") &&
      ((r as PointsRule).cap === undefined || typeof (r as PointsRule).cap === "number") &&
      ((r as PointsRule).dimension === undefined || GRID_DIMENSIONS.includes((r as PointsRule).dimension!)),
  );
  return ok ? { rules: rules as PointsRule[], hot, warm } : null;
}
