import { cellText, isEmptyCell, type CellValue } from "../table/cellValue";
import { parseNumber } from "../table/parseNumber";
import { cachedParse } from "../table/cachedParse";
import { dayFirstOf } from "../table/dateOrder";
import type { Table } from "../table/table";
import { tableColumn } from "../table/tableColumns";
import { dayNumber, dayOfCell, type CustomerMeasure, type MeasureIssue, type Measures } from "./customerMeasure";
import { orderStatus, type OrderStatus } from "./orderStatus";
import { CustomerIndex } from "./customerIndex";
import type { OrdersInput } from "./scoringInput";

/**
 * One row per order (or order line) → one measure per customer. The rules (README, "Orders"):
 * - a cancelled order (status column says so) is left out entirely;
 * - a return (negative amount, or a status "Retour"/"Remboursé") lowers the customer's net
 *   total but is not a purchase: it changes neither frequency nor recency;
 * - frequency counts orders: with an order-number column, consecutive lines of the same
 *   order number count once (order lines); else each purchase row is an order;
 * - a row without customer id or date is flagged incomplete and left out; a purchase
 *   without amount counts with 0 and is flagged.
 * One pass, no per-row allocation beyond the customer map: 1,000,000 rows fit the 2 s budget.
 */
export function orderMeasures(table: Table, input: OrdersInput, referenceDate: Date | undefined): Measures {
  const rows = table.rows;
  const customerOfRow = new Int32Array(rows.length).fill(-1);
  const customerIndex = new CustomerIndex();
  const ids = customerIndex.ids;
  const firstRows: number[] = [];
  // Per-customer sums in a typed array (at most one customer per row): objects with fields
  // that go from null to numbers re-box every double and cost seconds of GC on 1M rows. A
  // customer's four sums sit side by side (LAST_DAY…PURCHASES), in one cache line: rows come
  // in no customer's order, and four arrays cost four cache misses a row instead of one.
  const sums = new Float64Array(rows.length * STRIDE);
  const hasMoney = new Uint8Array(rows.length);
  const issues: MeasureIssue[] = [];
  const statusCache = new Map<string, OrderStatus>();
  // Dates repeat (1,000,000 orders fall on ~1,500 days): each text parsed once. Amounts are
  // mostly distinct and parseNumber reads "257,92" at once: a cache cost three times the parse.
  const dayFirst = dayFirstOf(table, input.date);
  const dayOf = cachedParse((cell) => dayOfCell(cell, dayFirst));
  // The last order number counted for each customer: the lines of one order sit together
  // in every export, so a line repeating it belongs to the same order.
  const lastOrder: (string | undefined)[] | null = input.orderId === null ? null : [];
  const categories = input.category === null ? null : new ValueTally(rows.length);
  const channels = input.channel === null ? null : new ValueTally(rows.length);
  let cancelledRows = 0;
  let returnRows = 0;
  let maxDay = -Infinity;

  // Read column by column (tableColumns.ts): a CSV held column-wise makes no array per row.
  const idColumn = tableColumn(table, input.customer);
  const dateColumn = tableColumn(table, input.date);
  const amountColumn = input.amount === null ? null : tableColumn(table, input.amount);
  const statusColumn = input.status === null ? null : tableColumn(table, input.status);
  const orderColumn = input.orderId === null ? null : tableColumn(table, input.orderId);
  const categoryColumn = input.category === null ? null : tableColumn(table, input.category);
  const channelColumn = input.channel === null ? null : tableColumn(table, input.channel);

  for (let i = 0; i < rows.length; i++) {
    const idCell = idColumn.get(i);
    if (isEmptyCell(idCell)) {
      if (!rows[i]!.cells.every((c) => isEmptyCell(c)))
        issues.push({ row: rows[i]!.rowNumber, column: input.customer, kind: "incomplete", reason: "noCustomer" });
      continue;
    }
    const id = typeof idCell === "string" ? idCell.trim() : cellText(idCell).trim();
    const index = customerIndex.indexOf(id);
    if (index === firstRows.length) {
      firstRows.push(i);
      sums[index * STRIDE + LAST_DAY] = -Infinity;
      sums[index * STRIDE + FIRST_DAY] = Infinity;
    }
    const at = index * STRIDE;
    customerOfRow[i] = index;
    const status = statusColumn === null ? "ok" : statusOf(statusColumn.get(i), statusCache);
    if (status === "cancelled") {
      cancelledRows++;
      continue;
    }
    const amountCell = amountColumn === null ? null : amountColumn.get(i);
    let amount = amountCell === null ? null : parseNumber(amountCell);
    if (amount === null && input.amount !== null) {
      const empty = isEmptyCell(amountCell);
      issues.push({ row: rows[i]!.rowNumber, column: input.amount, kind: empty ? "incomplete" : "invalid", reason: empty ? "noAmount" : "notANumber" });
    }
    if (status === "returned" && amount !== null) amount = -Math.abs(amount);
    if (amount !== null && amount < 0) {
      returnRows++;
      sums[at + NET]! += amount;
      hasMoney[index] = 1;
      continue;
    }
    const dateCell = dateColumn.get(i);
    const day = dayOf(dateCell);
    if (day === null) {
      const empty = isEmptyCell(dateCell);
      issues.push({ row: rows[i]!.rowNumber, column: input.date, kind: empty ? "incomplete" : "invalid", reason: empty ? "noDate" : "notADate" });
      continue;
    }
    if (day > sums[at + LAST_DAY]!) sums[at + LAST_DAY] = day;
    if (day < sums[at + FIRST_DAY]!) sums[at + FIRST_DAY] = day;
    if (day > maxDay) maxDay = day;
    sums[at + NET]! += amount ?? 0;
    hasMoney[index] = 1;
    if (lastOrder === null) sums[at + PURCHASES]!++;
    else {
      const order = cellText(orderColumn!.get(i)).trim();
      // An order line without a number is its own order.
      if (order === "" || lastOrder[index] !== order) {
        lastOrder[index] = order;
        sums[at + PURCHASES]!++;
      }
    }
    if (categoryColumn) categories!.add(i, index, categoryColumn.get(i));
    if (channelColumn) channels!.add(i, index, channelColumn.get(i));
  }

  const referenceDay = referenceDate ? dayNumber(referenceDate) : Number.isFinite(maxDay) ? maxDay + 1 : null;
  const mainCategory = categories?.mainValues(ids.length);
  const mainChannel = channels?.mainValues(ids.length);
  // Each measure made whole at once: fields that start null and become numbers change the
  // object's shape and box every double again (300,000 customers).
  const customers = new Array<CustomerMeasure>(ids.length);
  for (let index = 0; index < ids.length; index++) {
    const at = index * STRIDE;
    const purchases = sums[at + PURCHASES]!;
    const net = sums[at + NET]!;
    const bought = purchases > 0 && referenceDay !== null;
    // Only returns or cancelled orders: no purchase to score.
    customers[index] = {
      id: ids[index]!,
      firstRow: firstRows[index]!,
      recency: bought ? referenceDay - sums[at + LAST_DAY]! : null,
      frequency: bought ? purchases : null,
      monetary: bought || hasMoney[index] ? net : null,
      revenue: Math.max(0, net),
      basket: bought ? net / purchases : null,
      firstSeen: bought ? referenceDay - sums[at + FIRST_DAY]! : null,
      category: mainCategory?.[index] ?? null,
      channel: mainChannel?.[index] ?? null,
    };
  }
  return { customers, customerOfRow, issues, referenceDay, cancelledRows, returnRows };
}

