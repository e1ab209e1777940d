import { isCellError, isEmptyCell, type CellValue } from "../table/cellValue";
import type { Table } from "../table/table";
import type { DuplicateCluster } from "./findDuplicates";
import type { RowCompleteness } from "./survivor";

/**
 * The proposed merged customer: the survivor's own cells, its gaps (blank or #N/A) filled from
 * the other rows of its cluster, most complete and most recent first. Nothing typed in the
 * survivor is replaced; nothing in the other rows is deleted (they stay in the sheet).
 */
export function mergedRow(cluster: DuplicateCluster, table: Table, rows: RowCompleteness): CellValue[] {
  const donors = cluster.members
    .filter((m) => m !== cluster.survivor)
    .sort((a, b) => rows.filled[b]! - rows.filled[a]! || rows.recency[b]! - rows.recency[a]! || a - b);
  const cells = [...table.rows[cluster.survivor]!.cells];
  for (let c = 0; c < cells.length; c++) {
    if (!missing(cells[c])) continue;
    for (const donor of donors) {
      const value = table.rows[donor]!.cells[c];
      if (!missing(value)) {
        cells[c] = value ?? null;
        break;
      }
    }
  }
  return cells;
}

function missing(value: CellValue | undefined): boolean {
  return isEmptyCell(value) || isCellError(value);
}
