import { isCellError, type CellValue } from "./cellValue";

/**
 * Yes/no answers as people type them in French and English files: oui/non, o/n, yes/no,
 * y/n, vrai/faux, true/false, 1/0, and "x" or "✓" ticked in a column of boxes.
 * Empty cells and anything else give null: an unticked box is not a "no" we can be sure of.
 */
const TRUE_WORDS: ReadonlySet<string> = new Set(["oui", "o", "yes", "y", "vrai", "true", "1", "x", "✓", "✔", "ok"]);
const FALSE_WORDS: ReadonlySet<string> = new Set(["non", "n", "no", "faux", "false", "0"]);

export function parseBoolean(value: CellValue): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== "string" || isCellError(value)) return null;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}
