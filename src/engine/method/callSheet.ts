import type { AddedSheet, SheetCellStyle } from "../plan";
import type { CellValue } from "../table/cellValue";
import type { Table } from "../table/table";
import type { Lang } from "../i18n/lang";
import type { CallItem } from "./callChecks";
import type { ReportCallEntry, ReportCalls } from "./callReport";
import { callText, type CallTextKey } from "./callMessages";
import { formatIsoDay } from "../i18n/localeFormat";

const HEADERS: readonly CallTextKey[] = [
  "rank",
  "priority",
  "customer",
  "phone",
  "value",
  "why",
  "confirm",
  "rectify",
  "obtain",
  "complete",
  "row",
  "callDate",
  "outcome",
];
const WIDTHS = [6, 9, 28, 18, 28, 34, 44, 40, 40, 34, 7, 14, 30];
/** Where the table starts: a title, the method in one line, a blank row, then the header. */
const HEADER_ROW = 3;

/**
 * The "À appeler" sheet: one line per customer in the order to call them, the four CROC
 * columns in plain words, the sheet's row to go back to, and two empty columns for the caller
 * (the date of the call, what came of it).
 */
export function callSheet(table: Table, calls: ReportCalls, lang: Lang): AddedSheet {
  const say = (key: CallTextKey, params?: Readonly<Record<string, string | number>>) => callText(lang, key, params);
  const today = formatIsoDay(lang, calls.today);
  const rows: CellValue[][] = [
    [say("title", { sheet: table.sheet, today, listed: calls.listed, candidates: calls.candidates })],
    [say("method")],
    [],
    HEADERS.map((key) => say(key)),
    ...calls.entries.map((entry) => lineOf(entry, calls, lang)),
  ];
  const styles: SheetCellStyle[] = [
    { row: 0, column: 0, bold: true },
    ...HEADERS.map((_, column) => ({ row: HEADER_ROW, column, bold: true, fill: "DDEBF7" })),
  ];
  return { key: "calls.list", name: say("sheet"), rows, columnWidths: WIDTHS, cellStyles: styles };
}

function lineOf(entry: ReportCallEntry, calls: ReportCalls, lang: Lang): CellValue[] {
  const join = (items: readonly CallItem[]) => items.map((item) => item.text).join(callText(lang, "separator"));
  const value = entry.value ? callText(lang, "valueRfm", entry.value) : calls.valueFrom === "rfm" ? callText(lang, "valueNone") : "";
  return [
    entry.rank,
    entry.priority,
    entry.name,
    entry.phone,
    value,
    why(entry, calls, lang),
    join(entry.confirm),
    join(entry.rectify),
    join(entry.obtain),
    join(entry.complete),
    entry.row,
    null,
    null,
  ];
}

/** "client de valeur A ; sans nouvelles depuis 26 mois ; 5 points à vérifier". */
function why(entry: ReportCallEntry, calls: ReportCalls, lang: Lang): string {
  const reasons: string[] = [];
  if (entry.value && (entry.value.group === "A" || entry.value.group === "B")) reasons.push(callText(lang, "whyValue", { group: entry.value.group }));
  if (entry.lastActivity === null) reasons.push(callText(lang, "whyUndated"));
  else if (entry.stale) reasons.push(callText(lang, "whyStale", { months: monthsBetween(entry.lastActivity, calls.today) }));
  const count = entry.confirm.length + entry.rectify.length + entry.obtain.length + entry.complete.length;
  reasons.push(callText(lang, "whyChecks", { count }));
  return reasons.join(callText(lang, "separator"));
}

/** Whole months from one yyyy-mm-dd to another: 2023-05-04 → 2026-12-01 is 42 (the 43rd is not over). */
function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
