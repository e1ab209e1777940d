import type { CellFlag, Plan } from "../plan";
import { emptyPlan } from "../plan";
import type { ReportColumn } from "../report";
import type { Table } from "../table/table";
import type { Lang } from "../i18n/lang";
import type { ColumnRole } from "../table/columnRole";
import { cellText, isEmptyCell, type CellValue } from "../table/cellValue";
import { parseDate } from "../table/parseDate";
import { dayFirstOf } from "../table/dateOrder";
import { formatCell } from "../i18n/formatCell";
import { isPhoneNumber, readPhoneCell } from "../contact/phoneNumber";
import { MissingColumnError } from "../missingColumnError";
import { scoreTable } from "../scoring/scoreTable";
import { ScoringError } from "../scoring/scoringError";
import { segmentName } from "../scoring/i18n/segmentNames";
import type { CustomerScore } from "../scoring/rfmScores";
import { crocItems, roleColumns, type CrocItems, type RoleColumns } from "./callChecks";
import { callText } from "./callMessages";
import type { ReportCallEntry, ReportCalls } from "./callReport";
import { callSheet } from "./callSheet";

export interface CallListOptions {
  readonly lang: Lang;
  /** The day staleness is counted to (the CLI's --today). */
  readonly today: Date;
  /** How many customers to list, best first (default 50). */
  readonly top?: number;
  /** Months without news after which a customer's details must be confirmed (default 12). */
  readonly staleMonths?: number;
}

export const DEFAULT_TOP = 50;
const DEFAULT_STALE_MONTHS = 12;
const MONTH_DAYS = 30.44;
/** The weights of value and of what there is to check in the priority (see rank()). */
const VALUE_WEIGHT = 0.6;
/** Points to check that make a record "all to redo": a wrong value weighs 2, a missing one 1.5, stale details 1, an empty extra 0.5. */
const FULL_NEED = 6;

interface Candidate {
  readonly index: number;
  readonly customer: string | null;
  readonly phone: string;
  readonly lastActivity: Date | null;
  readonly stale: boolean;
  readonly items: CrocItems;
  readonly score: CustomerScore | null;
}

/**
 * The call list of the CROC method (BTS NDRC, questions 9–11): the customers to call first and,
 * for each, what to Confirm, Rectify, Obtain and Complete. First come the customers worth most
 * (their RFM score when the file can be scored) with the most to check (wrong values, missing
 * ones, details not confirmed for a year). A customer without a phone number cannot be called:
 * counted, not listed. In an orders list, one line per customer, from their latest order.
 * `structureFlags` are the Structure job's flags on the table (invalid, typo, incomplete):
 * the app computes them, the engine only reads them.
 */
export function callListTable(
  table: Table,
  columns: readonly ReportColumn[],
  structureFlags: readonly CellFlag[],
  options: CallListOptions,
): { plan: Plan; calls: ReportCalls } {
  const { lang, today } = options;
  const staleMonths = options.staleMonths ?? DEFAULT_STALE_MONTHS;
  const where = roleColumns(columns);
  if (!where.has("phone") && !where.has("mobile"))
    throw new MissingColumnError("calls.noPhone", {
      fr: callText("fr", "noPhone", { sheet: table.sheet }),
      en: callText("en", "noPhone", { sheet: table.sheet }),
    });
  const scores = scoresOfRows(table, columns, today, lang);
  const flagsOfRow = new Map<number, CellFlag[]>();
  for (const flag of structureFlags) {
    if (flag.kind !== "invalid" && flag.kind !== "typo" && flag.kind !== "incomplete") continue;
    flagsOfRow.set(flag.row, [...(flagsOfRow.get(flag.row) ?? []), flag]);
  }

  let withoutPhone = 0;
  const candidates: Candidate[] = [];
  for (const { index, customer, lastActivity } of peopleOf(table, where)) {
    const cells = table.rows[index]!.cells;
    const phone = (["mobile", "phone"] as const).map((role) => cells[where.get(role) ?? -1] ?? null).find((value) => !isEmptyCell(value));
    if (phone === undefined) {
      withoutPhone += 1;
      continue;
    }
    const stale = lastActivity === null || (today.getTime() - lastActivity.getTime()) / 86_400_000 > staleMonths * MONTH_DAYS;
    const items = crocItems({ cells, flags: flagsOfRow.get(table.rows[index]!.rowNumber) ?? [], stale }, table.headers, where, lang);
    if (checks(items) === 0) continue;
    candidates.push({ index, customer, phone: phoneToDial(phone, lang), lastActivity, stale, items, score: scores?.[index] ?? null });
  }

  const ranked = rank(candidates, scores !== null).slice(0, Math.max(0, options.top ?? DEFAULT_TOP));
  const entries = ranked.map(({ candidate, priority }, i) => entryOf(candidate, priority, i + 1, table, where, lang));
  const calls: ReportCalls = {
    today: today.toISOString().slice(0, 10),
    staleMonths,
    candidates: candidates.length,
    listed: entries.length,
    withoutPhone,
    valueFrom: scores === null ? "none" : "rfm",
    entries,
  };
  return { plan: { ...emptyPlan("calls", table), addedSheets: [callSheet(table, calls, lang)], extras: { calls } }, calls };
}

function checks(items: CrocItems): number {
  return items.confirm.length + items.rectify.length + items.obtain.length + items.complete.length;
}

/**
 * priority = 100 × (0.6 × value + 0.4 × need). value: the customer's place among the scored
 * ones by RFM score (1 for the best, 0 for the lowest or unscored); need: the points to check,
 * weighted, over FULL_NEED (capped at 1). Without scores the need alone ranks.
 */
