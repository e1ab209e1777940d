import { cellText, type CellValue } from "../table/cellValue";

/**
 * The department of a French postal code: its first two digits, three overseas (971 to 976,
 * 984 to 988), and Corsica's 2A (200xx–201xx) and 2B (202xx–206xx), as La Poste assigns them.
 * A code written as a number (Excel drops the leading 0 of 01000) gets its 0 back. Null when
 * the cell holds no five-digit code.
 */
export function departmentOf(cell: CellValue | undefined): string | null {
  const text = cellText(cell ?? null).replace(/\s/g, "");
  const code = /^\d{4}$/.test(text) ? `0${text}` : text;
  if (!/^\d{5}$/.test(code)) return null;
  if (code.startsWith("97") || code.startsWith("98")) return code.slice(0, 3);
  if (code.startsWith("20")) return Number(code.slice(0, 3)) <= 201 ? "2A" : "2B";
  return code.slice(0, 2);
}

/** A department as typed in a list ("1", "01", "2a", "971") in the form departmentOf gives. */
export function departmentKey(text: string): string {
  const key = text.trim().toUpperCase();
  return /^\d$/.test(key) ? `0${key}` : key;
}
