import { normalizeHeader } from "./normalizeHeader";
import { columnLetter } from "./tableFromSheet";

/**
 * The column a user names on the command line or in a condition: its header as written, the
 * same header with case, accents and punctuation ignored ("nb achats an" for "Nb achats / an"),
 * its letter ("C") or its 1-based number ("3"). Null when none fits.
 */
export function findColumn(headers: readonly string[], name: string): number | null {
  const exact = headers.indexOf(name.trim());
  if (exact >= 0) return exact;
  const key = normalizeHeader(name);
  if (key === "") return null;
  const loose = headers.findIndex((header) => normalizeHeader(header) === key);
  if (loose >= 0) return loose;
  if (/^[A-Za-z]{1,3}$/.test(name.trim())) {
    const byLetter = headers.findIndex((_, index) => columnLetter(index) === name.trim().toUpperCase());
    if (byLetter >= 0) return byLetter;
  }
  if (/^\d+$/.test(name.trim())) {
    const index = Number(name.trim()) - 1;
    if (index >= 0 && index < headers.length) return index;
  }
  return null;
}
