import type { CustomerRecord } from "./customerRecord";

/**
 * The row that stays when a cluster is merged: the most complete one (most filled cells),
 * then the most recent (latest purchase or contact date), then the first in the sheet.
 */
export function chooseSurvivor(members: readonly number[], records: readonly CustomerRecord[]): number {
  let best = members[0]!;
  for (const m of members) {
    const a = records[m]!;
    const b = records[best]!;
    if (a.filled > b.filled || (a.filled === b.filled && (a.recency > b.recency || (a.recency === b.recency && m < best)))) best = m;
  }
  return best;
}
