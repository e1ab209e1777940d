import type { ColumnRole } from "../table/columnRole";
import type { ColumnInfo } from "./columnInfo";
import { normalizeHeader } from "../table/normalizeHeader";
import { DAYS_SINCE_WORDS } from "./data/statusWords";
import { isStatusHeader } from "./orderStatus";

/**
 * What the Score job reads, found from the column roles (DESIGN.md §2):
 * - an orders list: a customer id, an order date and an amount per row, aggregated per customer;
 * - a customer file: one row per customer with a last-purchase date (or days since), a number
 *   of purchases (or purchases per year) and an amount (total, or average basket).
 * An orders list needs a customerId and an orderDate column; otherwise rows are customers.
 */
export interface OrdersInput {
  readonly kind: "orders";
  readonly customer: number;
  readonly date: number;
  readonly amount: number | null;
  readonly orderId: number | null;
  readonly status: number | null;
  readonly category: number | null;
  readonly channel: number | null;
}

export interface CustomersInput {
  readonly kind: "customers";
  readonly lastDate: number | null;
  /** True when the "last purchase" column holds a number of days since, not a date. */
  readonly lastDateIsDays: boolean;
  readonly frequency: number | null;
  /** The monetary column, and whether it is a total or an average basket. */
  readonly monetary: number | null;
  readonly monetaryIs: "total" | "average";
  readonly customer: number | null;
  readonly category: number | null;
  readonly channel: number | null;
}

export type ScoringInput = OrdersInput | CustomersInput;

export function findScoringInput(columns: readonly ColumnInfo[]): ScoringInput {
  const find = (...roles: ColumnRole[]): number | null => {
    for (const role of roles) {
      const column = columns.find((c) => c.role === role);
      if (column) return column.index;
    }
    return null;
  };
  const customer = find("customerId", "id");
  const orderDate = find("orderDate");
  const category = find("productCategory");
  const channel = find("channel");
  if (customer !== null && orderDate !== null) {
    const status = columns.find((c) => c.role === "other" && isStatusHeader(c.header));
    return {
      kind: "orders",
      customer,
      date: orderDate,
      amount: find("amount", "totalAmount", "averageBasket"),
      orderId: find("orderId"),
      status: status?.index ?? null,
      category,
      channel,
    };
  }
  const lastDate = find("lastPurchaseDate", "orderDate");
  const header = lastDate === null ? "" : normalizeHeader(columns[lastDate]?.header ?? "");
  const total = find("totalAmount", "amount");
  return {
    kind: "customers",
    lastDate,
    lastDateIsDays: DAYS_SINCE_WORDS.some((w) => header.split(" ").some((word) => word.startsWith(w))),
    frequency: find("frequency", "purchasesPerYear"),
    monetary: total ?? find("averageBasket"),
    monetaryIs: total !== null ? "total" : "average",
    customer,
    category,
    channel,
  };
}

/** The roles the job could not find, to tell the user what to add or which role to set. */
export function missingInputs(input: ScoringInput): ("lastPurchaseDate" | "frequency" | "amount")[] {
  if (input.kind === "orders") return input.amount === null ? ["amount"] : [];
  const missing: ("lastPurchaseDate" | "frequency" | "amount")[] = [];
  if (input.lastDate === null) missing.push("lastPurchaseDate");
  if (input.frequency === null) missing.push("frequency");
  if (input.monetary === null) missing.push("amount");
  return missing;
}