function rank(candidates: readonly Candidate[], scored: boolean): { candidate: Candidate; priority: number }[] {
  const scoreValues = candidates
    .map((c) => c.score?.score)
    .filter((s): s is number => s !== undefined)
    .sort((a, b) => a - b);
  const valueOf = (c: Candidate) => {
    if (!c.score || scoreValues.length < 2) return c.score ? 1 : 0;
    const below = lowerBound(scoreValues, c.score.score);
    return below / (scoreValues.length - 1);
  };
  const needOf = ({ items, stale }: Candidate) =>
    Math.min(1, (2 * items.rectify.length + 1.5 * items.obtain.length + (stale ? 1 : 0) + 0.5 * items.complete.length) / FULL_NEED);
  return candidates
    .map((candidate) => {
      const value = valueOf(candidate);
      const need = needOf(candidate);
      return { candidate, value, priority: Math.round(100 * (scored ? VALUE_WEIGHT * value + (1 - VALUE_WEIGHT) * need : need)) };
    })
    .sort((a, b) => b.priority - a.priority || b.value - a.value || a.candidate.index - b.candidate.index);
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return Math.min(low, sorted.length - 1);
}

/** Each table row's RFM score (its customer's, in an orders list), or null when the file cannot be scored. */
function scoresOfRows(table: Table, columns: readonly ReportColumn[], today: Date, lang: Lang): (CustomerScore | null)[] | null {
  try {
    const { measures, scores } = scoreTable(table, columns, { referenceDate: today }, lang);
    if (!scores.some((s) => s !== null)) return null;
    return Array.from(measures.customerOfRow, (customer) => (customer < 0 ? null : (scores[customer] ?? null)));
  } catch (error) {
    // No purchase data: the list ranks by what there is to check alone.
    if (error instanceof ScoringError) return null;
    throw error;
  }
}

/**
 * The people to call: every row of a customer file; in an orders list (a customer id and an
 * order date), one per customer, from their latest order. With each, their last activity.
 */
function peopleOf(table: Table, where: RoleColumns): { index: number; customer: string | null; lastActivity: Date | null }[] {
  const dateOf = (cells: readonly CellValue[], role: ColumnRole) => {
    const index = where.get(role);
    return index === undefined ? null : parseDate(cells[index] ?? null, { dayFirst: dayFirstOf(table, index) });
  };
  const latest = (cells: readonly CellValue[]) =>
    (["lastContactDate", "lastPurchaseDate", "orderDate"] as const)
      .map((role) => dateOf(cells, role))
      .reduce<Date | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
  const idColumn = where.has("orderDate") ? (where.get("customerId") ?? where.get("id")) : undefined;
  if (idColumn === undefined) return table.rows.map((row, index) => ({ index, customer: null, lastActivity: latest(row.cells) }));
  const byCustomer = new Map<string, { index: number; customer: string | null; lastActivity: Date | null }>();
  const loose: { index: number; customer: string | null; lastActivity: Date | null }[] = [];
  table.rows.forEach((row, index) => {
    const id = row.cells[idColumn] ?? null;
    const lastActivity = latest(row.cells);
    if (isEmptyCell(id)) return loose.push({ index, customer: null, lastActivity });
    const key = cellText(id).trim();
    const known = byCustomer.get(key);
    if (!known || (lastActivity !== null && (known.lastActivity === null || lastActivity >= known.lastActivity)))
      byCustomer.set(key, { index, customer: key, lastActivity });
  });
  return [...byCustomer.values(), ...loose];
}

function entryOf(candidate: Candidate, priority: number, rankNumber: number, table: Table, where: RoleColumns, lang: Lang): ReportCallEntry {
  const { score, items } = candidate;
  return {
    rank: rankNumber,
    row: table.rows[candidate.index]!.rowNumber,
    ...(candidate.customer === null ? {} : { customer: candidate.customer }),
    name: nameOf(table.rows[candidate.index]!.cells, where),
    phone: candidate.phone,
    priority,
    value: score ? { group: score.group, segment: segmentName(score.segment, lang), code: score.code, score: score.score } : null,
    lastActivity: candidate.lastActivity ? candidate.lastActivity.toISOString().slice(0, 10) : null,
    stale: candidate.stale,
    ...items,
  };
}

/** "Marie Dupont (Dupont SARL)", from whatever name columns the file has. */
function nameOf(cells: readonly CellValue[], where: RoleColumns): string {
  const text = (role: ColumnRole) => {
    const index = where.get(role);
    return index === undefined ? "" : cellText(cells[index] ?? null).trim();
  };
  const person = text("fullName") || [text("civility"), text("firstName"), text("lastName")].filter(Boolean).join(" ");
  const company = text("company");
  return person && company ? `${person} (${company})` : person || company || text("customerId") || text("id");
}

/**
 * The number as the caller dials it: "612345686" (a zero Excel dropped), "+33 (0)6 12 34 56 85"
 * or "06.12.34.56.80" read as 06 12 34 56 86…, a number abroad in its international form; a
 * number that does not read (too short) as typed, for the caller to see what is there.
 */
function phoneToDial(value: CellValue, lang: Lang): string {
  if (typeof value === "string" || typeof value === "number") {
    const reading = readPhoneCell(value, "FR").numbers[0]?.reading;
    // The French plan (overseas departments too) is dialled nationally from France.
    if (reading && isPhoneNumber(reading)) return reading.type !== null ? reading.national : reading.international;
  }
  return formatCell(value, lang);
}
