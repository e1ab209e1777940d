/**
 * The worksheet functions' work, shared by Excel's CRM. custom functions (src/functions/functions.ts,
 * which carries the JSDoc Excel's metadata is built from) and Google Sheets' (src/sheets/customFunctions.ts).
 * Each calls one engine function; bad input throws invalidValue, Excel's #VALUE! where the
 * CustomFunctions runtime exists and a plain error with the same message elsewhere.
 */
import { parseDate } from "../engine/table/parseDate";
import { dateToExcelSerial } from "../engine/table/excelSerial";
import { parseNumber } from "../engine/table/parseNumber";
import { roleFromHeader } from "../engine/table/headerRole";
import type { CellValue } from "../engine/table/cellValue";
import { rangePopulation, rfmOfOne, rfmOfRanges } from "../engine/scoring/rfmOfRanges";
import { segmentOf } from "../engine/scoring/segments";
import { segmentName } from "../engine/scoring/i18n/segmentNames";
import { functionLang, invalidValue } from "./functionError";
import { normalizePhone } from "../engine/structure/phones/normalizePhone";
import { normalizeEmail } from "../engine/structure/emails/normalizeEmail";
import { checkSiren, checkSiret } from "../engine/structure/siret/checkSiret";
import { analyseAddress } from "../engine/structure/address/analyseAddress";
import { cedexNumber } from "../engine/structure/address/addressParts";
import { textSimilarity } from "../engine/similarity/textSimilarity";
import type { FieldIssue } from "../engine/structure/fieldIssue";
import { postalCodeIndex } from "./structureProcessors";
import { functionMessage } from "./functionMessages";

/**
 * Reads a date typed as text (31/12/2024, 2024-12-31, 12 janv. 2024) and returns it as an Excel date.
 * @param text Date as text, or an Excel date.
 * @returns Excel date serial number (format the cell as a date).
 */
export function date(text: string | number): number {
  const parsed = parseDate(asCell(text));
  const serial = parsed ? dateToExcelSerial(parsed) : Number.NaN;
  if (!Number.isFinite(serial)) throw invalidValue(functionMessage("notADate", functionLang(), String(text)));
  return serial;
}

/**
 * Reads a number typed as text (1 234,50 €, 12,5 %, 1,234.50) and returns it as a number.
 * @param text Number as text, or a number.
 * @returns The number.
 */
export function number(text: string | number): number {
  const parsed = parseNumber(asCell(text));
  if (parsed === null) throw invalidValue(functionMessage("notANumber", functionLang(), String(text)));
  return parsed;
}

/**
 * Detects the role of a column from its header (Code postal → postalCode, Tél. → phone).
 * @param header Column header.
 * @returns Role key (postalCode, email, lastPurchaseDate… or other).
 */
export function role(header: string): string {
  const text = String(header ?? "").trim();
  if (text === "") throw invalidValue(functionMessage("emptyHeader", functionLang()));
  return roleFromHeader(text).role;
}

/**
 * The RFM code of one customer (e.g. 545) against all customers, as the Score job computes it: quintiles, recency reversed, counted from the day after the last purchase in the dates.
 * @param lastDate Date of the customer's last purchase.
 * @param frequency The customer's number of purchases (or purchases per year).
 * @param amount The customer's amount (total or average basket).
 * @param datesRange Last purchase dates of all customers.
 * @param frequenciesRange Numbers of purchases of all customers.
 * @param amountsRange Amounts of all customers.
 * @returns RFM code, R then F then M (1 to 5 each).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- custom-functions-metadata maps only any[][] to a range of mixed cells */
export function rfm(
  lastDate: string | number,
  frequency: string | number,
  amount: string | number,
  datesRange: any[][],
  frequenciesRange: any[][],
  amountsRange: any[][],
): string {
  /* eslint-enable @typescript-eslint/no-explicit-any */
  const population = rangePopulation(column(datesRange), column(frequenciesRange), column(amountsRange));
  const result = rfmOfOne(asCell(lastDate), asCell(frequency), asCell(amount), population);
  if (!result) throw invalidValue(functionMessage("rfmIncomplete", functionLang()));
  return result.code;
}

/**
 * R, F, M, RFM code and segment of every customer, as the Score job computes them; spills five columns.
 * @param dates Last purchase dates, one row per customer.
 * @param frequencies Numbers of purchases (or purchases per year).
 * @param amounts Amounts (total or average basket).
 * @returns One row per customer: R, F, M, code, segment (empty when a value is missing).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- custom-functions-metadata maps only any[][] to a range of mixed cells
export function rfmTable(dates: any[][], frequencies: any[][], amounts: any[][]): any[][] {
  const d = column(dates);
  const f = column(frequencies);
  const a = column(amounts);
  if (d.length !== f.length || d.length !== a.length) throw invalidValue(functionMessage("rangeSizes", functionLang()));
  const lang = functionLang();
  return rfmOfRanges(d, f, a).map((s) => (s ? [s.r, s.f, s.m, s.code, segmentName(s.segment, lang)] : ["", "", "", "", ""]));
}

/**
 * The named segment of an R score and an F score (Champions, Clients fidèles, À risque…), from Tria's R × F map.
 * @param r Recency score, 1 to 5.
 * @param f Frequency score, 1 to 5.
 * @returns Segment name in Excel's language.
 */
