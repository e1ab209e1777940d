/**
 * The flag legend of DESIGN.md §3. Colours live here and nowhere else: the Excel host, the
 * xlsx writer, the taskpane legend and the legend sheet all read this table.
 */
export const FLAG_KINDS = ["incomplete", "volatile", "invalid", "typo", "duplicate", "privacy"] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export interface FlagStyle {
  /** Fill colour as RRGGBB, or null for no fill. */
  readonly fill: string | null;
  /** Border colour as RRGGBB, or null for no border. */
  readonly border: string | null;
  /** How the border is drawn: solid (incomplete) or dashed (privacy), so the two never look alike. */
  readonly borderStyle?: "solid" | "dashed";
}

export const FLAG_STYLES: Readonly<Record<FlagKind, FlagStyle>> = {
  incomplete: { fill: null, border: "FF0000" },
  volatile: { fill: "FFFF00", border: null },
  invalid: { fill: "FFA500", border: null },
  typo: { fill: "FFD8A8", border: null },
  duplicate: { fill: "D9B3FF", border: null },
  // Dark blue (navy) dashed: 3:1 and more against white and against every fill above.
  privacy: { fill: null, border: "1F3A93", borderStyle: "dashed" },
};

/** When one cell carries several flags, the most serious one gives the look. */
export const FLAG_SEVERITY: Readonly<Record<FlagKind, number>> = {
  // A legal matter first: when a cell is both incomplete and sensitive, the dashed border shows.
  privacy: 6,
  invalid: 5,
  typo: 4,
  incomplete: 3,
  duplicate: 2,
  volatile: 1,
};

export function isFlagKind(value: string): value is FlagKind {
  return (FLAG_KINDS as readonly string[]).includes(value);
}

/**
 * On screen (taskpane, web page) each swatch is drawn with an outline of its own hue that meets
 * 3:1 against a white page (WCAG 1.4.11): the fills alone are 1.07–1.97:1 (yellow on white).
 */
export const FLAG_OUTLINES: Readonly<Record<FlagKind, string>> = {
  incomplete: "FF0000",
  volatile: "7A6A00",
  invalid: "A04A00",
  typo: "8B4513",
  duplicate: "6B2FA8",
  privacy: "1F3A93",
};

/**
 * A symbol per kind, so colour is never the only signal (DESIGN.md §3): yellow vs light orange
 * and orange vs purple are hard to tell apart with deuteranopia.
 */
export const FLAG_SYMBOLS: Readonly<Record<FlagKind, string>> = {
  incomplete: "▢",
  volatile: "⟳",
  invalid: "✖",
  typo: "✎",
  duplicate: "⇄",
  privacy: "§",
};
