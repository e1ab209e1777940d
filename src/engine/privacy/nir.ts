/**
 * The French social security number (NIR, "numéro de sécurité sociale"): 13 characters and a
 * 2-digit key. Sex (1, 2; 3, 4, 7, 8 for provisional numbers), year, month (01–12; 20–42 and
 * 50–99 when the month is unknown), department (2A/2B for Corsica, 97x/98x overseas, 99
 * abroad), commune, order number, then key = 97 − (number mod 97), Corsica's 2A read as 19 and
 * 2B as 18 (INSEE). A NIR is data the CNIL restricts by decree: a customer file has no use for it.
 */
export interface NirCheck {
  /** The 15 characters without separators. */
  readonly compact: string;
  readonly keyValid: boolean;
}

const SHAPE = /^([123478])(\d{2})(\d{2})(\d{2}|2[AB])(\d{3})(\d{3})(\d{2})$/;

/** A 15-character NIR (separators allowed) checked; null when it does not have a NIR's shape. */
export function checkNir(text: string): NirCheck | null {
  const compact = text.replace(/[\s.-]/g, "").toUpperCase();
  const parts = SHAPE.exec(compact);
  if (!parts) return null;
  const month = Number(parts[3]);
  if (!(month >= 1 && month <= 12) && !(month >= 20 && month <= 42) && !(month >= 50 && month <= 99)) return null;
  if (parts[4] === "00" || Number(parts[6]) === 0) return null;
  const key = Number(parts[7]);
  return { compact, keyValid: key === nirKey(compact.slice(0, 13)) };
}

/** The key of the first 13 characters (Corsica's 2A → 19, 2B → 18). */
export function nirKey(first13: string): number {
  const digits = first13.toUpperCase().replace("2A", "19").replace("2B", "18");
  return 97 - Number(BigInt(digits) % 97n);
}

/** NIR-shaped runs in a free text ("n° sécu 1 85 05 78 006 084 36"), with their key checked. */
export function findNirs(text: string): NirCheck[] {
  const found: NirCheck[] = [];
  for (const match of text.matchAll(/(?<![0-9A-Za-z])[123478](?:[ .-]?[0-9ABab]){14}(?![0-9A-Za-z])/g)) {
    const check = checkNir(match[0]);
    if (check) found.push(check);
  }
  return found;
}
