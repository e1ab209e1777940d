import { cellText, isEmptyCell, type CellValue } from "../table/cellValue";
import { parseBoolean } from "../table/parseBoolean";
import { parseNumber } from "../table/parseNumber";
import { dayFirstOf } from "../table/dateOrder";
import { dayOfCell, type MeasureIssue } from "../scoring/customerMeasure";
import { orderStatus, type OrderStatus } from "../scoring/orderStatus";
import type { Table } from "../table/table";
import type { HistoryInput, PurchaseHistories } from "./purchaseHistories";
import { customerPoints } from "./customerPoints";
import { CustomerIndex } from "../scoring/customerIndex";

const DAY_BITS = 2 ** 22; // days after the first one fit in 22 bits (11,000 years)
const NO_DAY = -2_147_483_648;

/**
 * Orders read one row at a time, nothing of the row kept but five numbers (customer, day,
 * amount, channel, answer) in typed arrays: a million orders take ~20 MB whether they come
 * from a Table or straight from a CSV being parsed (the CLI never builds the Table then).
 * `histories()` then sorts (customer, day) keys once to count distinct days per customer.
 */
export class OrderAccumulator {
  readonly issues: MeasureIssue[] = [];
  private readonly customers = new CustomerIndex();
  private readonly ids = this.customers.ids;
  private readonly channels: string[] = [];
  private readonly channelIndex = new Map<string, number>();
  private readonly statusCache = new Map<string, OrderStatus>();
  // A million orders fall on a few thousand days: parse each date text once.
  private readonly dayCache = new Map<string, number | null>();
  private customerOf = new Int32Array(1024);
  private dayOf = new Int32Array(1024);
  private amountOf = new Float64Array(1024);
  private channelOf = new Int32Array(1024);
  private answerOf = new Int8Array(1024);
  private count = 0;
  // Behavioural points: each customer's latest order row in calibration, only the grid's cells.
  private readonly pointsDay: number[] = [];
  private readonly pointsCells: (CellValue[] | null)[] = [];
  private minDay = Infinity;
  private maxDay = -Infinity;
  /** Data rows seen (with a customer or not), for the report's row count. */
  rows = 0;

  /** dayFirst: the order of the date column's numeric dates (columnDayFirst), French by default. */
  constructor(
    private readonly input: HistoryInput,
    private readonly dayFirst = true,
  ) {}

  add(cells: readonly CellValue[], rowNumber: number): void {
    const input = this.input;
    this.rows++;
    const idCell = cells[input.customer] ?? null;
    if (isEmptyCell(idCell)) {
      if (!cells.every((c) => isEmptyCell(c))) this.issues.push({ row: rowNumber, column: input.customer, kind: "incomplete", reason: "noCustomer" });
      return;
    }
    const customer = this.customers.indexOf(cellText(idCell).trim());
    const status = input.status === null ? "ok" : this.statusOf(cells[input.status] ?? null);
    const answer = input.responded === null ? null : parseBoolean(cells[input.responded] ?? null);
    let day: number | null = null;
    let amount: number | null = null;
    if (status !== "cancelled") {
      const amountCell = input.amount === null ? null : (cells[input.amount] ?? null);
      amount = amountCell === null ? null : parseNumber(amountCell);
      if (amount === null && input.amount !== null) {
        const empty = isEmptyCell(amountCell);
        this.issues.push({ row: rowNumber, column: input.amount, kind: empty ? "incomplete" : "invalid", reason: empty ? "noAmount" : "notANumber" });
      }
      // A return gives money back but is no purchase: the models count purchases.
      if (status !== "returned" && !(amount !== null && amount < 0)) {
        const dateCell = cells[input.date] ?? null;
        day = typeof dateCell === "string" ? this.cachedDay(dateCell) : dayOfCell(dateCell);
        if (day === null) {
          const empty = isEmptyCell(dateCell);
          this.issues.push({ row: rowNumber, column: input.date, kind: empty ? "incomplete" : "invalid", reason: empty ? "noDate" : "notADate" });
        }
      }
    }
    // A row that is no purchase still carries the customer's campaign answer.
    if (day === null && answer === null) return;
    this.grow();
    const k = this.count++;
    this.customerOf[k] = customer;
    this.dayOf[k] = day === null ? NO_DAY : day;
    this.amountOf[k] = amount ?? 0;
    this.answerOf[k] = answer === null ? -1 : answer ? 1 : 0;
    this.channelOf[k] = day === null || input.channel === null ? -1 : this.channelNumber(cells[input.channel] ?? null);
    if (day !== null && input.points) this.keepPointsRow(customer, day, cells);
    if (day !== null) {
      if (day < this.minDay) this.minDay = day;
      if (day > this.maxDay) this.maxDay = day;
    }
  }

