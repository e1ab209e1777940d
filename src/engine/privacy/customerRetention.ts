import type { Table } from "../table/table";
import { cellText, isEmptyCell } from "../table/cellValue";
import { dayFirstOf } from "../table/dateOrder";
import { checkRetention, type RetentionCheck, type RetentionColumns } from "./retention";

/** A row's retention, and whose (the customer's id in an orders list, else null). */
export interface RowRetention extends RetentionCheck {
  readonly customer: string | null;
}

/**
 * Each row's retention. In a customer file a row is a person: its own dates decide. In an
 * orders list (one row per order) the CNIL's 3 years run from the end of the commercial
 * relationship, that is the customer's LAST order or contact: a 2019 order of a customer who
 * bought again last month is not expired, and every order of a customer gone for 3 years is.
 * `customerColumn` is the orders list's customer id column, null for a customer file.
 */
export function rowRetentions(table: Table, columns: RetentionColumns, customerColumn: number | null, today: Date): RowRetention[] {
  const dated = [columns.lastPurchase, columns.lastContact, columns.collected].filter((index) => index !== null);
  const monthFirst = new Set(dated.filter((index) => !dayFirstOf(table, index)));
  const own = table.rows.map((row) => checkRetention(row.cells, { ...columns, monthFirst }, today));
  if (customerColumn === null) return own.map((check) => ({ ...check, customer: null }));
  const ids = table.rows.map((row) => {
    const cell = row.cells[customerColumn] ?? null;
    return isEmptyCell(cell) ? null : cellText(cell).trim();
  });
  const latest = new Map<string, RetentionCheck>();
  own.forEach((check, i) => {
    const id = ids[i];
    if (id === null || id === undefined) return;
    const known = latest.get(id);
    const later = check.lastActivity !== null && (known?.lastActivity == null || check.lastActivity > known.lastActivity);
    // Any order makes the person a customer; the latest day wins.
    const rule = known?.rule === "customer3Years" || check.rule === "customer3Years" ? "customer3Years" : "prospect3Years";
    if (!known || later) latest.set(id, { ...check, rule });
    else if (known.rule !== rule) latest.set(id, { ...known, rule });
  });
  return own.map((check, i) => {
    const id = ids[i];
    const customer = id === null || id === undefined ? undefined : latest.get(id);
    if (!customer) return { ...check, customer: null };
    // The flag goes on this row's own date cell when it has one.
    return { ...customer, column: check.column ?? customer.column, customer: id! };
  });
}
