import { luhnValid } from "../structure/siret/luhn";

/**
 * Bank details: IBAN (ISO 13616: country, 2 check digits, then the national account number;
 * valid when the rearranged number mod 97 is 1) and payment card numbers (Luhn, 15 or 16
 * digits with a card network's first digits). The CNIL counts both as data whose leak harms:
 * keep them out of a prospecting file.
 */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  FR: 27,
  MC: 27,
  DE: 22,
  BE: 16,
  ES: 24,
  IT: 27,
  LU: 20,
  CH: 21,
  GB: 22,
  NL: 18,
  PT: 25,
  IE: 22,
  AT: 20,
  PL: 28,
  SE: 24,
  DK: 18,
  FI: 18,
  NO: 15,
  GR: 27,
  CZ: 24,
  RO: 24,
  HU: 28,
  SK: 24,
  SI: 19,
  HR: 21,
  BG: 22,
  EE: 20,
  LV: 21,
  LT: 20,
  CY: 28,
  MT: 31,
  LI: 21,
  IS: 26,
  AD: 24,
  SM: 27,
  MA: 28,
  TN: 24,
  DZ: 26,
};

export function ibanValid(text: string): boolean {
  const compact = text.replace(/[\s-]/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const expected = IBAN_LENGTHS[compact.slice(0, 2)];
  if (expected !== undefined && compact.length !== expected) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= "A" ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** IBAN-shaped runs in a text; `validOnly` keeps those whose check digits are right. */
export function findIbans(text: string, validOnly = true): string[] {
  const found: string[] = [];
  for (const match of text.toUpperCase().matchAll(/(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}(?![A-Z0-9])/g)) {
    const compact = match[0].replace(/[\s-]/g, "");
    if (!validOnly || ibanValid(compact)) found.push(compact);
  }
  return found;
}

/** Card numbers: 16 digits (Visa 4, Mastercard 51–55 and 22–27, CB) or 15 (Amex 34, 37), Luhn-valid. */
export function findCardNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<!\d)\d(?:[ -]?\d){14,15}(?!\d)/g)) {
    const digits = match[0].replace(/\D/g, "");
    const network = digits.length === 16 ? /^(4|5[1-5]|2[2-7])/.test(digits) : /^3[47]/.test(digits);
    if (network && luhnValid(digits)) found.push(digits);
  }
  return found;
}
