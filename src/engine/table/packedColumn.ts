import type { CellValue } from "./cellValue";
import { Latin1Texts } from "./latin1Texts";
import { detachedString } from "./detachedString";

/** Codes at the top of the range are not dictionary entries: the value is in `numbers`. */
const NUMBER = 0xffffffff;
const DATE = 0xfffffffe;
/** Codes from here up (below DATE) are texts held as bytes: code - BYTES is their index in `bytes`. */
const BYTES = 0x80000000;
/** Lookups made before deciding whether the column repeats enough to keep a dictionary. */
const SAMPLE = 10_000;

/**
 * One column of values held column-wise (issue 11): a Uint32 code per row into a dictionary
 * of the column's distinct texts, numbers and dates in a Float64Array, instead of a JS value
 * per cell. A town, a civility or a postal code repeated on a million rows is one string and
 * four bytes a row; a date is eight bytes, not an object. A column of mostly distinct texts
 * (streets, phones, the RNVP lines) stops looking values up once a sample shows it, and
 * appends them as bytes (Latin1Texts), made into a string again when read. The texts it keeps
 * are copies (detachedString): a reader's fields cut from a file's text never keep the file.
 * Code 0 is an empty cell (null).
 */
export class PackedColumn {
  private codes: Uint32Array;
  private numbers: Float64Array | null = null;
  private readonly distinct: CellValue[] = [null];
  private lookup: Map<string, number> | null = new Map();
  private looked = 0;
  private bytes: Latin1Texts | null = null;
  /** The last text looked up in the dictionary and its code. */
  private lastText: string | null = null;
  private lastCode = 0;

  /** `sample`: lookups before deciding the column is mostly distinct (tests make it small). */
  constructor(
    length: number,
    private readonly sample = SAMPLE,
  ) {
    this.codes = new Uint32Array(length);
  }

  get length(): number {
    return this.codes.length;
  }

  /** Holds `length` rows from now on: new rows are empty, rows past it are dropped (a reader growing its columns). */
  resize(length: number): void {
    this.codes = resized(this.codes, length);
    if (this.numbers) this.numbers = resized(this.numbers, length);
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
    if (code < BYTES) return this.distinct[code] ?? null;
    if (code === NUMBER) return this.numbers![row]!;
    if (code === DATE) return new Date(this.numbers![row]!);
    return this.bytes!.get(code - BYTES);
  }

  /**
   * The row's text as the column's own string when its dictionary holds it (shared, not a
   * copy), else `text`, which the caller knows to be the same text: read from the bytes, it
   * would be a new string again.
   */
  sharedText(row: number, text: string): string {
    const code = this.codes[row]!;
    const value = code < BYTES ? this.distinct[code] : undefined;
    return typeof value === "string" ? value : text;
  }

  /** The column is complete: the room kept for more texts is given back (it can still be set, at the cost of a copy). */
  trim(): void {
    this.bytes?.trim();
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
    if (lookup === null) {
      const index = (this.bytes ??= new Latin1Texts()).add(text);
      if (index >= 0) return BYTES + index;
      // A character past U+00FF (an emoji, a Chinese name): kept as a string of its own.
      return this.distinct.push(detachedString(text)) - 1;
    }
    // A quarter of the lookups on the bench's 100,000 rows are the text of the row before
    // (a country, a civility, a town on consecutive rows): answered without hashing it.
    let code = text === this.lastText ? this.lastCode : lookup.get(text);
    if (code === undefined) {
      const own = detachedString(text);
      code = this.distinct.push(own) - 1;
      lookup.set(own, code);
    }
    // The column's own copy, not the reader's text: a field cut from a file would keep the file.
    this.lastText = this.distinct[code] as string;
    this.lastCode = code;
    // Mostly distinct texts: the map would cost more than it shares.
    if (++this.looked === this.sample && lookup.size > this.sample / 2) this.lookup = null;
    return code;
  }
}

function resized<T extends Uint32Array | Float64Array>(array: T, length: number): T {
  const out = new (array.constructor as new (length: number) => T)(length);
  out.set(length < array.length ? array.subarray(0, length) : array);
  return out;
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
