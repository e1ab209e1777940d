/**
 * Excel's 1900 date system. Serial 1 is 1900-01-01, and Excel keeps Lotus 1-2-3's bug that
 * counts a 29 February 1900 (serial 60) that never existed: from serial 61 on, day 0 is
 * 1899-12-30; below 60 it is 1899-12-31. Serial 60 names no real day, so it gives null.
 * Time of day (the fraction) is dropped: Tria works on calendar days.
 */
const DAY_MS = 86_400_000;
const EPOCH_FROM_61 = Date.UTC(1899, 11, 30);
const EPOCH_BELOW_60 = Date.UTC(1899, 11, 31);
/** 9999-12-31, the last day Excel can show. */
export const MAX_EXCEL_SERIAL = 2_958_465;

export function excelSerialToDate(serial: number): Date | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_EXCEL_SERIAL || day === 60) return null;
  const epoch = day < 60 ? EPOCH_BELOW_60 : EPOCH_FROM_61;
  return new Date(epoch + day * DAY_MS);
}

/** The serial of a date's UTC calendar day; dates before 1900-01-01 give NaN (Excel has none). */
export function dateToExcelSerial(date: Date): number {
  const day = Math.floor(date.getTime() / DAY_MS) * DAY_MS;
  if (day < Date.UTC(1900, 0, 1)) return Number.NaN;
  const fromBug = Math.round((day - EPOCH_FROM_61) / DAY_MS);
  return fromBug >= 61 ? fromBug : Math.round((day - EPOCH_BELOW_60) / DAY_MS);
}

/** The UTC-midnight Date of a calendar day, or null when the day does not exist (31/02). */
export function utcDay(year: number, month: number, day: number): Date | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || year < 1 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back.
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** Midnight UTC of a Date's own UTC day (ExcelJS gives dates at 00:00Z; text dates too). */
export function toUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}
