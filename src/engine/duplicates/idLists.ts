/**
 * One short list of ids (or numbers: a phone as its E.164 digits) per row (a row's phones, name words, street words), all rows in one
 * flat typed array with offsets: a million rows hold no array object each, and the garbage
 * collector has nothing to walk. Rows are filled in order: start(row), add(id)…, and the
 * list of row r is ids[offsets[r] .. offsets[r + 1]).
 */
export class IdLists {
  readonly offsets: Int32Array;
  ids: Float64Array;
  private length = 0;
  private row = -1;

  constructor(rows: number, expectedPerRow = 2) {
    this.offsets = new Int32Array(rows + 1);
    this.ids = new Float64Array(Math.max(16, rows * expectedPerRow));
  }

  /** Begin the list of `row` (rows in increasing order; skipped rows get empty lists). */
  start(row: number): void {
    for (let r = this.row + 1; r <= row; r++) this.offsets[r] = this.length;
    this.row = row;
  }

  add(id: number): void {
    if (this.length === this.ids.length) {
      const bigger = new Float64Array(this.ids.length * 2);
      bigger.set(this.ids);
      this.ids = bigger;
    }
    this.ids[this.length++] = id;
    this.offsets[this.row + 1] = this.length;
  }

  /** Whether the current row's list already holds `id` (lists are short). */
  has(id: number): boolean {
    for (let k = this.offsets[this.row]!; k < this.length; k++) if (this.ids[k] === id) return true;
    return false;
  }

  /** Close every list up to the last row. */
  finish(): void {
    for (let r = this.row + 1; r < this.offsets.length; r++) this.offsets[r] = this.length;
    this.row = this.offsets.length - 1;
  }

  sizeOf(row: number): number {
    return this.offsets[row + 1]! - this.offsets[row]!;
  }

  /** A copy of one row's list (for explanations and rules, not for hot loops). */
  list(row: number): number[] {
    return Array.from(this.ids.subarray(this.offsets[row]!, this.offsets[row + 1]!));
  }
}
