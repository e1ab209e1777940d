/**
 * The flag legend of DESIGN.md §3. Colours live here and nowhere else: the Excel host, the
 * xlsx writer, the taskpane legend and the legend sheet all read this table.
 */
export const FLAG_KINDS = ["incomplete", "volatile", "invalid", "typo", "duplicate"] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export interface FlagStyle {
  /** Fill colour as RRGGBB, or null for no fill. */
  readonly fill: string | null;
  /** Border colour as RRGGBB, or null for no border. */
  readonly border: string | null;
}

export const FLAG_STYLES: Readonly<Record<FlagKind, FlagStyle>> = {
  incomplete: { fill: null, border: "FF0000" },
  volatile: { fill: "FFFF00", border: null },
  invalid: { fill: "FFA500", border: null },
  typo: { fill: "FFD8A8", border: null },
  duplicate: { fill: "D9B3FF", border: null },
};

/** When one cell carries several flags, the most serious one gives the look. */
export const FLAG_SEVERITY: Readonly<Record<FlagKind, number>> = {
  invalid: 5,
  typo: 4,
  incomplete: 3,
  duplicate: 2,
  volatile: 1,
};

export function isFlagKind(value: string): value is FlagKind {
  return (FLAG_KINDS as readonly string[]).includes(value);
}