  histories(calibrationEndDay: number | null): PurchaseHistories {
    const n = this.ids.length;
    const { minDay, maxDay, count } = this;
    const dataEnd = Number.isFinite(maxDay) ? maxDay : 0;
    const calibrationEnd = calibrationEndDay ?? dataEnd;
    let purchases = 0;
    for (let k = 0; k < count; k++) if (this.dayOf[k] !== NO_DAY) purchases++;
    // (customer, day) as one number, sorted natively: distinct days per customer in one sweep.
    const keys = new Float64Array(purchases);
    let j = 0;
    for (let k = 0; k < count; k++) if (this.dayOf[k] !== NO_DAY) keys[j++] = this.customerOf[k]! * DAY_BITS + (this.dayOf[k]! - minDay);
    keys.sort();
    const firstDay = new Float64Array(n).fill(Number.NaN);
    const lastDay = new Float64Array(n).fill(Number.NaN);
    const repeatDays = new Float64Array(n);
    const holdoutDays = new Float64Array(n);
    const repeatsOnDay = new Float64Array(Number.isFinite(minDay) ? dataEnd - minDay + 1 : 0);
    // Every customer's distinct purchase days, in order (survival: when did each one lapse?).
    const purchaseDays = new Float64Array(keys.length);
    const dayStart = new Int32Array(n + 1);
    let distinct = 0;
    let previous = -1;
    for (const key of keys) {
      if (key === previous) continue;
      previous = key;
      const customer = Math.floor(key / DAY_BITS);
      const day = key - customer * DAY_BITS + minDay;
      purchaseDays[distinct++] = day;
      dayStart[customer + 1]!++;
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

    for (let i = 0; i < n; i++) dayStart[i + 1]! += dayStart[i]!;

    // Money, first channel and campaign answers: a second pass, now that first days are known.
    const repeatValue = new Float64Array(n);
    const calibrationValue = new Float64Array(n);
    const holdoutValue = new Float64Array(n);
    const firstChannel: (string | null)[] | null = this.input.channel === null ? null : new Array<string | null>(n).fill(null);
    const responded: (boolean | null)[] | null = this.input.responded === null ? null : new Array<boolean | null>(n).fill(null);
    for (let k = 0; k < count; k++) {
      const customer = this.customerOf[k]!;
      const answer = this.answerOf[k]!;
      if (responded !== null && answer >= 0) responded[customer] = responded[customer] === true || answer === 1;
      const day = this.dayOf[k]!;
      if (day === NO_DAY) continue;
      const amount = this.amountOf[k]!;
      if (day > calibrationEnd) holdoutValue[customer]! += amount;
      else {
        calibrationValue[customer]! += amount;
        if (day !== firstDay[customer]) repeatValue[customer]! += amount;
      }
      const channel = this.channelOf[k]!;
      if (firstChannel !== null && channel >= 0 && day === firstDay[customer] && firstChannel[customer] === null)
        firstChannel[customer] = this.channels[channel]!;
    }
    return {
      ids: this.ids,
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
      purchaseDays: purchaseDays.subarray(0, distinct),
      dayStart,
      firstDataDay: Number.isFinite(minDay) ? minDay : 0,
      calibrationEnd,
      dataEnd,
      points: this.input.points
        ? customerPoints(
            this.input.points,
            Array.from({ length: n }, (_, i) => this.pointsCells[i] ?? null),
            calibrationEnd,
          )
        : null,
      issues: this.issues,
    };
  }

  private keepPointsRow(customer: number, day: number, cells: readonly CellValue[]): void {
    const until = this.input.pointsUntilDay ?? null;
    if ((until !== null && day > until) || day < (this.pointsDay[customer] ?? -Infinity)) return;
    const kept: CellValue[] = [];
    for (const column of this.input.points!.read) kept[column] = cells[column] ?? null;
    this.pointsDay[customer] = day;
    this.pointsCells[customer] = kept;
  }

  private grow(): void {
    if (this.count < this.customerOf.length) return;
    const size = this.customerOf.length * 2;
    const bigger = <T extends Int32Array | Float64Array | Int8Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.customerOf = bigger(this.customerOf, (n) => new Int32Array(n));
    this.dayOf = bigger(this.dayOf, (n) => new Int32Array(n));
    this.amountOf = bigger(this.amountOf, (n) => new Float64Array(n));
    this.channelOf = bigger(this.channelOf, (n) => new Int32Array(n));
    this.answerOf = bigger(this.answerOf, (n) => new Int8Array(n));
  }

  private channelNumber(cell: CellValue): number {
    const text = cellText(cell).trim();
    if (text === "") return -1;
    let index = this.channelIndex.get(text);
    if (index === undefined) {
      index = this.channels.length;
      this.channels.push(text);
      this.channelIndex.set(text, index);
    }
    return index;
  }

  private cachedDay(text: string): number | null {
    let day = this.dayCache.get(text);
    if (day === undefined) {
      day = dayOfCell(text, this.dayFirst);
      this.dayCache.set(text, day);
    }
    return day;
  }

  private statusOf(cell: CellValue): OrderStatus {
    const text = cellText(cell);
    let status = this.statusCache.get(text);
    if (status === undefined) {
      status = orderStatus(cell);
      this.statusCache.set(text, status);
    }
    return status;
  }
}

/** The histories of a Table held in memory (the taskpane, the web page, a workbook). */
export function purchaseHistories(table: Table, input: HistoryInput, calibrationEndDay: number | null): PurchaseHistories {
  const accumulator = new OrderAccumulator(input, dayFirstOf(table, input.date));
  for (const row of table.rows) accumulator.add(row.cells, row.rowNumber);
  return accumulator.histories(calibrationEndDay);
}
