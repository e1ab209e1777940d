/**
 * The R×F segment map, on the 1–5 scale (R rows, F columns). It is the 11-segment grid
 * widely used since Putler's and Guillaume Martin's RFM write-ups, with "Lost" split off
 * the bottom-left corner of "Hibernating". README shows it as a table; change it here only.
 */
export const SEGMENT_KEYS = [
  "champions",
  "loyalCustomers",
  "potentialLoyalists",
  "newCustomers",
  "promising",
  "needAttention",
  "aboutToSleep",
  "atRisk",
  "cantLoseThem",
  "hibernating",
  "lost",
] as const;
export type SegmentKey = (typeof SEGMENT_KEYS)[number];

/** SEGMENT_GRID[r - 1][f - 1] for r, f in 1..5. */
export const SEGMENT_GRID: readonly (readonly SegmentKey[])[] = [
  /* R=1 */ ["lost", "hibernating", "atRisk", "atRisk", "cantLoseThem"],
  /* R=2 */ ["hibernating", "hibernating", "atRisk", "atRisk", "cantLoseThem"],
  /* R=3 */ ["aboutToSleep", "aboutToSleep", "needAttention", "loyalCustomers", "loyalCustomers"],
  /* R=4 */ ["promising", "potentialLoyalists", "potentialLoyalists", "loyalCustomers", "loyalCustomers"],
  /* R=5 */ ["newCustomers", "potentialLoyalists", "potentialLoyalists", "champions", "champions"],
];
