/**
 * Dates are built at UTC midnight: exceljs turns a JS Date into an Excel serial from its UTC
 * time, so a UTC-midnight date becomes a whole serial (a plain date, no time), on any machine.
 */
export const EXPORT_DATE = new Date(Date.UTC(2026, 10, 15));

const DAY_MS = 86_400_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "12/03/2024", as French Excel shows a date in dd/mm/yyyy. */
export function frenchDate(date: Date): string {
  return `${twoDigits(date.getUTCDate())}/${twoDigits(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

export const FRENCH_MONTHS = [
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
  "octobre", "novembre", "décembre",
] as const;

/** "3 mars 2024", as people type a date in words. */
export function frenchLongDate(date: Date): string {
  return `${date.getUTCDate()} ${FRENCH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
