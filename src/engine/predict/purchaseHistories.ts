import { cellText, isEmptyCell, type CellValue } from "../table/cellValue";
import { parseBoolean } from "../table/parseBoolean";
import { parseNumber } from "../table/parseNumber";
import type { Table } from "../table/table";
import { dayOfCell, type MeasureIssue } from "../scoring/customerMeasure";
import { orderStatus, type OrderStatus } from "../scoring/orderStatus";
import type { OrdersInput } from "../scoring/scoringInput";

/**
 * An orders list read for the purchase-count models: per customer, the days they bought on
 * (several orders on one day count once, as in the published BG/NBD work), the first day, the
 * last day up to the end of calibration, the money spent on repeat days, and after calibration
 * (the holdout) the days bought on. Same rules as the Score job for the rest: cancelled orders
 * are left out, returns (negative amounts) are not purchases, rows without customer or date are
 * flagged and skipped. One pass over the rows, then one numeric sort of (customer, day) keys.
 */
export interface PurchaseHistories {
  readonly ids: readonly string[];
  /** Index in Table.rows of each customer's first row. */
  readonly firstRows: Int32Array;
  /** Customer of each Table row, −1 for none. */
  readonly customerOfRow: Int32Array;
  /** Days since 1970-01-01 (UTC). */
  readonly firstDay: Float64Array;
  /** Last purchase day up to the end of calibration. */
  readonly lastDay: Float64Array;
  /** Distinct purchase days after the first one, up to the end of calibration. */
  readonly repeatDays: Float64Array;
  /** Money spent on the repeat days (calibration), and in all of calibration. */
  readonly repeatValue: Float64Array;
  readonly calibrationValue: Float64Array;
  /** Distinct purchase days after the end of calibration (the holdout), and their money. */
  readonly holdoutDays: Float64Array;
  readonly holdoutValue: Float64Array;
  /** Channel of the first order, when the file has a channel column. */
  readonly firstChannel: readonly (string | null)[] | null;
  /** Whether the customer answered a past campaign (null: no answer column, or no answer). */
  readonly responded: readonly (boolean | null)[] | null;
  /** Repeat purchases (distinct customer-days) of calibration customers on each day from `firstDataDay`: the holdout chart. */
  readonly repeatsOnDay: Float64Array;
  readonly firstDataDay: number;
  readonly calibrationEnd: number;
  /** The last day of the data (= calibrationEnd when there is no holdout). */
  readonly dataEnd: number;
  readonly issues: MeasureIssue[];
}

export interface HistoryInput extends OrdersInput {
  readonly responded: number | null;
}

const DAY_BITS = 2 ** 22; // days after the first one fit in 22 bits (11,000 years)