/** A customer's sums in `sums`: STRIDE numbers from index × STRIDE. */
const LAST_DAY = 0;
const FIRST_DAY = 1;
const NET = 2;
const PURCHASES = 3;
const STRIDE = 4;

function statusOf(cell: CellValue, cache: Map<string, OrderStatus>): OrderStatus {
  const text = cellText(cell);
  let status = cache.get(text);
  if (status === undefined) {
    status = orderStatus(cell);
    cache.set(text, status);
  }
  return status;
}

/**
 * Counts values (categories, channels) per customer without a Map per customer: values get
 * small ids, rows remember (customer, value id), and one pass at the end finds each
 * customer's most frequent value. A Map per customer cost seconds of GC on a million rows.
 */
class ValueTally {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly customerOf: Int32Array;
  private readonly valueOf: Int32Array;

  constructor(rows: number) {
    this.customerOf = new Int32Array(rows).fill(-1);
    this.valueOf = new Int32Array(rows);
  }

  add(row: number, customer: number, cell: CellValue): void {
    const text = cellText(cell).trim();
    if (text === "") return;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(text, id);
      this.names.push(text);
    }
    this.customerOf[row] = customer;
    this.valueOf[row] = id;
  }

  mainValues(customers: number): (string | null)[] {
    const width = this.names.length;
    const best: (string | null)[] = new Array<string | null>(customers).fill(null);
    if (width === 0) return best;
    // A flat customers × values grid of counts when it is small (categories and channels are
    // few), else a Map keyed by customer × width + value.
    const flat = customers * width <= 1 << 24 ? new Int32Array(customers * width) : null;
    const sparse = flat ? null : new Map<number, number>();
    for (let row = 0; row < this.customerOf.length; row++) {
      const customer = this.customerOf[row]!;
      if (customer < 0) continue;
      const key = customer * width + this.valueOf[row]!;
      if (flat) flat[key]!++;
      else sparse!.set(key, (sparse!.get(key) ?? 0) + 1);
    }
    const bestCount = new Int32Array(customers);
    const consider = (key: number, count: number) => {
      const customer = Math.floor(key / width);
      const name = this.names[key - customer * width]!;
      const current = best[customer];
      // Most frequent first; ties go to the alphabetically first value, so row order never matters.
      if (count > bestCount[customer]! || (count === bestCount[customer]! && current != null && name < current)) {
        best[customer] = name;
        bestCount[customer] = count;
      }
    };
    if (flat)
      for (let key = 0; key < flat.length; key++) {
        if (flat[key]! > 0) consider(key, flat[key]!);
      }
    else for (const [key, count] of sparse!) consider(key, count);
    return best;
  }
}
