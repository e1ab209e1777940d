import type { CellValue } from "../table/cellValue";
import { parseDate } from "../table/parseDate";
import { utcDay } from "../table/excelSerial";

/** Dates repeat (a purchase day is shared by hundreds of rows): each distinct cell is parsed once. */
const cache = new Map<string | number, number>();
const CACHE_LIMIT = 50_000;

/**
 * A date cell's time in ms, or -Infinity when the cell holds no date. `dayFirst` false: the
 * column is written month first (columnDayFirst), read without the French fast path and cache.
 */
export function dateOfCell(cell: CellValue, dayFirst = true): number {
  if (cell === null) return -Infinity;
  if (!dayFirst) return parseDate(cell, { dayFirst })?.getTime() ?? -Infinity;
  if (typeof cell !== "string" && typeof cell !== "number") {
    const date = parseDate(cell);
    return date ? date.getTime() : -Infinity;
  }
  if (typeof cell === "string" && cell.length === 10) {
    const fast = frenchNumericDate(cell);
    if (fast !== null) return fast;
  }
  const compact = compactDate(cell);
  if (compact !== null) return compact;
  let time = cache.get(cell);
  if (time === undefined) {
    const date = parseDate(cell);
    time = date ? date.getTime() : -Infinity;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cell, time);
  }
  return time;
}

/**
 * "19560409" (yyyymmdd, as registries and Febrl write birth dates), as text or as a number:
 * read as a date when the month and day exist and the year is 1800-2199; null otherwise (an
 * 8-digit number read as an Excel serial would be year 55,000).
 */
export function compactDate(cell: string | number): number | null {
  const text = typeof cell === "number" ? (Number.isInteger(cell) ? String(cell) : "") : cell.trim();
  if (text.length !== 8 || !/^(18|19|20|21)\d{6}$/.test(text)) return null;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(4, 6));
  const day = Number(text.slice(6, 8));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? Date.UTC(year, month - 1, day) : null;
}

/**
 * "17/04/2025", the way French files write dates: read without parseDate's patterns, with
 * its rules (day first, unless the second part is over 12 and the first is not). Null for
 * anything else, which parseDate then reads.
 */
export function frenchNumericDate(text: string): number | null {
  if (text.charCodeAt(2) !== 47 || text.charCodeAt(5) !== 47) return null;
  const first = twoDigits(text, 0);
  const second = twoDigits(text, 3);
  const year = twoDigits(text, 6) * 100 + twoDigits(text, 8);
  if (first < 0 || second < 0 || year < 0) return null;
  const [day, month] = second > 12 && first <= 12 ? [second, first] : [first, second];
  if (year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return Date.UTC(year, month - 1, day);
  // Impossible days, and years 0-99 (which Date.UTC would move to the 1900s): as parseDate says.
  const date = utcDay(year, month, day);
  return date ? date.getTime() : -Infinity;
}

/** Gregorian calendar: February has 29 days in years divisible by 4, except centuries not divisible by 400. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
