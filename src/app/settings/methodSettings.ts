import { isDataKind, type DataKind } from "../../engine/table/dataKind";
import type { GridDimension, PointsGrid, PointsRule } from "../../engine/scoring/behaviourPoints";
import { pointsGridFromRows } from "../../engine/scoring/pointsGridTable";

/** A segment the user built, kept as the condition's text (parseWhere reads it back, French or English). */
export interface SavedSegment {
  readonly name: string;
  readonly where: string;
}

/** One criterion of the points / C/R/M grid, as typed in the pane's table (numbers as typed, "12,5"). */
export interface GridRow {
  readonly part: "" | GridDimension;
  readonly column: string;
  readonly kind: PointsRule["kind"];
  readonly value: string;
  readonly points: string;
  readonly cap: string;
  readonly date: string;
  readonly halfLife: string;
}

/** The grid as saved with the document: its criteria and the hot / warm thresholds in points. */
export interface GridSettings {
  readonly rows: readonly GridRow[];
  readonly hot: string;
  readonly warm: string;
}

/** The Conformité tab's choices: the day the 3 years run to (yyyy-mm-dd, empty: today), and the purge copy. */
export interface ComplySettings {
  readonly today: string;
  readonly purge: boolean;
}

/** The Appels tab's choices, as typed: how many to call, and after how many months to re-confirm. */
export interface CallsSettings {
  readonly top: string;
  readonly staleMonths: string;
}

export const DEFAULT_COMPLY: ComplySettings = { today: "", purge: false };
export const DEFAULT_CALLS: CallsSettings = { top: "50", staleMonths: "" };

export const EMPTY_GRID_ROW: GridRow = { part: "", column: "", kind: "perUnit", value: "", points: "", cap: "", date: "", halfLife: "" };

/** The textbook's example (DESIGN.md, 002): a start the user edits rather than a blank table. */
export const EXAMPLE_GRID: GridSettings = {
  rows: [
    { ...EMPTY_GRID_ROW, part: "C", column: "Catégorie", kind: "values", value: "Vins", points: "6" },
    { ...EMPTY_GRID_ROW, part: "R", column: "Ouvertures", kind: "perUnit", points: "2", cap: "10", date: "Date dernier contact", halfLife: "30" },
    { ...EMPTY_GRID_ROW, part: "M", column: "Canal", kind: "values", value: "Web", points: "3" },
  ],
  hot: "30",
  warm: "10",
};

const KIND_WORD: Readonly<Record<PointsRule["kind"], string>> = { perUnit: "par unité", yes: "oui", values: "valeur", filled: "rempli" };

/**
 * The engine's PointsGrid from the pane's table, through the same reader as a grid kept in a
 * sheet (pointsGridFromRows): one meaning, one set of checks. Throws its OptionError (French and
 * English, "ligne 3 : il manque les points") when the table does not read; row 1 is the header.
 */
export function pointsGridOf(grid: GridSettings): PointsGrid {
  return pointsGridFromRows([
    ["Partie", "Colonne", "Type", "Valeur", "Points", "Plafond", "Date", "Demi-vie"],
    ...grid.rows.map((row) => [row.part, row.column, KIND_WORD[row.kind], row.value, row.points, row.cap, row.date, row.halfLife]),
    ["", "", "chaud", "", grid.hot, "", "", ""],
    ["", "", "tiède", "", grid.warm, "", "", ""],
  ]);
}

/** The grid when it reads, else nothing: a half-typed grid never stops Score from running. */
export function pointsGridIfValid(grid: GridSettings | null): PointsGrid | undefined {
  if (!grid || grid.rows.length === 0) return undefined;
  try {
    return pointsGridOf(grid);
  } catch {
    return undefined;
  }
}

const text = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");
const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

export function parseDataKinds(stored: unknown): Record<string, DataKind> {
  const kinds: Record<string, DataKind> = {};
  for (const [header, kind] of Object.entries(record(stored) ?? {}))
    if (header.trim() !== "" && typeof kind === "string" && isDataKind(kind)) kinds[header] = kind;
  return kinds;
}

export function parseSegments(stored: unknown): SavedSegment[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const raw = record(item);
    return raw && text(raw.where).trim() !== "" ? [{ name: text(raw.name), where: text(raw.where) }] : [];
  });
}

export function parseGrid(stored: unknown): GridSettings | null {
  const raw = record(stored);
  if (!raw || !Array.isArray(raw.rows)) return null;
  const rows = raw.rows.flatMap((item): GridRow[] => {
    const row = record(item);
    if (!row) return [];
    const part = text(row.part);
    const kind = text(row.kind);
    return [
      {
        part: part === "C" || part === "R" || part === "M" ? part : "",
        column: text(row.column),
        kind: kind === "yes" || kind === "values" || kind === "filled" ? kind : "perUnit",
        value: text(row.value),
        points: text(row.points),
        cap: text(row.cap),
        date: text(row.date),
        halfLife: text(row.halfLife),
      },
    ];
  });
  return { rows, hot: text(raw.hot), warm: text(raw.warm) };
}

export function parseComply(stored: unknown): ComplySettings {
  const raw = record(stored);
  const today = text(raw?.today);
  return { today: /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : "", purge: raw?.purge === true };
}

export function parseCalls(stored: unknown): CallsSettings {
  const raw = record(stored);
  return raw ? { top: text(raw.top), staleMonths: text(raw.staleMonths) } : DEFAULT_CALLS;
}
