import type { DrawnChart } from "./sheetCharts";

/**
 * What a run changed, kept before writing so that "Undo last run" (and the rollback of a run
 * that fails half-way) puts the sheet back exactly: values, formulas, number formats, fills,
 * borders and notes of every touched cell, the columns inserted and the sheets added.
 * Coordinates are the sheet's before the run (1-based); inserted columns are deleted first,
 * so those coordinates are right again when cells are restored.
 */
export interface CellBlock {
  /** The sheet, when not RunSnapshot.sheet (a Tria sheet of an earlier run being rewritten). */
  readonly sheet?: string;
  readonly row: number;
  readonly column: number;
  /** Range.formulas: a formula, or the constant as typed. Absent when values were not touched. */
  readonly formulas?: unknown[][];
  /** Range.values: a text constant's value is its formulas text, a formula's is its result. */
  readonly values?: unknown[][];
  readonly numberFormat?: unknown[][];
  /** Range.valueTypes: which constants were text, so undo writes them back as text. */
  readonly valueTypes?: string[][];
  /** Range.getCellProperties: fill, borders and bold font. */
  readonly properties: Excel.SettableCellProperties[][];
}

export interface NoteBefore {
  /** Address before the run, e.g. "C12". */
  readonly address: string;
  /** The note's text before the run, or null when the cell had none. */
  readonly content: string | null;
}

export interface SheetBefore {
  readonly name: string;
  /**
   * True for Tria's own sheet of an earlier run: it is cleared and rewritten in place (so it
   * keeps its position), and its cells before the run are CellBlocks. False: a sheet Tria adds.
   */
  readonly existed: boolean;
}

export interface RunSnapshot {
  readonly sheet: string;
  /**
   * Inserted columns, 1-based, in the order they were inserted (right to left), each where it
   * stood when inserted. Deleted in reverse order, each is where it was recorded: whatever
   * was inserted after it stands to its left and is already gone. A run that fails between two
   * insertions is undone exactly.
   */
  readonly inserted: { first: number; count: number }[];
  readonly cells: CellBlock[];
  readonly notes: NoteBefore[];
  readonly sheets: SheetBefore[];
  /** Charts on Tria's rewritten sheets before the run: undo deletes the run's and draws these. */
  readonly charts?: DrawnChart[];
  /** The metadata text before the run, or null when there was no "_tria" sheet. */
  readonly metadata: string | null;
  /** Whether the run got as far as writing the metadata (a rollback restores it only then). */
  metadataWritten: boolean;
}

export const CELL_PROPERTIES_LOAD: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true }, borders: { color: true, style: true, weight: true }, font: { bold: true } },
};
