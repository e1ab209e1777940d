import type { CellValue } from "../table/cellValue";
import { parseDate } from "../table/parseDate";

/** What the Score job knows of one customer before scoring, whatever the input kind. */
export interface CustomerMeasure {
  /** The customer id (orders list, or a customer file with an id column), else null. */
  readonly id: string | null;
  /** Index in Table.rows of the customer's first row (its row in a customer file). */
  readonly firstRow: number;
  /** Days from the last purchase to the reference day; null when unknown. */
  recency: number | null;
  /** Number of purchases (orders), or the purchases-per-year figure of a customer file. */
  frequency: number | null;
  /** Net total spent (orders: purchases minus returns), or the file's total / average basket. */
  monetary: number | null;
  /** What the customer brings in, for revenue shares and A/B/C/D groups (never below 0). */
  revenue: number;
  /** Average basket: monetary ÷ purchases, or the file's average basket. */
  basket: number | null;
  /** Days from the first purchase to the reference day, when known (potential class "new"). */
  firstSeen: number | null;
  category: string | null;
  channel: string | null;
}

/** A cell the job could not use, to flag (kind "incomplete" or "invalid"). */
export interface MeasureIssue {
  readonly row: number;
  readonly column: number;
  readonly kind: "incomplete" | "invalid";
  readonly reason: "noDate" | "noCustomer" | "noAmount" | "noMonetary" | "noFrequency" | "notADate" | "notANumber";
}

export interface Measures {
  readonly customers: CustomerMeasure[];
  /** Customer index of each Table row; −1 for a row that belongs to no customer. */
  readonly customerOfRow: Int32Array;
  readonly issues: MeasureIssue[];
  /** The reference day (days since 1970-01-01, UTC) recency was counted from, or null. */
  readonly referenceDay: number | null;
  /** Orders left out as cancelled, and return rows counted as money given back. */
  readonly cancelledRows: number;
  readonly returnRows: number;
}

export const DAY_MS = 86_400_000;

export function dayNumber(date: Date): number {
  return Math.round(date.getTime() / DAY_MS);
}

/**
 * The calendar day of a date cell, as parseDate reads it, without allocating a Date for the
 * cells that already are dates (a million order dates from an .xlsx).
 */
export function dayOfCell(cell: CellValue, dayFirst = true): number | null {
  if (cell instanceof Date) {
    const time = cell.getTime();
    return Number.isNaN(time) ? null : Math.floor(time / DAY_MS);
  }
  const date = parseDate(cell, { dayFirst });
  return date === null ? null : dayNumber(date);
}

export function newMeasure(id: string | null, firstRow: number): CustomerMeasure {
  return { id, firstRow, recency: null, frequency: null, monetary: null, revenue: 0, basket: null, firstSeen: null, category: null, channel: null };
}

/** The most frequent value, ties broken alphabetically so row order never matters. */
export function mainValue(counts: ReadonlyMap<string, number> | undefined): string | null {
  if (!counts) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && value < best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
