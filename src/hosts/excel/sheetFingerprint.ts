/**
 * A cheap signature of a sheet: the address of its used range (values only) and the values of
 * that range's first and last rows. Taken when Tria reads the sheet and again just before
 * writing: if they differ, the user edited the sheet while the job ran, and the Plan's row
 * numbers may point at the wrong customers.
 */
export function fingerprintOf(address: string | null, firstRow: readonly unknown[], lastRow: readonly unknown[]): string {
  return `${address ?? "-"}|${JSON.stringify(firstRow)}|${JSON.stringify(lastRow)}`;
}
