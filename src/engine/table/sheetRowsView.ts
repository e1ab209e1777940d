import type { CellValue } from "./cellValue";
import type { SheetColumns } from "./sheetColumns";

type Rows = readonly (readonly CellValue[])[];

/**
 * The columns behind a view, by the view itself: a sheet made from another with other rows
 * ({ ...sheet, rows: rows.slice(0, 50) }) is read through its own rows, never through columns
 * that no longer match them.
 */
const viewed = new WeakMap<Rows, SheetColumns>();

/** The columns a sheet's rows are a view of (sheetRowsView), or undefined for rows held as arrays. */
export function sheetColumnsOf(rows: Rows): SheetColumns | undefined {
  return viewed.get(rows);
}

/**
 * RawSheet.rows for a sheet held column-wise: an array to every reader (index, length, map,
 * some, spread), each row made from the columns when read and not kept. Readers of the first
 * rows (the header, the sheet's choice) and of one row at a time stay as they were; a reader
 * that goes over every cell must ask the columns (RawSheet.columns) instead: each read here
 * makes a whole row. Read-only: a reader cannot change the sheet through it.
 */
export function sheetRowsView(columns: SheetColumns): Rows {
  const target: CellValue[][] = [];
  target.length = columns.length;
  const view = new Proxy(target, {
    get: (rows, key, receiver) => {
      const index = rowIndex(key);
      if (index < 0) return Reflect.get(rows, key, receiver) as unknown;
      return index < columns.length ? columns.row(index) : undefined;
    },
    has: (rows, key) => {
      const index = rowIndex(key);
      return index < 0 ? Reflect.has(rows, key) : index < columns.length;
    },
    ownKeys: () => [...Array.from({ length: columns.length }, (_, index) => String(index)), "length"],
    getOwnPropertyDescriptor: (rows, key) => {
      const index = rowIndex(key);
      if (index < 0 || index >= columns.length) return Reflect.getOwnPropertyDescriptor(rows, key);
      return { value: columns.row(index), writable: false, enumerable: true, configurable: true };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
  viewed.set(view, columns);
  return view;
}

/** The array index a property key names, or -1 ("length", "map", a symbol). */
function rowIndex(key: string | symbol): number {
  if (typeof key !== "string" || key.length === 0) return -1;
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57 || (first === 48 && key.length > 1)) return -1;
  const index = Number(key);
  return Number.isSafeInteger(index) ? index : -1;
}
