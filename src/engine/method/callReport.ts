/** One thing to do on the call, about one column: plain text in the user's language. */
export interface CallItem {
  readonly column: string;
  readonly text: string;
}

/** One customer of the call list, in the order to call them. */
export interface ReportCallEntry {
  readonly rank: number;
  /** The sheet's row the details come from (an orders list: the customer's latest order). */
  readonly row: number;
  readonly customer?: string;
  readonly name: string;
  readonly phone: string;
  /** 0–100: value and what there is to check, mixed (callListTable.ts says how). */
  readonly priority: number;
  /** The customer's RFM value when the file could be scored, else null. */
  readonly value: { readonly group: string; readonly segment: string; readonly code: string; readonly score: number } | null;
  /** The last purchase, order or contact (yyyy-mm-dd), null when the row has none. */
  readonly lastActivity: string | null;
  readonly stale: boolean;
  readonly confirm: readonly CallItem[];
  readonly rectify: readonly CallItem[];
  readonly obtain: readonly CallItem[];
  readonly complete: readonly CallItem[];
}

/** The report's `calls` (`tria calls`): who to call first, and what to ask each (CROC). */
export interface ReportCalls {
  /** The day staleness was counted to, yyyy-mm-dd. */
  readonly today: string;
  /** Months without news after which the customer's details must be confirmed. */
  readonly staleMonths: number;
  /** Customers (rows, or customers of an orders list) with a phone and something to check. */
  readonly candidates: number;
  readonly listed: number;
  /** Customers left out for want of a phone number. */
  readonly withoutPhone: number;
  /** Whether the ranking had RFM scores to go by ("rfm"), or only what there is to check ("none"). */
  readonly valueFrom: "rfm" | "none";
  readonly entries: readonly ReportCallEntry[];
}
