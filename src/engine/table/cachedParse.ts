import type { CellValue } from "./cellValue";

/** Distinct texts remembered at most: a column of a million different texts must not double its memory. */
const MAX_DISTINCT = 1 << 18;

/**
 * A number parser (dates as day numbers, amounts) that parses each distinct text once: an
 * orders list repeats the same dates and amounts thousands of times (1,000,000 orders hold
 * about 1,500 dates), and parsing "29/08/2025" a million times was most of the Score job.
 * Cells that are not text (numbers and dates from an .xlsx) go straight to the parser.
 */
export function cachedParse(parse: (cell: CellValue) => number | null): (cell: CellValue) => number | null {
  // NaN stands for "not a number" in the cache: a Map of numbers only stays compact.
  const known = new Map<string, number>();
  return (cell) => {
    if (typeof cell !== "string") return parse(cell);
    const hit = known.get(cell);
    if (hit !== undefined) return Number.isNaN(hit) ? null : hit;
    const value = parse(cell);
    if (known.size < MAX_DISTINCT) known.set(cell, value ?? Number.NaN);
    return value;
  };
}
