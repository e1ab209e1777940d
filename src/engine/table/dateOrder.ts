import type { CellValue } from "./cellValue";
import type { Table } from "./table";
import { tableColumn } from "./tableColumns";

/** dd/mm/yyyy or mm/dd/yyyy (any of / . -, two- or four-digit year), a time may follow. */
const DAY_MONTH_YEAR = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?!\d)/;
/** Distinct texts remembered: an orders list repeats ~1,500 dates a million times. */
const MAX_SEEN = 1 << 16;

/**
 * Whether a column's numeric dates put the day first, decided once for the whole column:
 * 03/04/2024 alone could be 3 April or 4 March, but a column that also holds 12/31/2024 (a
 * second part over 12) is written month first, as US exports are, and every one of its dates is
 * read that way. Day first (the French order) unless some value proves month first and none
 * proves day first (a first part over 12): an ambiguous or mixed column stays French.
 */
export function columnDayFirst(values: Iterable<CellValue>): boolean {
  const vote = new DateOrderVote();
  for (const value of values) {
    vote.add(value);
    if (vote.proven) return true;
  }
  return vote.dayFirst;
}

/** columnDayFirst one value at a time, for a column read as it streams. */
export class DateOrderVote {
  /** A first part over 12 was seen (25/03/2024): day first, whatever follows. */
  proven = false;
  /** Some value was a numeric date (dd/mm/yyyy or mm/dd/yyyy): the order matters. */
  numeric = false;
  private monthFirst = false;
  private readonly seen = new Set<string>();

  add(value: CellValue): void {
    if (this.proven || typeof value !== "string" || this.seen.has(value)) return;
    if (this.seen.size < MAX_SEEN) this.seen.add(value);
    const match = DAY_MONTH_YEAR.exec(value);
    if (!match) return;
    this.numeric = true;
    const first = +match[1]!;
    const second = +match[2]!;
    if (first > 12 && second <= 12) this.proven = true;
    if (second > 12 && first <= 12) this.monthFirst = true;
  }

  get dayFirst(): boolean {
    return this.proven || !this.monthFirst;
  }
}

const decided = new WeakMap<Table, Map<number, boolean>>();

/** columnDayFirst of a Table's column, read once per table and column whatever asks. */
export function dayFirstOf(table: Table, column: number): boolean {
  let columns = decided.get(table);
  if (!columns) decided.set(table, (columns = new Map()));
  let dayFirst = columns.get(column);
  if (dayFirst === undefined) columns.set(column, (dayFirst = columnDayFirst(cellsOf(table, column))));
  return dayFirst;
}

function* cellsOf(table: Table, column: number): Generator<CellValue> {
  const cells = tableColumn(table, column);
  for (let i = 0; i < cells.length; i++) yield cells.get(i);
}
