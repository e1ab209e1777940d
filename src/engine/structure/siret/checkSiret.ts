import type { FieldIssue } from "../fieldIssue";
import { digitSum, luhnValid } from "./luhn";
import { SIRET_ISSUES } from "./siretMessages";

export interface SiretCheck {
  /** The 9 digits of the company, when they could be read (derived from a SIRET too). */
  readonly siren: string | null;
  /** The 14 digits of the establishment, when the input was a SIRET. */
  readonly siret: string | null;
  readonly valid: boolean;
  readonly issues: readonly FieldIssue[];
}

// La Poste's establishments share SIREN 356 000 000 and are numbered past what Luhn allows;
// INSEE's rule for them: the sum of the 14 digits is a multiple of 5.
const LA_POSTE_SIREN = "356000000";

/** A SIREN (9 digits): spaces and dots allowed, Luhn checked. */
export function checkSiren(value: string | number): SiretCheck {
  const read = readDigits(value);
  if ("issue" in read) return { siren: null, siret: null, valid: false, issues: [read.issue] };
  const digits = read.digits;
  if (digits.length !== 9) return { siren: null, siret: null, valid: false, issues: [SIRET_ISSUES.sirenLength] };
  const valid = luhnValid(digits);
  return { siren: digits, siret: null, valid, issues: valid ? [] : [SIRET_ISSUES.sirenChecksum] };
}

/** A SIRET (14 digits): spaces and dots allowed, Luhn checked with La Poste's exception. */
export function checkSiret(value: string | number): SiretCheck {
  const read = readDigits(value);
  if ("issue" in read) return { siren: null, siret: null, valid: false, issues: [read.issue] };
  const digits = read.digits;
  if (digits.length !== 14) return { siren: null, siret: null, valid: false, issues: [SIRET_ISSUES.siretLength] };
  const siren = digits.slice(0, 9);
  const valid = digits.startsWith(LA_POSTE_SIREN) ? digitSum(digits) % 5 === 0 : luhnValid(digits);
  return { siren, siret: digits, valid, issues: valid ? [] : [SIRET_ISSUES.siretChecksum] };
}

/**
 * The digits of a SIREN/SIRET cell. Numbers come from Excel cells formatted as numbers (all 14
 * digits fit in a double exactly); "8,34823E+13" is what an Excel CSV export wrote for such a
 * cell: the last digits are gone for good.
 */
function readDigits(value: string | number): { digits: string } | { issue: FieldIssue } {
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || value < 0) return { issue: SIRET_ISSUES.notDigits };
    return { digits: String(value) };
  }
  const text = value.trim();
  if (/^\d+(?:[.,]\d+)?\s*E\s*\+?\s*\d+$/i.test(text)) return { issue: SIRET_ISSUES.scientific };
  // Thin, no-break and plain spaces, dots, hyphens and slashes separate groups ("834 823 123 00015").
  const digits = text.replace(/[\s\u00A0\u202F.\-/]/g, "");
  if (!/^\d*$/.test(digits)) return { issue: SIRET_ISSUES.notDigits };
  return { digits };
}
