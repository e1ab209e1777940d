import type { Lang } from "../i18n/lang";
import { cellText, type CellValue } from "../table/cellValue";
import type { Table } from "../table/table";
import { foldKey } from "../text/fold";
import { formatDay } from "../i18n/localeFormat";
import { columnsShowing } from "./duplicateFields";
import { describeEvidence } from "./duplicateMessages";
import type { DuplicateCluster, DuplicateResult } from "./findDuplicates";
import { mergedRow } from "./mergedRow";

/**
 * How one cell of a duplicate row stands against the row kept: the same text, written
 * otherwise but the same for the model (`06 12…` / `+336 12…`, a Jaro-Winkler name), different,
 * or empty on one side (missing says nothing).
 */
export type CellAgreement = "same" | "similar" | "differs" | "missing";

export interface ReviewRecord {
  /** The sheet's row number. */
  readonly row: number;
  readonly survivor: boolean;
  /** The text of each shown column (ReviewGroup.columns), as the user sees it. */
  readonly cells: readonly string[];
  /** Against the survivor, per shown column; the survivor's own are all "same". */
  readonly agreement: readonly CellAgreement[];
  /** Match probability of this row's link (1 for the survivor). */
  readonly probability: number;
  /** Each field's weight, strongest first (the note's waterfall); empty for the survivor. */
  readonly why: string;
}

export interface ReviewGroup {
  /** Sheet rows of the group, in sheet order: what the merge job is sent back when accepted. */
  readonly rows: readonly number[];
  readonly survivor: number;
  /** The weakest link's match probability. */
  readonly probability: number;
  /** Table column indexes shown: those where a row of the group has a value. */
  readonly columns: readonly number[];
  /** Survivor first, then the others in sheet order. */
  readonly records: readonly ReviewRecord[];
  /** The merged row as "Fusionner" writes it, per shown column. */
  readonly merged: readonly string[];
}

export interface DuplicateReview {
  readonly headers: readonly string[];
  readonly groups: readonly ReviewGroup[];
  /** Groups found; more than groups.length when the list was cut at MAX_REVIEW_GROUPS. */
  readonly total: number;
}

/** What a pane lists one by one: past this, the list says how many more there are. */
export const MAX_REVIEW_GROUPS = 2000;

/**
 * The groups as the panes show them for review: each row's cells beside the row kept, which
 * cells agree, each link's probability and why, and the merged row. Plain strings, so that the
 * review crosses from the worker to the page cheaply.
 */
export function reviewGroups(table: Table, result: DuplicateResult, lang: Lang, max = MAX_REVIEW_GROUPS): DuplicateReview {
  const sourceColumns = table.headers.map((_h, c) => c).filter((c) => !table.ownColumns?.has(c));
  const dateColumns = new Set([...result.columns.birthDate, ...result.columns.recency]);
  const show = (value: CellValue | undefined, column: number) => showText(value, lang, dateColumns.has(column));
  const groups = result.clusters.slice(0, max).map((cluster) => reviewGroup(table, result, cluster, sourceColumns, show, lang));
  return { headers: [...table.headers], groups, total: result.clusters.length };
}

type Show = (value: CellValue | undefined, column: number) => string;

function reviewGroup(table: Table, result: DuplicateResult, cluster: DuplicateCluster, sourceColumns: readonly number[], show: Show, lang: Lang): ReviewGroup {
  const cellsOf = (index: number) => table.rows[index]!.cells;
  const columns = sourceColumns.filter((c) => cluster.members.some((m) => show(cellsOf(m)[c], c) !== ""));
  const survivorCells = cellsOf(cluster.survivor);
  const others = cluster.members.filter((m) => m !== cluster.survivor);
  const records: ReviewRecord[] = [
    {
      row: table.rows[cluster.survivor]!.rowNumber,
      survivor: true,
      cells: columns.map((c) => show(survivorCells[c], c)),
      agreement: columns.map(() => "same"),
      probability: 1,
      why: "",
    },
  ];
  for (const m of others) {
    const link = cluster.links.find((l) => l.row === m);
    // Columns whose field the model found in agreement, though written otherwise.
    const agreeing = new Set<number>();
    for (const e of link?.evidence ?? []) {
      if (e.bits <= 0) continue;
      if (e.field === "other" && e.column !== undefined) agreeing.add(e.column);
      else for (const c of columnsShowing(e.field, result.columns)) agreeing.add(c);
    }
    const cells = cellsOf(m);
    records.push({
      row: table.rows[m]!.rowNumber,
      survivor: false,
      cells: columns.map((c) => show(cells[c], c)),
      agreement: columns.map((c) => agreementOf(cells[c], survivorCells[c], agreeing.has(c))),
      probability: link?.score ?? cluster.score,
      why: link ? describeEvidence(link.evidence, lang, result.model.priorBits, table.headers) : "",
    });
  }
  const merged = mergedRow(cluster, table, result.completeness);
  return {
    rows: cluster.members.map((m) => table.rows[m]!.rowNumber),
    survivor: table.rows[cluster.survivor]!.rowNumber,
    probability: cluster.score,
    columns,
    records,
    merged: columns.map((c) => show(merged[c], c)),
  };
}

function agreementOf(value: CellValue | undefined, kept: CellValue | undefined, modelAgrees: boolean): CellAgreement {
  const a = foldKey(cellText(value));
  const b = foldKey(cellText(kept));
  if (a === "" || b === "") return "missing";
  if (a === b) return "same";
  return modelAgrees ? "similar" : "differs";
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Excel's last day, 31/12/9999: a larger number in a date column is not a date. */
const LAST_SERIAL = 2_958_465;

/**
 * A cell as the user reads it: dates as 17/04/2025 in French, 2025-04-17 otherwise, also when
 * Excel handed a date column's cells over as serial numbers (45956).
 */
function showText(value: CellValue | undefined, lang: Lang, dateColumn: boolean): string {
  const date =
    value instanceof Date
      ? value
      : dateColumn && typeof value === "number" && value >= 1 && value <= LAST_SERIAL
        ? new Date(EXCEL_EPOCH_MS + Math.round(value) * 86_400_000)
        : null;
  if (date && !Number.isNaN(date.getTime())) return formatDay(lang, date);
  return cellText(value).trim();
}
