/**
 * Tria's Excel custom functions (namespace CRM, set in manifest.xml). custom-functions-metadata-plugin
 * reads the JSDoc below to write functions.json and appends the CustomFunctions.associate calls at
 * build time. Each is a thin wrapper: the work is in src/app/cellFunctions.ts, which the Google
 * Sheets add-on shares under its own names (entry points never import each other).
 */
import * as cell from "../app/cellFunctions";
import * as model from "../app/modelFunctions";
import { workbookModel } from "../hosts/excel/workbookModel";

/**
 * Reads a date typed as text (31/12/2024, 2024-12-31, 12 janv. 2024) and returns it as an Excel date.
 * @customfunction DATE
 * @param text Date as text, or an Excel date.
 * @returns Excel date serial number (format the cell as a date).
 */
export function date(text: string | number): number {
  return cell.date(text);
}

/**
 * Reads a number typed as text (1 234,50 €, 12,5 %, 1,234.50) and returns it as a number.
 * @customfunction NUMBER
 * @param text Number as text, or a number.
 * @returns The number.
 */
export function number(text: string | number): number {
  return cell.number(text);
}

/**
 * Detects the role of a column from its header (Code postal → postalCode, Tél. → phone).
 * @customfunction ROLE
 * @param header Column header.
 * @returns Role key (postalCode, email, lastPurchaseDate… or other).
 */
export function role(header: string): string {
  return cell.role(header);
}

/**
 * The RFM code of one customer (e.g. 545) against all customers, as the Score job computes it: quintiles, recency reversed, counted from the day after the last purchase in the dates.
 * @customfunction RFM
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
  return cell.rfm(lastDate, frequency, amount, datesRange, frequenciesRange, amountsRange);
}

/**
 * R, F, M, RFM code and segment of every customer, as the Score job computes them; spills five columns.
 * @customfunction RFMTABLE
 * @param dates Last purchase dates, one row per customer.
 * @param frequencies Numbers of purchases (or purchases per year).
 * @param amounts Amounts (total or average basket).
 * @returns One row per customer: R, F, M, code, segment (empty when a value is missing).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- custom-functions-metadata maps only any[][] to a range of mixed cells
export function rfmTable(dates: any[][], frequencies: any[][], amounts: any[][]): any[][] {
  return cell.rfmTable(dates, frequencies, amounts);
}

/**
 * The named segment of an R score and an F score (Champions, Clients fidèles, À risque…), from Tria's R × F map.
 * @customfunction SEGMENT
 * @param r Recency score, 1 to 5.
 * @param f Frequency score, 1 to 5.
 * @returns Segment name in Excel's language.
 */
export function segment(r: number, f: number): string {
  return cell.segment(r, f);
}

/**
 * A phone number normalised: E.164 (+33612345678) by default, or as dialled nationally or internationally.
 * @customfunction PHONE
 * @param text The phone number as typed.
 * @param [country] Country of numbers typed without one (ISO code, FR by default).
 * @param [format] "e164" (default), "national" or "international".
 * @returns The normalised number.
 */
export function phone(text: string | number, country?: string, format?: string): string {
  return cell.phone(text, country, format);
}

/**
 * An e-mail address cleaned (spaces, case), with a mistyped domain corrected (gmial.com → gmail.com).
 * @customfunction EMAIL
 * @param text The e-mail address as typed.
 * @returns The address to use.
 */
export function email(text: string): string {
  return cell.email(text);
}

/**
 * A postal address split into number, street, complement, lieu-dit / PO box, postal code, town, CEDEX and country; spills eight columns.
 * @customfunction SPLITADDRESS
 * @param text The address as typed, in one cell.
 * @returns One row: number, street, complement, lieu-dit / BP, postal code, town, CEDEX, country.
 */
export function splitAddress(text: string): string[][] {
  return cell.splitAddress(text);
}

/**
 * The address as the six lines of the French postal norm (RNVP, AFNOR NF Z10-011): upper case, no punctuation, 38 characters a line; spills six columns.
 * @customfunction RNVP
 * @param text The address as typed, in one cell.
 * @param [name] The recipient, for line 1.
 * @returns One row: lines 1 to 6 (empty when a line has nothing).
 */
export function rnvp(text: string, name?: string): string[][] {
  return cell.rnvp(text, name);
}

/**
 * A SIRET (14 digits) or SIREN (9 digits) checked: its digits when the checksum is right, #VALUE! with the reason otherwise.
 * @customfunction SIRET
 * @param text The SIRET or SIREN, spaces allowed.
 * @returns The digits, without spaces.
 */
export function siret(text: string | number): string {
  return cell.siret(text);
}

/**
 * How alike two names or company names are, from 0 to 1, ignoring case, accents, civilities, legal forms and word order ("Lebon Coiffure" / "Le Bon Coiffure" → 1).
 * @customfunction SIMILARITY
 * @param a First name or company name.
 * @param b Second name or company name.
 * @returns Similarity from 0 to 1.
 */
export function similarity(a: string, b: string): number {
  return cell.similarity(a, b);
}

/**
 * The probability that a customer is still a customer (BG/NBD), from the model the Predict job stored in the workbook: the "P(encore client)" column's figure.
 * @customfunction PALIVE
 * @param x Repeat purchases (purchases after the first, several on one day counting once).
 * @param tx Time from the first purchase to the last one, in the model's unit (t_x).
 * @param T Time from the first purchase to the end of calibration, in the model's unit.
 * @returns P(alive), from 0 to 1.
 */
export async function pAlive(x: number, tx: number, T: number): Promise<number> {
  return model.pAlive(await workbookModel(), x, tx, T);
}

/**
 * Purchases a customer should make over the next t units (BG/NBD), from the model the Predict job stored in the workbook.
 * @customfunction EXPECTEDPURCHASES
 * @param t Horizon, in the model's unit (the "Achats attendus" column uses the job's horizon).
 * @param x Repeat purchases.
 * @param tx Time from the first purchase to the last one (t_x).
 * @param T Time from the first purchase to the end of calibration.
 * @returns Expected number of purchases.
 */
export async function expectedPurchases(t: number, x: number, tx: number, T: number): Promise<number> {
  return model.expectedPurchases(await workbookModel(), t, x, tx, T);
}

/**
 * The customer lifetime value over the job's horizon (BG/NBD and Gamma-Gamma): margin rate × value of a purchase × purchases expected, discounted; the stored model's options.
 * @customfunction CLV
 * @param x Repeat purchases.
 * @param tx Time from the first purchase to the last one (t_x).
 * @param T Time from the first purchase to the end of calibration.
 * @param meanValue Mean value of the repeat purchases (0 or empty without any).
 * @returns Margin expected over the horizon, discounted.
 */
export async function clv(x: number, tx: number, T: number, meanValue: number): Promise<number> {
  return model.clv(await workbookModel(), x, tx, T, meanValue);
}
