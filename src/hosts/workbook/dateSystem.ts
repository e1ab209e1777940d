/**
 * The 1904 date system (Mac Excel before 2011, some LibreOffice and CRM exports): serial 0 is
 * 1 January 1904, 1,462 days after the 1900 system's 30 December 1899. Readers that ignore
 * workbookPr/@date1904 give every date 4 years and 1 day early; this puts it back.
 */
export const DAYS_1900_TO_1904 = 1462;
const DAY_MS = 86_400_000;

export function from1904(date: Date): Date {
  return new Date(date.getTime() + DAYS_1900_TO_1904 * DAY_MS);
}
