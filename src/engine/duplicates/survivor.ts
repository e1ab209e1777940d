/** What the survivor choice needs of each row: how complete and how recent it is. */
export interface RowCompleteness {
  /** Non-empty source cells, per row. */
  readonly filled: ArrayLike<number>;
  /** Latest purchase or contact date (ms) per row, or -Infinity. */
  readonly recency: ArrayLike<number>;
}

/**
 * The row that stays when a cluster is merged: the most complete one (most filled cells),
 * then the most recent (latest purchase or contact date), then the first in the sheet.
 */
export function chooseSurvivor(members: readonly number[], rows: RowCompleteness): number {
  let best = members[0]!;
  for (const m of members) {
    const filled = rows.filled[m]!;
    const bestFilled = rows.filled[best]!;
    const recency = rows.recency[m]!;
    const bestRecency = rows.recency[best]!;
    if (filled > bestFilled || (filled === bestFilled && (recency > bestRecency || (recency === bestRecency && m < best)))) best = m;
  }
  return best;
}