export function segment(r: number, f: number): string {
  const lang = functionLang();
  const valid = (s: unknown) => typeof s === "number" && Number.isInteger(s) && s >= 1 && s <= 5;
  if (!valid(r) || !valid(f)) throw invalidValue(functionMessage("badScore", lang, `${String(r)}, ${String(f)}`));
  return segmentName(segmentOf(r, f), lang);
}

/**
 * A phone number normalised: E.164 (+33612345678) by default, or as dialled nationally or internationally.
 * @param text The phone number as typed.
 * @param [country] Country of numbers typed without one (ISO code, FR by default).
 * @param [format] "e164" (default), "national" or "international".
 * @returns The normalised number.
 */
export function phone(text: string | number, country?: string, format?: string): string {
  const result = normalizePhone(requireText(text), (country || "FR").toUpperCase());
  const wanted = (format || "e164").toLowerCase();
  const value = wanted === "national" ? result.national : wanted === "international" ? result.international : result.e164;
  if (value === null) throw fieldError(result.issues);
  return value;
}

/**
 * An e-mail address cleaned (spaces, case), with a mistyped domain corrected (gmial.com → gmail.com).
 * @param text The e-mail address as typed.
 * @returns The address to use.
 */
export function email(text: string): string {
  const result = normalizeEmail(requireText(text));
  if (result.suggestion) return result.suggestion;
  if (!result.valid) throw fieldError(result.issues);
  return result.email;
}

/**
 * A postal address split into number, street, complement, lieu-dit / PO box, postal code, town, CEDEX and country; spills eight columns.
 * @param text The address as typed, in one cell.
 * @returns One row: number, street, complement, lieu-dit / BP, postal code, town, CEDEX, country.
 */
export function splitAddress(text: string): string[][] {
  const { parts } = analyseAddress(requireText(text), { index: postalCodeIndex(), defaultCountry: "FR" });
  return [
    [
      parts.number,
      parts.street,
      parts.complement,
      [parts.lieuDit, parts.postBox].filter(Boolean).join(" "),
      parts.postalCode,
      parts.city,
      cedexNumber(parts.cedex),
      parts.country,
    ],
  ];
}

/**
 * The address as the six lines of the French postal norm (RNVP, AFNOR NF Z10-011): upper case, no punctuation, 38 characters a line; spills six columns.
 * @param text The address as typed, in one cell.
 * @param [name] The recipient, for line 1.
 * @returns One row: lines 1 to 6 (empty when a line has nothing).
 */
export function rnvp(text: string, name?: string): string[][] {
  const recipient = name ? { name: String(name) } : {};
  const { lines } = analyseAddress(requireText(text), { index: postalCodeIndex(), defaultCountry: "FR", recipient });
  return [[...lines]];
}

/**
 * A SIRET (14 digits) or SIREN (9 digits) checked: its digits when the checksum is right, #VALUE! with the reason otherwise.
 * @param text The SIRET or SIREN, spaces allowed.
 * @returns The digits, without spaces.
 */
export function siret(text: string | number): string {
  const input = requireText(text);
  const result = input.replace(/\D/g, "").length > 9 ? checkSiret(input) : checkSiren(input);
  if (!result.valid) throw fieldError(result.issues);
  return result.siret ?? result.siren ?? "";
}

/**
 * How alike two names or company names are, from 0 to 1, ignoring case, accents, civilities, legal forms and word order ("Lebon Coiffure" / "Le Bon Coiffure" → 1).
 * @param a First name or company name.
 * @param b Second name or company name.
 * @returns Similarity from 0 to 1.
 */
export function similarity(a: string, b: string): number {
  return textSimilarity(String(a ?? ""), String(b ?? ""));
}

function requireText(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  if (text.trim() === "") throw invalidValue(functionMessage("emptyText", functionLang()));
  return text;
}

/** The first issue a parser found, as #VALUE! with its note in Excel's language. */
function fieldError(issues: readonly FieldIssue[]): Error {
  const lang = functionLang();
  return invalidValue(functionMessage("fieldIssue", lang, issues[0]?.message[lang] ?? ""));
}

/** What Excel passes in a range: numbers, text, booleans, empty cells as "" (or null). */
type CellInput = string | number | boolean | null;

/** A range as one list, row by row (a column range gives its cells top to bottom). */
function column(range: readonly (readonly CellInput[])[] | CellInput | undefined): CellValue[] {
  if (!Array.isArray(range)) return [asCell(range as string | number | null | undefined)];
  const cells: CellValue[] = [];
  for (const row of range) for (const cell of Array.isArray(row) ? row : [row]) cells.push(cell === "" ? null : (cell as CellValue));
  return cells;
}

/** Excel passes an empty cell as null or ""; both are "nothing typed" for the engine. */
function asCell(value: string | number | null | undefined): CellValue {
  if (value === undefined || value === null) return null;
  return value;
}
