import { isEmptyCell, type CellValue } from "../cellValue";
import type { Table } from "../table";

/** Enough to tell an e-mail column from a phone column; more only costs time on 1,048,576 rows. */
export const DEFAULT_SAMPLE_SIZE = 200;
/** Probes per wanted value: a sparse column (one cell in ten filled) still yields a full sample. */
const PROBES_PER_VALUE = 10;

/**
 * Up to `max` non-empty values spread over the whole column, not just its top: files are
 * often sorted, and the first rows of a sorted file are all alike. Reads at most
 * max × 10 cells whatever the column's length.
 */
export function sampleValues(length: number, valueAt: (index: number) => CellValue | undefined, max = DEFAULT_SAMPLE_SIZE): CellValue[] {
  const probes = Math.min(length, max * PROBES_PER_VALUE);
  const found: CellValue[] = [];
  for (let p = 0; p < probes; p++) {
    // A golden-ratio jitter inside each stride: a fixed stride would see only one phase of a
    // periodic column (every 10th row filled) and miss the rest entirely.
    const jitter = (p * 0.618_033_988_75) % 1;
    const value = valueAt(Math.min(length - 1, Math.floor(((p + jitter) * length) / probes)));
    if (value !== undefined && !isEmptyCell(value)) found.push(value);
  }
  if (found.length <= max) return found;
  // Keep an even spread of what was found.
  return Array.from({ length: max }, (_, i) => found[Math.floor((i * found.length) / max)]!);
}

export function sampleColumn(table: Table, column: number, max = DEFAULT_SAMPLE_SIZE): CellValue[] {
  return sampleValues(table.rows.length, (i) => table.rows[i]?.cells[column], max);
}
