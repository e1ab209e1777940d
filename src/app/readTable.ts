import type { Host, ProgressListener } from "../hosts/host";
import type { Table } from "../engine/table/table";
import type { Lang } from "../engine/i18n/lang";
import type { DataKindChoices } from "../engine/table/dataKindChoices";
import { TriaError } from "../engine/errors";
import { tableFromSheet } from "../engine/table/tableFromSheet";
import { unsplitCsv } from "../engine/table/unsplitCsv";

export interface ReadTableOptions {
  readonly sheet?: string;
  /** 1-based header row when the user knows it; detected otherwise. */
  readonly headerRow?: number;
  readonly lang: Lang;
  readonly onProgress?: ProgressListener;
  /** The user's data kinds by column name; the others follow the role (DESIGN.md §2). */
  readonly dataKinds?: DataKindChoices;
  /**
   * Read a header with no data rows as an empty table instead of refusing it. Only the panes'
   * inspect asks this: their not-a-customer-file check must come first (meeting notes leave a
   * sentence as header and no rows), then the job itself refuses the empty table.
   */
  readonly headerOnly?: "read";
}

/** Read a sheet from a host and find its table; an empty sheet is a clear error, not a crash. */
export async function readTable(host: Host, options: ReadTableOptions): Promise<Table> {
  const sheet = await host.readSheet(options.sheet, options.onProgress);
  if (!sheet.rows.some((row) => row.some((cell) => cell !== null))) throw new TriaError("emptySheet", { sheet: sheet.name });
  const table = tableFromSheet(sheet, { lang: options.lang, ...(options.headerRow === undefined ? {} : { headerRow: options.headerRow }) });
  // "Nom;Téléphone;…" in one column is a CSV never split into columns: say so rather than run on it.
  const unsplit = unsplitCsv(table);
  if (unsplit)
    throw new TriaError("unsplitCsv", {
      sheet: sheet.name,
      line: shortLine(unsplit.firstLine),
      delimiter: unsplit.delimiter === "\t" ? "tab" : unsplit.delimiter,
    });
  // A header alone (or a header and a total row) leaves nothing to work on: exit 5 in the CLI (docs/cli.md).
  if (table.rows.length === 0 && options.headerOnly !== "read") throw new TriaError("noDataRows", { sheet: sheet.name, row: table.headerRow });
  // The sheet's rows counted title and header rows ("503 / 503 lignes" for 500 customers): say the data rows.
  options.onProgress?.({ phase: "read", done: table.rows.length, total: table.rows.length });
  return table;
}

/** The start of a line, for a message: enough to recognise it. */
function shortLine(line: string): string {
  const flat = line.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
