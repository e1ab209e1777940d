import { dayFirstOf } from "../engine/table/dateOrder";
import type { Host } from "../hosts/host";
import type { CellValue } from "../engine/table/cellValue";
import type { Table } from "../engine/table/table";
import { REPORT_VERSION, type Report, type ReportColumn } from "../engine/report";
import { inspectTable } from "../engine/inspect";
import { matchWhere } from "../engine/segments/matchWhere";
import { parseWhere } from "../engine/segments/parseWhere";
import { plantTraps, type OwnedContact, type Trap, type TrapRequest } from "../engine/method/trapRecords";
import { readTable, type ReadTableOptions } from "./readTable";

export interface RunExportOptions extends ReadTableOptions {
  /** Only the rows meeting this condition (the segment builder's words), else every row. */
  readonly where?: string;
  /** Seed records to plant, at addresses the user owns. */
  readonly traps?: TrapRequest;
}

export interface ExportOutcome {
  readonly sheet: string;
  readonly headerRow: number;
  readonly headers: readonly string[];
  /** The sheet's columns as read: the report's `columns`. */
  readonly columns: readonly ReportColumn[];
  readonly where: string | null;
  /** The sheet's data rows, before `where`. */
  readonly rowsRead: number;
  /** The export's data rows, traps among them. */
  readonly rows: readonly (readonly CellValue[])[];
  /** The traps planted and where (0-based among `rows`): the private list, never in the export itself. */
  readonly traps: readonly Trap[];
}

/**
 * An export for rent or exchange: the sheet's rows (those meeting `where`), values only, with
 * trap records planted among them when asked. It writes nothing itself and changes nothing in
 * the user's sheet: the caller writes the export and the private list as NEW files.
 */
export async function runExport(host: Host, options: RunExportOptions): Promise<ExportOutcome> {
  const read = await readTable(host, options);
  const columns = inspectTable(read, options.lang, {}, options.dataKinds);
  const test =
    options.where === undefined ? null : matchWhere(parseWhere(options.where, read.headers), columns, options.lang, (column) => dayFirstOf(read, column));
  const table: Table = test ? { ...read, rows: read.rows.filter((row) => test(row.cells)) } : read;
  const planted = options.traps ? plantTraps(table, columns, options.traps, read.rows) : { rows: table.rows.map((row) => [...row.cells]), traps: [] };
  const own = read.ownColumns;
  return {
    sheet: table.sheet,
    headerRow: table.headerRow,
    headers: table.headers,
    columns: own ? columns.filter((column) => !own.has(column.index)) : columns,
    where: options.where?.trim() ?? null,
    rowsRead: read.rows.length,
    rows: planted.rows,
    traps: planted.traps,
  };
}

/** The export's JSON report (DESIGN.md §5): the sheet read, its columns, and `export` (no flags: nothing was checked). */
export function exportReport(outcome: ExportOutcome, files: { readonly file: string | null; readonly trapList: string | null }): Report {
  return {
    reportVersion: REPORT_VERSION,
    job: "export",
    sheet: outcome.sheet,
    headerRow: outcome.headerRow,
    columns: outcome.columns,
    flags: [],
    columnFlags: [],
    splits: [],
    duplicates: [],
    scores: [],
    export: {
      where: outcome.where,
      rows: outcome.rows.length,
      traps: outcome.traps.length,
      file: files.file,
      trapList: outcome.traps.length > 0 ? files.trapList : null,
    },
    counts: { rows: outcome.rowsRead, flags: {}, duplicateRows: 0 },
  };
}

/** The user's owned addresses, one per row of their trap file, by the roles its headers name. */
export async function readOwnedContacts(host: Host, options: ReadTableOptions): Promise<OwnedContact[]> {
  const table = await readTable(host, options);
  const columns = inspectTable(table, options.lang).filter((c) => c.role !== "other");
  return table.rows.map((row) => Object.fromEntries(columns.map((c) => [c.role, row.cells[c.index] ?? null])) as OwnedContact);
}
