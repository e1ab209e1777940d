import { tableColumn } from "../table/tableColumns";
import type { ColumnRole } from "../table/columnRole";
import type { Table } from "../table/table";
import type { Lang } from "../i18n/lang";
import type { CellFlag } from "../plan";
import type { RequiredField } from "../structure/structureOptions";
import { missingFieldNote } from "./qualityMessages";

/**
 * Rows missing a required field get a red border on the empty cell of the field's first
 * column. A field the file has no column for at all is not flagged row by row: the file
 * simply does not hold it, and a red column would say nothing new.
 */
export function requiredFlags(
  table: Table,
  roles: readonly ColumnRole[],
  sources: readonly number[],
  fields: readonly RequiredField[],
  lang: Lang,
): CellFlag[] {
  const flags: CellFlag[] = [];
  for (const field of fields) {
    const columns = sources.filter((index) => field.roles.includes(roles[index]!));
    if (columns.length === 0) continue;
    const message = missingFieldNote(
      field.roles.filter((role) => columns.some((c) => roles[c] === role)),
      lang,
    );
    const column = { source: columns[0]! };
    // Column-wise: a table held so makes no row, nor any text, to learn that a cell is empty.
    const cells = columns.map((index) => tableColumn(table, index));
    for (let i = 0; i < table.rows.length; i++) {
      if (cells.every((cell) => cell.isBlank(i))) flags.push({ row: table.rows[i]!.rowNumber, column, kind: "incomplete", message });
    }
  }
  return flags;
}
