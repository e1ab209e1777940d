import { cellText, isEmptyCell, type CellValue } from "../table/cellValue";
import { parseNumber } from "../table/parseNumber";
import { cachedParse } from "../table/cachedParse";
import { dayFirstOf } from "../table/dateOrder";
import type { Table } from "../table/table";
import { dayNumber, dayOfCell, newMeasure, type CustomerMeasure, type MeasureIssue, type Measures } from "./customerMeasure";
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
  // Per-customer sums in typed arrays (at most one customer per row): objects with fields
  // that go from null to numbers re-box every double and cost seconds of GC on 1M rows.
  const lastDay = new Float64Array(rows.length).fill(-Infinity);
  const firstDay = new Float64Array(rows.length).fill(Infinity);
  const net = new Float64Array(rows.length);
  const purchases = new Float64Array(rows.length);
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

  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i]!.cells;
    const rowNumber = rows[i]!.rowNumber;
    const idCell = cells[input.customer] ?? null;
    if (isEmptyCell(idCell)) {
      if (!cells.every((c) => isEmptyCell(c))) issues.push({ row: rowNumber, column: input.customer, kind: "incomplete", reason: "noCustomer" });
      continue;
    }
    const id = typeof idCell === "string" ? idCell.trim() : cellText(idCell).trim();
    const index = customerIndex.indexOf(id);
    if (index === firstRows.length) firstRows.push(i);
    customerOfRow[i] = index;
    const status = input.status === null ? "ok" : statusOf(cells[input.status] ?? null, statusCache);
    if (status === "cancelled") {
      cancelledRows++;
      continue;
    }
    const amountCell = input.amount === null ? null : (cells[input.amount] ?? null);
    let amount = amountCell === null ? null : parseNumber(amountCell);
    if (amount === null && input.amount !== null) {
      const empty = isEmptyCell(amountCell);
      issues.push({ row: rowNumber, column: input.amount, kind: empty ? "incomplete" : "invalid", reason: empty ? "noAmount" : "notANumber" });
    }
    if (status === "returned" && amount !== null) amount = -Math.abs(amount);
    if (amount !== null && amount < 0) {
      returnRows++;
      net[index]! += amount;
      hasMoney[index] = 1;
      continue;
    }
    const dateCell = cells[input.date] ?? null;
    const day = dayOf(dateCell);
    if (day === null) {
      const empty = isEmptyCell(dateCell);
      issues.push({ row: rowNumber, column: input.date, kind: empty ? "incomplete" : "invalid", reason: empty ? "noDate" : "notADate" });
      continue;
    }
    if (day > lastDay[index]!) lastDay[index] = day;
    if (day < firstDay[index]!) firstDay[index] = day;
    if (day > maxDay) maxDay = day;
    net[index]! += amount ?? 0;
    hasMoney[index] = 1;
    if (lastOrder === null) purchases[index]!++;
    else {
      const order = cellText(cells[input.orderId!] ?? null).trim();
      // An order line without a number is its own order.
      if (order === "" || lastOrder[index] !== order) {
        lastOrder[index] = order;
        purchases[index]!++;
      }
    }
    categories?.add(i, index, cells[input.category!] ?? null);
    channels?.add(i, index, cells[input.channel!] ?? null);
  }

  const referenceDay = referenceDate ? dayNumber(referenceDate) : Number.isFinite(maxDay) ? maxDay + 1 : null;
  const mainCategory = categories?.mainValues(ids.length);
  const mainChannel = channels?.mainValues(ids.length);
  const customers: CustomerMeasure[] = ids.map((id, index) => {
    const customer = newMeasure(id, firstRows[index]!);
    const bought = purchases[index]! > 0 && referenceDay !== null;
    // Only returns or cancelled orders: no purchase to score.
    customer.recency = bought ? referenceDay - lastDay[index]! : null;
    customer.firstSeen = bought ? referenceDay - firstDay[index]! : null;
    customer.frequency = bought ? purchases[index]! : null;
    customer.monetary = bought || hasMoney[index] ? net[index]! : null;
    customer.revenue = Math.max(0, net[index]!);
    customer.basket = bought ? net[index]! / purchases[index]! : null;
    customer.category = mainCategory?.[index] ?? null;
    customer.channel = mainChannel?.[index] ?? null;
    return customer;
  });
  return { customers, customerOfRow, issues, referenceDay, cancelledRows, returnRows };
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
