/**
 * Google Sheets' custom functions: the same engine calls as Excel's CRM. functions
 * (src/app/cellFunctions.ts, shared with src/functions/functions.ts), under names that clash with no Sheets built-in (Sheets has no
 * namespace). A function given a range instead of one cell answers for every cell, as Sheets'
 * own functions do in an array formula. Errors show as #ERROR! with Tria's message on hover.
 */
import * as crm from "../app/cellFunctions";

type Cell = string | number | boolean | Date | null | undefined;
type Input = Cell | Cell[][];

/** =RFM(last purchase, frequency, amount, all last purchases, all frequencies, all amounts) */
export function RFM(lastDate: Cell, frequency: Cell, amount: Cell, dates: Cell[][], frequencies: Cell[][], amounts: Cell[][]): string {
  return crm.rfm(scalar(lastDate), scalar(frequency), scalar(amount), cells(dates), cells(frequencies), cells(amounts));
}

/** =RFMSEGMENT(r, f) */
export function RFMSEGMENT(r: Input, f: Cell): string | string[][] {
  return eachCell(r, (value) => crm.segment(Number(value), Number(f)));
}

/** =PHONE(number, [country], [format]) */
export function PHONE(text: Input, country?: string, format?: string): string | string[][] {
  return eachCell(text, (value) => crm.phone(scalar(value), country, format));
}

/** =EMAILCHECK(address) */
export function EMAILCHECK(text: Input): string | string[][] {
  return eachCell(text, (value) => crm.email(String(scalar(value))));
}

/** =SPLITADDRESS(address): one row of eight cells. */
export function SPLITADDRESS(text: Cell): string[][] {
  return crm.splitAddress(String(scalar(text)));
}

/** =RNVP(address, [name]): one row of six lines. */
export function RNVP(text: Cell, name?: Cell): string[][] {
  return crm.rnvp(String(scalar(text)), name === undefined || name === null || name === "" ? undefined : String(name));
}

/** =SIRETCHECK(siret or siren) */
export function SIRETCHECK(text: Input): string | string[][] {
  return eachCell(text, (value) => crm.siret(scalar(value)));
}

/** =SIMILARITY(a, b) */
export function SIMILARITY(a: Cell, b: Cell): number {
  return crm.similarity(String(scalar(a)), String(scalar(b)));
}

/** A range as Excel hands it to the CRM functions: dates as serial numbers. */
function cells(range: Cell[][]): (string | number)[][] {
  return (Array.isArray(range) ? range : [[range]]).map((row) => (Array.isArray(row) ? row : [row]).map(scalar));
}

/**
 * Sheets stops a custom function after 30 seconds with a bare "exceeded maximum execution time".
 * A function over a range stops itself a little before and says what to do instead.
 */
export const FUNCTION_BUDGET_MS = 25_000;
const CHECK_EVERY = 50;

export const RANGE_TOO_BIG =
  "Plage trop grande pour une fonction : Google Sheets arrête une fonction personnalisée après 30 s. Découpez la plage, ou utilisez le menu Tria › Structurer la feuille. / " +
  "Range too big for a function: Google Sheets stops a custom function after 30 s. Split the range, or use the Tria menu › Structure the sheet.";

/** One cell → one answer; a range → a grid of answers (an empty cell gives an empty answer). */
function eachCell<T>(input: Input, fn: (value: Cell) => T): T | (T | string)[][] {
  if (!Array.isArray(input)) return fn(input);
  const started = Date.now();
  let done = 0;
  return input.map((row) =>
    row.map((value) => {
      if (++done % CHECK_EVERY === 0 && Date.now() - started > FUNCTION_BUDGET_MS) throw new Error(RANGE_TOO_BIG);
      return value === "" || value === null || value === undefined ? "" : fn(value);
    }),
  );
}

/** Sheets hands dates as Date objects; the CRM functions take text or Excel serials. */
function scalar(value: Cell): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return String(value);
  if (Object.prototype.toString.call(value) === "[object Date]") return crm.date(localDay(value as Date));
  return value as string | number;
}

/** The day as the sheet shows it: Sheets gives midnight in the script's time zone, not UTC. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
