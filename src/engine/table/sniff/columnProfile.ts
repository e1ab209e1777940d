import { isCellError, type CellValue } from "../cellValue";
import { parseBoolean } from "../parseBoolean";
import { parseDate } from "../parseDate";
import { parseNumber } from "../parseNumber";
import {
  addressKind,
  companyIdKind,
  isCivility,
  isCountry,
  isEmailLike,
  isFullNameLike,
  isGender,
  isKnownFirstName,
  isMultiWordName,
  isNameShaped,
  isPostalCodeLike,
  isTownLike,
  phoneKind,
} from "./cellPatterns";

/** What a sampled value can look like. One value can look like several (75001: a number and a postal code). */
export const VALUE_KINDS = [
  "email",
  "phone",
  "mobile",
  "postalCode",
  "siren",
  "sirenValid",
  "siret",
  "siretValid",
  "date",
  "dateSerial",
  "number",
  "code",
  "smallInteger",
  "boolean",
  "civility",
  "gender",
  "street",
  "fullAddress",
  "nameShaped",
  "firstName",
  "fullName",
  "multiWordName",
  "town",
  "country",
  "error",
] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export interface ColumnProfile {
  /** How many non-empty values were looked at. */
  readonly sampled: number;
  /** Share (0..1) of the sampled values that look like each kind. */
  readonly shares: Readonly<Record<ValueKind, number>>;
}

// Excel serials of 1950-01-01 and 2100-01-01: a whole number in between may be a date that lost its format.
const SERIAL_1950 = 18_264;
const SERIAL_2100 = 73_051;

/** The kinds one value looks like. */
export function kindsOf(value: CellValue): ValueKind[] {
  if (isCellError(value)) return ["error"];
  const kinds: ValueKind[] = [];
  const add = (kind: ValueKind, yes: boolean): void => {
    if (yes) kinds.push(kind);
  };
  add("email", isEmailLike(value));
  const phone = phoneKind(value);
  add("phone", phone !== null);
  add("mobile", phone === "mobile");
  add("postalCode", isPostalCodeLike(value));
  const companyId = companyIdKind(value);
  add("siren", companyId?.kind === "siren");
  add("sirenValid", companyId?.kind === "siren" && companyId.valid);
  add("siret", companyId?.kind === "siret");
  add("siretValid", companyId?.kind === "siret" && companyId.valid);
  let date = false;
  if (typeof value === "number") {
    add("dateSerial", Number.isInteger(value) && value >= SERIAL_1950 && value < SERIAL_2100);
  } else {
    date = parseDate(value) !== null;
    add("date", date);
  }
  const number = parseNumber(value);
  add("number", number !== null);
  add("code", number === null && phone === null && !date && isCodeLike(value));
  add("smallInteger", number !== null && Number.isInteger(number) && number >= 0 && number <= 120);
  add("boolean", parseBoolean(value) !== null);
  add("civility", isCivility(value));
  add("gender", isGender(value));
  const address = addressKind(value);
  add("street", address !== null);
  add("fullAddress", address === "full");
  add("nameShaped", isNameShaped(value));
  add("firstName", isKnownFirstName(value));
  add("fullName", isFullNameLike(value));
  add("multiWordName", isMultiWordName(value));
  add("town", isTownLike(value));
  add("country", isCountry(value));
  return kinds;
}

/** Shares of each kind among the values (pass a sample: see sampleColumn). */
export function profileValues(values: readonly CellValue[]): ColumnProfile {
  const counts = Object.fromEntries(VALUE_KINDS.map((k) => [k, 0])) as Record<ValueKind, number>;
  for (const value of values) for (const kind of kindsOf(value)) counts[kind]++;
  const n = values.length;
  const shares = Object.fromEntries(VALUE_KINDS.map((k) => [k, n === 0 ? 0 : counts[k] / n])) as Record<ValueKind, number>;
  return { sampled: n, shares };
}

/**
 * "C001", "CL-0042", "CUST123", "CLI/2024/0042": one token of letters, digits and separators
 * that ends in digits, or is mostly digits — a reference, not a name. Febrl's made-up names
 * ("given15a", "surname5x") hold digits too but end in a letter: they stay names.
 */
const CODE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._/-]{1,23}$/;

function isCodeLike(value: CellValue): boolean {
  if (typeof value !== "string") return false;
  const text = value.trim();
  if (!CODE_SHAPE.test(text)) return false;
  let digits = 0;
  let alphanumerics = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) alphanumerics++;
  }
  const last = text.charCodeAt(text.length - 1);
  return digits > 0 && ((last >= 48 && last <= 57) || digits * 2 >= alphanumerics);
}
