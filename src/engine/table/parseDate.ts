import { foldLower } from "../text/fold";
import { isCellError, type CellValue } from "./cellValue";
import { excelSerialToDate, toUtcDay, utcDay } from "./excelSerial";
import { monthFromWord, WEEKDAY_WORDS } from "./monthNames";

export interface DateParseOptions {
  /**
   * 03/04/2024 is 3 April in France and 4 March in the US. Day first by default (French
   * users first); a part over 12 settles the order whatever this says.
   */
  readonly dayFirst?: boolean;
}

/**
 * A calendar day from a raw cell, as a UTC-midnight Date, or null when the cell is no date.
 * Accepts what people and Excel put in date columns: real dates, Excel serial numbers,
 * dd/mm/yyyy, d/m/yy, yyyy-mm-dd (with or without a time), "12 janv. 2024", "mardi 1er mars
 * 2024", "January 12, 2024", "12-Jan-24". Impossible days (31/02/2024) give null.
 * Hand-written because date libraries parse one locale at a time and guess silently.
 */
export function parseDate(value: CellValue, options: DateParseOptions = {}): Date | null {
  if (value === null || typeof value === "boolean" || isCellError(value)) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : toUtcDay(value);
  if (typeof value === "number") return excelSerialToDate(value);
  return parseDateText(value, options.dayFirst ?? true);
}

const NUMERIC_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;
/** ISO 8601's basic form, as data exports write it (CDNOW: 19970101); years 1900–2099 only. */
const COMPACT_ISO = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const TRAILING_TIME = /(?:[t\s]+|\s*a\s+|\s*à\s+)?\d{1,2}(?::|h)\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:z|[+-]\d{2}:?\d{2}|am|pm))?$/i;
const ORDINAL = /^(\d{1,2})(?:er|e|eme|st|nd|rd|th)$/;
const FILLER_WORDS: ReadonlySet<string> = new Set(["le", "the", "of", "de", "du"]);

function parseDateText(text: string, dayFirst: boolean): Date | null {
  const withoutTime = text.trim().replace(TRAILING_TIME, "").trim();
  if (withoutTime === "" || withoutTime.length > 40) return null;
  const compact = COMPACT_ISO.exec(withoutTime);
  if (compact) return utcDay(+compact[1]!, +compact[2]!, +compact[3]!);
  const numeric = NUMERIC_DATE.exec(withoutTime);
  if (numeric) return numericDate(numeric[1]!, numeric[2]!, numeric[3]!, dayFirst);
  return wordDate(withoutTime);
}

function numericDate(a: string, b: string, c: string, dayFirst: boolean): Date | null {
  if (a.length === 4) return c.length <= 2 ? utcDay(+a, +b, +c) : null;
  if (c.length === 3 || (c.length !== 4 && c.length !== 2 && c.length !== 1)) return null;
  const year = fullYear(c);
  const first = +a;
  const second = +b;
  // A part over 12 can only be a day: it settles the order whatever the default.
  if (first > 12 && second <= 12) return utcDay(year, second, first);
  if (second > 12 && first <= 12) return utcDay(year, first, second);
  return dayFirst ? utcDay(year, second, first) : utcDay(year, first, second);
}

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(text: string): number {
  const year = +text;
  if (text.length > 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function wordDate(text: string): Date | null {
  const tokens = foldLower(text)
    .split(/[\s,./-]+/)
    .filter((token) => token !== "" && !WEEKDAY_WORDS.has(token) && !FILLER_WORDS.has(token));
  if (tokens.length !== 3) return null;
  const monthIndex = tokens.findIndex((token) => monthFromWord(token) !== undefined);
  if (monthIndex < 0) return null;
  const month = monthFromWord(tokens[monthIndex]!)!;
  const numbers = tokens.filter((_, index) => index !== monthIndex).map(dayOrYearNumber);
  if (numbers.some((n) => n === null)) return null;
  const [x, y] = numbers as [NumberToken, NumberToken];
  // "2024 mars 12" puts the year first; otherwise the day comes before the year.
  const [dayToken, yearToken] = x.text.length === 4 ? [y, x] : [x, y];
  if (dayToken.text.length > 2) return null;
  if (yearToken.text.length !== 4 && yearToken.text.length !== 2) return null;
  return utcDay(fullYear(yearToken.text), month, dayToken.value);
}

interface NumberToken {
  readonly text: string;
  readonly value: number;
}

function dayOrYearNumber(token: string): NumberToken | null {
  const ordinal = ORDINAL.exec(token);
  if (ordinal) return { text: ordinal[1]!, value: +ordinal[1]! };
  if (!/^\d{1,4}$/.test(token)) return null;
  return { text: token, value: +token };
}