export function purchaseHistories(table: Table, input: HistoryInput, calibrationEndDay: number | null): PurchaseHistories {
  const rows = table.rows;
  const customerOfRow = new Int32Array(rows.length).fill(-1);
  const dayOfRow = new Float64Array(rows.length).fill(Number.NaN);
  const amountOfRow = new Float64Array(rows.length);
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const firstRowList: number[] = [];
  const issues: MeasureIssue[] = [];
  const statusCache = new Map<string, OrderStatus>();
  // A million orders fall on a few thousand days: parse each date text once.
  const dayCache = new Map<string, number | null>();
  let minDay = Infinity;
  let maxDay = -Infinity;
  let purchaseRows = 0;
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i]!.cells;
    const rowNumber = rows[i]!.rowNumber;
    const idCell = cells[input.customer] ?? null;
    if (isEmptyCell(idCell)) {
      if (!cells.every((c) => isEmptyCell(c))) issues.push({ row: rowNumber, column: input.customer, kind: "incomplete", reason: "noCustomer" });
      continue;
    }
    const id = cellText(idCell).trim();
    let index = indexOf.get(id);
    if (index === undefined) {
      index = ids.length;
      indexOf.set(id, index);
      ids.push(id);
      firstRowList.push(i);
    }
    customerOfRow[i] = index;
    const status = input.status === null ? "ok" : statusOf(cells[input.status] ?? null, statusCache);
    if (status === "cancelled") continue;
    const amountCell = input.amount === null ? null : (cells[input.amount] ?? null);
    const amount = amountCell === null ? null : parseNumber(amountCell);
    if (amount === null && input.amount !== null) {
      const empty = isEmptyCell(amountCell);
      issues.push({ row: rowNumber, column: input.amount, kind: empty ? "incomplete" : "invalid", reason: empty ? "noAmount" : "notANumber" });
    }
    // A return gives money back but is no purchase: the models count purchases.
    if (status === "returned" || (amount !== null && amount < 0)) continue;
    const dateCell = cells[input.date] ?? null;
    const day = typeof dateCell === "string" ? cachedDay(dateCell, dayCache) : dayOfCell(dateCell);
    if (day === null) {
      const empty = isEmptyCell(dateCell);
      issues.push({ row: rowNumber, column: input.date, kind: empty ? "incomplete" : "invalid", reason: empty ? "noDate" : "notADate" });
      continue;
    }
    dayOfRow[i] = day;
    amountOfRow[i] = amount ?? 0;
    purchaseRows++;
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }

  const n = ids.length;
  const dataEnd = Number.isFinite(maxDay) ? maxDay : 0;
  const calibrationEnd = calibrationEndDay ?? dataEnd;
  // (customer, day) as one number, sorted natively: distinct days per customer in one sweep.
  const keys = new Float64Array(purchaseRows);
  let k = 0;
  for (let i = 0; i < rows.length; i++) if (!Number.isNaN(dayOfRow[i]!)) keys[k++] = customerOfRow[i]! * DAY_BITS + (dayOfRow[i]! - minDay);
  keys.sort();
  const firstDay = new Float64Array(n).fill(Number.NaN);
  const lastDay = new Float64Array(n).fill(Number.NaN);
  const repeatDays = new Float64Array(n);
  const holdoutDays = new Float64Array(n);
  const repeatsOnDay = new Float64Array(Number.isFinite(minDay) ? dataEnd - minDay + 1 : 0);
  let previous = -1;
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j]!;
    if (key === previous) continue;
    previous = key;
    const customer = Math.floor(key / DAY_BITS);
    const day = key - customer * DAY_BITS + minDay;
    if (Number.isNaN(firstDay[customer]!)) {
      firstDay[customer] = day;
      if (day <= calibrationEnd) lastDay[customer] = day;
      continue;
    }
    if (firstDay[customer]! > calibrationEnd) continue;
    repeatsOnDay[day - minDay]!++;
    if (day <= calibrationEnd) {
      repeatDays[customer]!++;
      lastDay[customer] = day;
    } else holdoutDays[customer]!++;
  }

  // Money, first channel and campaign answers: a second pass, now that first days are known.
  const repeatValue = new Float64Array(n);
  const calibrationValue = new Float64Array(n);
  const holdoutValue = new Float64Array(n);
  const firstChannel: (string | null)[] | null = input.channel === null ? null : new Array<string | null>(n).fill(null);
  const responded: (boolean | null)[] | null = input.responded === null ? null : new Array<boolean | null>(n).fill(null);
  for (let i = 0; i < rows.length; i++) {
    const customer = customerOfRow[i]!;
    if (customer < 0) continue;
    if (responded !== null) {
      const answer = parseBoolean(rows[i]!.cells[input.responded!] ?? null);
      if (answer !== null) responded[customer] = responded[customer] === true || answer;
    }
    const day = dayOfRow[i]!;
    if (Number.isNaN(day)) continue;
    const amount = amountOfRow[i]!;
    if (day > calibrationEnd) holdoutValue[customer]! += amount;
    else {
      calibrationValue[customer]! += amount;
      if (day !== firstDay[customer]) repeatValue[customer]! += amount;
    }
    if (firstChannel !== null && day === firstDay[customer] && firstChannel[customer] === null) {
      const channel = cellText(rows[i]!.cells[input.channel!] ?? null).trim();
      if (channel !== "") firstChannel[customer] = channel;
    }
  }
  return {
    ids,
    firstRows: Int32Array.from(firstRowList),
    customerOfRow,
    firstDay,
    lastDay,
    repeatDays,
    repeatValue,
    calibrationValue,
    holdoutDays,
    holdoutValue,
    firstChannel,
    responded,
    repeatsOnDay,
    firstDataDay: Number.isFinite(minDay) ? minDay : 0,
    calibrationEnd,
    dataEnd,
    issues,
  };
}

function cachedDay(text: string, cache: Map<string, number | null>): number | null {
  let day = cache.get(text);
  if (day === undefined) {
    day = dayOfCell(text);
    cache.set(text, day);
  }
  return day;
}

function statusOf(cell: CellValue, cache: Map<string, OrderStatus>): OrderStatus {
  const text = cellText(cell);
  let status = cache.get(text);
  if (status === undefined) {
    status = orderStatus(cell);
    cache.set(text, status);
  }
  return status;
}
