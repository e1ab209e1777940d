import type { PreparedRows } from "../preparedRows";

/**
 * What a comparison reads of a row, packed into 16 int32 (64 bytes: one CPU cache line) per
 * row. A candidate pair's second row is anywhere in a million rows: reading 16 separate
 * columns would cost 16 cache misses per pair, this costs one. Hashed values (e-mail, mailbox,
 * SIRET, customer number) keep their low 31 bits here; equal low bits are confirmed on the
 * full values. -1 is missing, except BIRTH (NO_DATE).
 */
export const STRIDE = 16;
export const EMAIL = 0;
export const MAILBOX = 1;
export const DOMAIN = 2;
/** Mailbox length (8 bits) | 256 when it holds a digit. */
export const MAILBOX_INFO = 3;
export const MAILBOX_LETTERS = 4;
/** Start in phone.ids × 16 + how many (at most 15). */
export const PHONES = 5;
export const SIRET = 6;
export const SIREN = 7;
export const COMPANY = 8;
export const POSTAL_CODE = 9;
export const CITY = 10;
export const HOUSE_NUMBER = 11;
export const BIRTH = 12;
export const CUSTOMER_ID = 13;
/** Start in name.ids × 256 + how many words (at most 255). */
export const NAME = 14;
export const STREET = 15;
export const NO_DATE = -2_147_483_648;

export function packRows(p: PreparedRows): Int32Array {
  const out = new Int32Array(p.rows * STRIDE);
  for (let i = 0; i < p.rows; i++) {
    const at = i * STRIDE;
    out[at + EMAIL] = low31(p.email[i]!);
    out[at + MAILBOX] = low31(p.mailbox[i]!);
    out[at + DOMAIN] = p.domain[i]!;
    out[at + MAILBOX_INFO] = p.mailboxLength[i]! | (p.mailboxHasDigit[i]! << 8);
    out[at + MAILBOX_LETTERS] = p.mailboxLetters[i]!;
    out[at + PHONES] = p.phone.offsets[i]! * 16 + Math.min(15, p.phone.sizeOf(i));
    out[at + SIRET] = low31(p.siret[i]!);
    out[at + SIREN] = low31(p.siren[i]!);
    out[at + COMPANY] = p.company[i]!;
    out[at + POSTAL_CODE] = p.postalCode[i]!;
    out[at + CITY] = p.city[i]!;
    out[at + HOUSE_NUMBER] = p.houseNumber[i]!;
    out[at + BIRTH] = Number.isNaN(p.birthDate[i]!) ? NO_DATE : p.birthDate[i]!;
    out[at + CUSTOMER_ID] = low31(p.customerId[i]!);
    out[at + NAME] = p.name.offsets[i]! * 256 + Math.min(255, p.name.sizeOf(i));
    out[at + STREET] = p.street.offsets[i]! * 256 + Math.min(255, p.street.sizeOf(i));
  }
  return out;
}

/** The low 31 bits of a non-negative integer value, -1 for NaN (missing). */
function low31(value: number): number {
  return Number.isNaN(value) ? -1 : value % 2_147_483_648;
}
