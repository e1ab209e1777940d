import type { CellValue } from "../table/cellValue";
import { parseDate } from "../table/parseDate";

/**
 * The CNIL's reference periods for customer and prospect files (référentiel « gestion
 * commerciale », 2024): a customer's data may be kept 3 years after the end of the commercial
 * relationship (the last purchase or the last contact from the customer); a prospect's, 3 years
 * after collection or the last contact from the prospect. Past that: delete, or archive apart,
 * or ask the person first whether they want to hear from you again.
 */
export const RETENTION_YEARS = 3;

export type RetentionRule = "customer3Years" | "prospect3Years";

export interface RetentionCheck {
  readonly rule: RetentionRule;
  /** The day the 3 years run from, or null when the row has no date to tell. */
  readonly lastActivity: Date | null;
  /** Which cell gave that day (a column index), for the flag. */
  readonly column: number | null;
  readonly expired: boolean;
}

/** Where a row's dates and customer status are, by column index (null when absent). */
export interface RetentionColumns {
  readonly lastPurchase: number | null;
  readonly lastContact: number | null;
  readonly collected: number | null;
  /** Date columns written month first (US exports: 12/31/2024, columnDayFirst); the others day first. */
  readonly monthFirst?: ReadonlySet<number>;
  /** Any column whose value shows a purchase: number of purchases, total amount, first purchase. */
  readonly purchaseEvidence: readonly number[];
  /** A "Statut" / "Type" column saying client or prospect. */
  readonly status: number | null;
}

export function checkRetention(cells: readonly CellValue[], columns: RetentionColumns, today: Date): RetentionCheck {
  const rule: RetentionRule = isCustomer(cells, columns) ? "customer3Years" : "prospect3Years";
  const candidates = rule === "customer3Years" ? [columns.lastPurchase, columns.lastContact] : [columns.lastContact, columns.collected];
  let lastActivity: Date | null = null;
  let column: number | null = null;
  for (const index of candidates) {
    if (index === null) continue;
    const date = parseDate(cells[index] ?? null, { dayFirst: !columns.monthFirst?.has(index) });
    if (date && (lastActivity === null || date > lastActivity)) {
      lastActivity = date;
      column = index;
    }
  }
  return { rule, lastActivity, column, expired: lastActivity !== null && expiresOn(lastActivity) <= today };
}

/** The day data last active on `day` reaches the end of its retention period. */
export function expiresOn(day: Date): Date {
  const end = new Date(day.getTime());
  end.setUTCFullYear(end.getUTCFullYear() + RETENTION_YEARS);
  return end;
}

const PROSPECT_WORDS = /^(prospect|lead|piste|suspect)/i;
const CUSTOMER_WORDS = /^(client|customer|acheteur)/i;

function isCustomer(cells: readonly CellValue[], columns: RetentionColumns): boolean {
  const status = columns.status === null ? null : cells[columns.status];
  if (typeof status === "string" && PROSPECT_WORDS.test(status.trim())) return false;
  if (typeof status === "string" && CUSTOMER_WORDS.test(status.trim())) return true;
  if (columns.lastPurchase !== null && parseDate(cells[columns.lastPurchase] ?? null, { dayFirst: !columns.monthFirst?.has(columns.lastPurchase) }))
    return true;
  return columns.purchaseEvidence.some((index) => {
    const value = cells[index];
    if (value instanceof Date) return true;
    const number = typeof value === "number" ? value : typeof value === "string" ? Number(value.replace(/[\s€]/g, "").replace(",", ".")) : Number.NaN;
    return Number.isFinite(number) && number > 0;
  });
}
