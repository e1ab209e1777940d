import type { CellValue } from "../table/cellValue";

/**
 * An added column whose `values` (one per row) are made on first read, then kept. On an
 * orders list each column repeats every customer's score on each of their order rows: ten
 * columns of a million cells that a run writing only its report (the CLI's `--report` alone,
 * the taskpane's preview) never reads. A host that writes, a copy or a postMessage reads
 * `values` as before and gets the same array.
 */
export function withLazyValues<T extends object>(fields: T, make: () => CellValue[]): T & { readonly values: readonly CellValue[] } {
  let values: CellValue[] | undefined;
  const out = { ...fields };
  Object.defineProperty(out, "values", { enumerable: true, get: () => (values ??= make()) });
  return out as T & { readonly values: readonly CellValue[] };
}
