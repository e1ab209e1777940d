import type { CellValue } from "./cellValue";

/** Codes at the top of the range are not dictionary entries: the value is in `numbers`. */
const NUMBER = 0xffffffff;
const DATE = 0xfffffffe;
/** Lookups made before deciding whether the column repeats enough to keep a dictionary. */
const SAMPLE = 10_000;

/**
 * One column of values held column-wise (issue 11): a Uint32 code per row into a dictionary
 * of the column's distinct texts, numbers and dates in a Float64Array, instead of a JS value
 * per cell. A town, a civility or a postal code repeated on a million rows is one string and
 * four bytes a row; a date is eight bytes, not an object. A column of mostly distinct texts
 * (streets, phones) stops looking values up once a sample shows it, and just appends them.
 * Code 0 is an empty cell (null).
 */
export class PackedColumn {
  private readonly codes: Uint32Array;
  private numbers: Float64Array | null = null;
  private readonly distinct: CellValue[] = [null];
  private lookup: Map<string, number> | null = new Map();
  private looked = 0;

  constructor(readonly length: number) {
    this.codes = new Uint32Array(length);
  }

  /** A column holding these values (tests, small columns). */
  static of(values: readonly CellValue[]): PackedColumn {
    const column = new PackedColumn(values.length);
    for (let row = 0; row < values.length; row++) column.set(row, values[row] ?? null);
    return column;
  }

  set(row: number, value: CellValue): void {
    if (value === null) this.codes[row] = 0;
    else if (typeof value === "string") this.codes[row] = this.codeOf(value);
    else if (typeof value === "number") this.setNumber(row, value, NUMBER);
    else if (value instanceof Date) this.setNumber(row, value.getTime(), DATE);
    // Booleans and error values are rare in added columns: kept as they are.
    else this.codes[row] = this.distinct.push(value) - 1;
  }

  get(row: number): CellValue {
    const code = this.codes[row]!;
    if (code === NUMBER) return this.numbers![row]!;
    if (code === DATE) return new Date(this.numbers![row]!);
    return this.distinct[code] ?? null;
  }

  /** True when the row holds no value. */
  isEmpty(row: number): boolean {
    return this.codes[row] === 0;
  }

  /** True when some row holds a value. */
  hasValues(): boolean {
    return this.codes.some((code) => code !== 0);
  }

  /** The values as an array, one per row (what hosts read: AddedColumn.values). */
  toArray(): CellValue[] {
    const out = new Array<CellValue>(this.length);
    for (let row = 0; row < this.length; row++) out[row] = this.get(row);
    return out;
  }

  private setNumber(row: number, value: number, code: number): void {
    (this.numbers ??= new Float64Array(this.length))[row] = value;
    this.codes[row] = code;
  }

  private codeOf(text: string): number {
    const lookup = this.lookup;
    // A text made by joining others ("12 RUE DE LA PAIX") is a tree of its pieces in V8 until
    // read: charCodeAt makes it one flat string (the collector drops the tree), ~70 bytes kept
    // instead of ~240 for an RNVP line. A Map lookup flattens it just the same.
    if (lookup === null) {
      text.charCodeAt(0);
      return this.distinct.push(text) - 1;
    }
    const known = lookup.get(text);
    const code = known ?? this.distinct.push(text) - 1;
    if (known === undefined) lookup.set(text, code);
    // Mostly distinct texts: the map would cost more than it shares.
    if (++this.looked === SAMPLE && lookup.size > SAMPLE / 2) this.lookup = null;
    return code;
  }
}

/**
 * `fields` with a `values` array read from `packed` on first use and kept (hosts, tests and
 * the worker's postMessage read it as before), and `packed` itself, not enumerable: a copy or
 * a structured clone carries the plain values only. A run that only writes its report never
 * makes the arrays at all.
 */
export function withPackedValues<T extends object>(
  fields: T,
  packed: PackedColumn,
): T & { readonly values: readonly CellValue[]; readonly packed?: PackedColumn } {
  let values: CellValue[] | undefined;
  const out = { ...fields };
  Object.defineProperty(out, "values", { enumerable: true, get: () => (values ??= packed.toArray()) });
  Object.defineProperty(out, "packed", { enumerable: false, value: packed });
  return out as T & { readonly values: readonly CellValue[]; readonly packed?: PackedColumn };
}
