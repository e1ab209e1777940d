/**
 * How two dates (days since 1970) differ, as a comparison level: 0 same day, 1 day and month
 * swapped (03/12 typed for 12/03), 2 one of day, month, year differs (a typo), 3 otherwise.
 */
export function dateLevel(a: number, b: number): number {
  if (a === b) return 0;
  const da = new Date(a * 86_400_000);
  const db = new Date(b * 86_400_000);
  const [ya, ma, dA] = [da.getUTCFullYear(), da.getUTCMonth() + 1, da.getUTCDate()];
  const [yb, mb, dB] = [db.getUTCFullYear(), db.getUTCMonth() + 1, db.getUTCDate()];
  if (ya === yb && ma === dB && dA === mb) return 1;
  const same = (ya === yb ? 1 : 0) + (ma === mb ? 1 : 0) + (dA === dB ? 1 : 0);
  return same === 2 ? 2 : 3;
}
