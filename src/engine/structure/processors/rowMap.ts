/**
 * A ReadonlyMap from row index to value for a processor that fills it in increasing row order:
 * two arrays appended to instead of a Map's hash table. The address processor keeps one split
 * per row; on the 100,000-row bench, adding them to a Map (growing and rehashing a table of
 * 100,000 entries) was 4 % of its time, while the job only iterates them in row order.
 */
export class RowMap<V> implements ReadonlyMap<number, V> {
  private readonly rows: number[] = [];
  private readonly items: V[] = [];

  /** Adds the row's value; rows come in increasing order (checked: a lookup relies on it). */
  add(row: number, value: V): void {
    const last = this.rows.length === 0 ? -1 : this.rows[this.rows.length - 1]!;
    if (row <= last) throw new Error(`RowMap: row ${row} after row ${last}`);
    this.rows.push(row);
    this.items.push(value);
  }

  get size(): number {
    return this.rows.length;
  }

  get(row: number): V | undefined {
    const at = this.indexOf(row);
    return at < 0 ? undefined : this.items[at];
  }

  has(row: number): boolean {
    return this.indexOf(row) >= 0;
  }

  forEach(callback: (value: V, row: number, map: ReadonlyMap<number, V>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.rows.length; i++) callback.call(thisArg, this.items[i]!, this.rows[i]!, this);
  }

  // A pair at a time, as a Map's iterator gives them: no array of every pair at once.
  *entries(): MapIterator<[number, V]> {
    for (let i = 0; i < this.rows.length; i++) yield [this.rows[i]!, this.items[i]!];
  }

  keys(): MapIterator<number> {
    return this.rows.values();
  }

  values(): MapIterator<V> {
    return this.items.values();
  }

  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }

  /** Binary search: the rows are in increasing order. */
  private indexOf(row: number): number {
    let low = 0;
    let high = this.rows.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = this.rows[middle]!;
      if (at === row) return middle;
      if (at < row) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}
