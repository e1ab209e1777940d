import { cellText, isCellError, isEmptyCell, type CellValue } from "../table/cellValue";
import type { Table } from "../table/table";
import { dayFirstOf } from "../table/dateOrder";
import { dateOfCell } from "./dateOfCell";
import type { FieldColumns } from "./duplicateFields";
import { hash53 } from "./hash53";
import { IdLists } from "./idLists";
import { Interner } from "./interner";
import { addressKey } from "./normalize/normalizeAddress";
import { normalizeCompany } from "./normalize/normalizeCompany";
import { emailLocalPart } from "../contact/emailAddress";
import { emailKey } from "../contact/emailKey";
import { foldKey } from "../text/fold";
import { nameTokens } from "./normalize/normalizePersonName";
import { frenchPhoneDigits, phoneKeysByReading } from "../contact/phoneKeys";
import { ValueCache } from "./valueCache";
import { countValues } from "./valueCounts";
import { letterBits } from "./compare/oneLetterApart";

/**
 * Every row's identifying values, normalised once and stored by column in typed arrays: a
 * million rows hold no object each. Values that repeat (name and street words, towns, postal
 * codes, companies, e-mail domains) are ids into dictionaries of distinct values, each
 * normalised once and counted; values nearly all distinct (e-mails, mailboxes, customer
 * numbers) are 53-bit hashes, phones and SIRET their digits as a number, so that no string is
 * kept per row. Missing: -1 for ids, NaN for numbers.
 */
export interface PreparedRows {
  readonly rows: number;
  /** The table and columns read, to show a value again (explanations, user rules). */
  readonly table: Table;
  readonly columns: FieldColumns;
  /** Normalised e-mail as a hash; its mailbox ("jean.dupont") as a hash, length, and digits or not. */
  readonly email: Float64Array;
  readonly mailbox: Float64Array;
  readonly mailboxLength: Uint8Array;
  readonly mailboxHasDigit: Uint8Array;
  readonly domain: Int32Array;
  readonly domains: Interner;
  /** Which letters a-z the mailbox holds, as bits: two mailboxes one letter apart differ in few. */
  readonly mailboxLetters: Int32Array;
  /** Rows holding the row's e-mail (0 when none). */
  readonly emailCount: Int32Array;
  /** E.164 numbers as their digits (+33612345678 → 33612345678). */
  readonly phone: IdLists;
  /** Rows holding each phone of `phone.ids`. */
  readonly phoneCount: Int32Array;
  /** 14 and 9 digits as numbers. */
  readonly siret: Float64Array;
  readonly siren: Float64Array;
  /** Name words (see nameTokens), counted per occurrence. */
  readonly nameWords: Interner;
  readonly name: IdLists;
  readonly companies: Interner;
  readonly company: Int32Array;
  readonly postalCodes: Interner;
  readonly postalCode: Int32Array;
  readonly cities: Interner;
  readonly city: Int32Array;
  readonly houseNumbers: Interner;
  readonly houseNumber: Int32Array;
  readonly streetWords: Interner;
  readonly street: IdLists;
  /** Days since 1970, or NaN. */
  readonly birthDate: Float64Array;
  /** Folded customer number as a hash, and how many rows hold it. */
  readonly customerId: Float64Array;
  readonly customerIdCount: Int32Array;
  /** Non-empty source cells: the most complete row survives. */
  readonly filled: Uint16Array;
  /** Latest purchase/contact date (ms), or -Infinity: ties go to the most recent. */
  readonly recency: Float64Array;
}

const DAY_MS = 86_400_000;

