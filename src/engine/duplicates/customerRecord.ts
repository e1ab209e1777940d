import type { AddressKey } from "./normalize/normalizeAddress";

/**
 * One row as the duplicate finder sees it, as plain strings: what user rules read and what
 * DuplicateResult.records shows. The finder itself works on PreparedRows (ids, not strings).
 */
export interface CustomerRecord {
  readonly email: string;
  readonly phones: readonly string[];
  /** 14 digits, or "" */
  readonly siret: string;
  /** 9 digits (first 9 of the SIRET, or a SIREN column), or "" */
  readonly siren: string;
  /** Sorted name words (see nameTokens). */
  readonly name: readonly string[];
  /** First and last name apart, when the file has them in two columns (user rules). */
  readonly firstName: string;
  readonly lastName: string;
  readonly company: string;
  readonly address: AddressKey;
  /** Days since 1970, or NaN. */
  readonly birthDate: number;
  readonly customerId: string;
  /** Non-empty source cells: the most complete row survives. */
  readonly filled: number;
  /** Latest date among purchase/contact dates (ms), or -Infinity: ties go to the most recent. */
  readonly recency: number;
}
