import { cellText, isCellError, isEmptyCell, type CellValue } from "../table/cellValue";
import { parseDate } from "../table/parseDate";
import type { TableRow } from "../table/table";
import type { FieldColumns } from "./duplicateFields";
import { addressKey, NO_ADDRESS, type AddressKey } from "./normalize/normalizeAddress";
import { normalizeCompany } from "./normalize/normalizeCompany";
import { normalizeEmail } from "./normalize/normalizeEmail";
import { foldText } from "./normalize/foldText";
import { nameTokens } from "./normalize/normalizePersonName";
import { phoneKeys } from "./normalize/normalizePhone";

/** One row as the duplicate finder sees it: every identifying value normalised once. */
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

const NO_STRINGS: readonly string[] = [];
const DAY_MS = 86_400_000;

/** Normalise one row. Error cells (#N/A) and blanks count as missing, never as a value. */
export function customerRecord(row: TableRow, columns: FieldColumns): CustomerRecord {
  const cells = row.cells;
  let email = "";
  for (const i of columns.email) if (email === "") email = usable(cells[i]) ? normalizeEmail(cellText(cells[i]!)) : "";
  let phones: string[] | null = null;
  for (const i of columns.phone) {
    const cell = cells[i];
    if (!usable(cell) || (typeof cell !== "string" && typeof cell !== "number")) continue;
    for (const key of phoneKeys(cell)) {
      phones ??= [];
      if (!phones.includes(key)) phones.push(key);
    }
  }
  const siret = digits(joinedText(cells, columns.siret));
  // A SIRET missing a digit still names its company by the SIREN (first 9 digits, INSEE).
  const siren = siret.length >= 13 ? siret.slice(0, 9) : digits(joinedText(cells, columns.siren)).slice(0, 9);
  const firstName = joinedText(cells, columns.firstName);
  const lastName = joinedText(cells, columns.lastName);
  const address = hasAny(columns.address, columns.street, columns.postalCode, columns.city)
    ? addressKey({ line: joinedText(cells, columns.address), street: joinedText(cells, columns.street), postalCode: joinedText(cells, columns.postalCode), city: joinedText(cells, columns.city) })
    : NO_ADDRESS;
  let filled = 0;
  for (const cell of cells) if (usable(cell)) filled++;
  let recency = -Infinity;
  for (const i of columns.recency) {
    const date = parseDate(cells[i] ?? null);
    if (date && date.getTime() > recency) recency = date.getTime();
  }
  const birth = columns.birthDate.length > 0 ? parseDate(cells[columns.birthDate[0]!] ?? null) : null;
  return {
    email,
    phones: phones ?? NO_STRINGS,
    siret: siret.length === 14 ? siret : "",
    siren: siren.length === 9 ? siren : "",
    name: nameTokens(joinedText(cells, columns.fullName), lastName, firstName),
    firstName: foldText(firstName),
    lastName: foldText(lastName),
    company: normalizeCompany(joinedText(cells, columns.company)),
    address,
    birthDate: birth ? Math.floor(birth.getTime() / DAY_MS) : Number.NaN,
    customerId: foldText(joinedText(cells, columns.customerId)),
    filled,
    recency,
  };
}

/** The cells' texts joined by a space, blanks and errors left out. */
function joinedText(cells: readonly CellValue[], indexes: readonly number[]): string {
  let out = "";
  for (const i of indexes) {
    const cell = cells[i] ?? null;
    if (isEmptyCell(cell) || isCellError(cell)) continue;
    out += (out ? " " : "") + cellText(cell);
  }
  return out;
}

function usable(cell: CellValue | undefined): cell is Exclude<CellValue, null> {
  return !isEmptyCell(cell) && !isCellError(cell);
}

function digits(text: string): string {
  return text.replace(/\D/g, "");
}

function hasAny(...lists: (readonly number[])[]): boolean {
  return lists.some((list) => list.length > 0);
}