/** Normalise every row once. Error cells (#N/A) and blanks count as missing, never as a value. */
export function prepareRows(table: Table, columns: FieldColumns, onRow?: (done: number) => void): PreparedRows {
  const n = table.rows.length;
  const own = table.ownColumns;
  const email = new Float64Array(n).fill(Number.NaN);
  const mailbox = new Float64Array(n).fill(Number.NaN);
  const mailboxLength = new Uint8Array(n);
  const mailboxHasDigit = new Uint8Array(n);
  const mailboxLetters = new Int32Array(n);
  const domain = new Int32Array(n).fill(-1);
  const domains = new Interner();
  const phone = new IdLists(n, 1);
  const siret = new Float64Array(n).fill(Number.NaN);
  const siren = new Float64Array(n).fill(Number.NaN);
  const nameWords = new Interner();
  const name = new IdLists(n, 3);
  const companies = new Interner();
  const company = new Int32Array(n).fill(-1);
  const postalCodes = new Interner();
  const postalCode = new Int32Array(n).fill(-1);
  const cities = new Interner();
  const city = new Int32Array(n).fill(-1);
  const houseNumbers = new Interner();
  const houseNumber = new Int32Array(n).fill(-1);
  const streetWords = new Interner();
  const street = new IdLists(n, 3);
  const birthDate = new Float64Array(n).fill(Number.NaN);
  const customerId = new Float64Array(n).fill(Number.NaN);
  const filled = new Uint16Array(n);
  const recency = new Float64Array(n).fill(-Infinity);
  // Companies repeat (chains, a customer's several contacts): each distinct text is normalised once.
  const companyCache = new ValueCache<string>(normalizeCompany, 20_000);
  const hasAddress = columns.address.length + columns.street.length + columns.postalCode.length + columns.city.length > 0;
  const streetColumns = [...columns.houseNumber, ...columns.street];
  // Each date column read in its own order (a US export's 01/02/2025 is 2 January).
  const recencyDayFirst = columns.recency.map((c) => dayFirstOf(table, c));
  const birthDayFirst = columns.birthDate.length > 0 ? dayFirstOf(table, columns.birthDate[0]!) : true;
  for (let i = 0; i < n; i++) {
    const cells = table.rows[i]!.cells;
    const mail = emailOf(cells, columns);
    if (mail !== "") {
      const local = emailLocalPart(mail);
      email[i] = hash53(mail);
      mailbox[i] = hash53(local);
      mailboxLength[i] = Math.min(local.length, 255);
      mailboxHasDigit[i] = /\d/.test(local) ? 1 : 0;
      mailboxLetters[i] = letterBits(local);
      domain[i] = domains.id(mail.slice(local.length + 1));
    }
    phone.start(i);
    for (const c of columns.phone) {
      const cell = cells[c];
      if (!usable(cell) || (typeof cell !== "string" && typeof cell !== "number")) continue;
      // Most cells are one French number: its digits straight from the fast path, no key string made.
      const fast = frenchPhoneDigits(typeof cell === "string" ? cell : String(cell));
      if (!Number.isNaN(fast)) {
        if (!phone.has(fast)) phone.add(fast);
        continue;
      }
      for (const key of phoneKeysByReading(cell)) {
        const digits = Number(key.slice(1));
        if (!phone.has(digits)) phone.add(digits);
      }
    }
    const siretDigits = digits(joinedText(cells, columns.siret));
    // A SIRET missing a digit still names its company by the SIREN (first 9 digits, INSEE).
    const sirenDigits = siretDigits.length >= 13 ? siretDigits.slice(0, 9) : digits(joinedText(cells, columns.siren)).slice(0, 9);
    if (siretDigits.length === 14) siret[i] = Number(siretDigits);
    if (sirenDigits.length === 9) siren[i] = Number(sirenDigits);
    name.start(i);
    const fullName = joinedText(cells, columns.fullName);
    const lastName = joinedText(cells, columns.lastName);
    const firstName = joinedText(cells, columns.firstName);
    if (fullName !== "" || lastName !== "" || firstName !== "") for (const word of nameTokens(fullName, lastName, firstName)) name.add(nameWords.id(word));
    const companyText = joinedText(cells, columns.company);
    const normalized = companyText ? companyCache.get(companyText) : "";
    if (normalized) company[i] = companies.id(normalized);
    street.start(i);
    if (hasAddress) {
      // Address lines are nearly all different: not worth a cache.
      const address = addressKey({
        line: joinedText(cells, columns.address),
        street: joinedText(cells, streetColumns),
        postalCode: joinedText(cells, columns.postalCode),
        city: joinedText(cells, columns.city),
      });
      if (address.postalCode) postalCode[i] = postalCodes.id(address.postalCode);
      if (address.city) city[i] = cities.id(address.city);
      if (address.number) houseNumber[i] = houseNumbers.id(address.number);
      for (const word of address.street) street.add(streetWords.id(word));
    }
    const id = customerIdOf(cells, columns);
    if (id) customerId[i] = hash53(id);
    // Only the user's cells count: Tria's own columns from an earlier run must not flip the survivor.
    let count = 0;
    for (let c = 0; c < cells.length; c++) if (usable(cells[c]!) && !own?.has(c)) count++;
    filled[i] = Math.min(count, 65_535);
    for (let k = 0; k < columns.recency.length; k++) {
      const time = dateOfCell(cells[columns.recency[k]!] ?? null, recencyDayFirst[k]);
      if (time > recency[i]!) recency[i] = time;
    }
    if (columns.birthDate.length > 0) {
      const time = dateOfCell(cells[columns.birthDate[0]!] ?? null, birthDayFirst);
      if (time > -Infinity) birthDate[i] = Math.floor(time / DAY_MS);
    }
    if (onRow && i % 50_000 === 0) onRow(i);
  }
  phone.finish();
  name.finish();
  street.finish();
  return {
    rows: n,
    table,
    columns,
    email,
    mailbox,
    mailboxLength,
    mailboxHasDigit,
    mailboxLetters,
    domain,
    domains,
    emailCount: countValues(email),
    phone,
    phoneCount: countValues(phone.ids, phone.offsets[n]),
    siret,
    siren,
    nameWords,
    name,
    companies,
    company,
    postalCodes,
    postalCode,
    cities,
    city,
    houseNumbers,
    houseNumber,
    streetWords,
    street,
    birthDate,
    customerId,
    customerIdCount: countValues(customerId),
    filled,
    recency,
  };
}

/** The row's normalised e-mail: the first e-mail cell that holds one, or "". */
export function emailOf(cells: readonly CellValue[], columns: FieldColumns): string {
  for (const c of columns.email) {
    if (!usable(cells[c])) continue;
    const email = emailKey(cellText(cells[c]!));
    if (email !== "") return email;
  }
  return "";
}

/** The row's folded customer number, or "". */
export function customerIdOf(cells: readonly CellValue[], columns: FieldColumns): string {
  const text = joinedText(cells, columns.customerId);
  return text === "" ? "" : foldKey(text);
}

/** The cells' texts joined by a space, blanks and errors left out. */
export function joinedText(cells: readonly CellValue[], indexes: readonly number[]): string {
  if (indexes.length === 0) return "";
  if (indexes.length === 1) {
    const cell = cells[indexes[0]!] ?? null;
    return isEmptyCell(cell) || isCellError(cell) ? "" : cellText(cell);
  }
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
  return text === "" ? "" : text.replace(/\D/g, "");
}
