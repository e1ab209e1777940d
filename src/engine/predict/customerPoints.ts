import type { CellValue } from "../table/cellValue";
import { normalizeHeader } from "../table/normalizeHeader";
import type { Table } from "../table/table";
import { behaviourPoints, ruleColumn, type PointsGrid } from "../scoring/behaviourPoints";
import type { ColumnInfo } from "../scoring/columnInfo";
import { scoringLabel } from "../scoring/i18n/scoringLabels";

/**
 * Behavioural points as a predictor of campaign answers: the Score job's grid (the user's, or
 * the "Points comportement" column an earlier Score run wrote), evaluated on each customer's
 * latest order row of the calibration period, as customer attributes (opens, clicks, consent…)
 * stand on every order row and the latest is the current one. Decay counts from the day after
 * the end of calibration, whatever path the orders came by (Table or streamed CSV).
 */
export interface PointsInput {
  readonly grid: PointsGrid;
  readonly columns: readonly ColumnInfo[];
  /** The columns the grid reads: the only cells kept per customer. */
  readonly read: readonly number[];
}

/** The points the job uses: the given grid, else a column of points a Score run wrote (both languages), else none. */
export function pointsInput(grid: PointsGrid | undefined, columns: readonly ColumnInfo[]): PointsInput | null {
  if (grid) {
    const read = grid.rules.flatMap((rule) => [ruleColumn(rule.column, columns), ...(rule.decay ? [ruleColumn(rule.decay.dateColumn, columns)] : [])]);
    return { grid, columns, read: [...new Set(read.filter((c) => c >= 0))] };
  }
  const names = new Set((["fr", "en"] as const).map((lang) => normalizeHeader(scoringLabel(lang, "header.points"))));
  const column = columns.find((c) => names.has(normalizeHeader(c.header)));
  if (!column) return null;
  return { grid: { rules: [{ column: column.header, kind: "perUnit", points: 1 }], hot: Infinity, warm: Infinity }, columns, read: [column.index] };
}

/** Per customer, the grid's points on their kept row; NaN for a customer without one. */
export function customerPoints(points: PointsInput, rows: readonly (readonly CellValue[] | null)[], calibrationEnd: number): Float64Array {
  const customers: number[] = [];
  const table: Table = {
    sheet: "",
    headerRow: 1,
    headers: points.columns.map((c) => c.header),
    rows: rows.flatMap((cells, i) => (cells ? (customers.push(i), [{ rowNumber: i + 2, cells }]) : [])),
  };
  const result = new Float64Array(rows.length).fill(Number.NaN);
  const scored = behaviourPoints(table, points.columns, points.grid, new Date((calibrationEnd + 1) * 86_400_000));
  customers.forEach((i, k) => (result[i] = scored.points[k]!));
  return result;
}
