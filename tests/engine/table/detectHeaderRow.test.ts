import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/engine/table/cellValue";
import { detectHeaderRow } from "../../../src/engine/table/detectHeaderRow";
import { arbitraryGrid } from "./arbitraryCells";
import { FRENCH_DATA, FRENCH_HEADER, TITLE } from "./sampleSheets";

const sheet = (rows: CellValue[][]) => ({ name: "Clients", rows });

describe("detectHeaderRow", () => {
  it("finds the header on row 1", () => {
    const guess = detectHeaderRow(sheet([FRENCH_HEADER, ...FRENCH_DATA]));
    expect(guess.headerRow).toBe(1);
    expect(guess.confidence).toBeGreaterThan(0.7);
  });

  it("skips a title line and a blank row: header on row 3", () => {
    expect(detectHeaderRow(sheet([[TITLE], [], FRENCH_HEADER, ...FRENCH_DATA])).headerRow).toBe(3);
  });

  it("skips a logo-ish block: header on row 5", () => {
    const rows: CellValue[][] = [["ACME SARL"], [null, "12 rue des Lilas 75011 Paris"], ["Tél : 01 23 45 67 89"], [null, null], FRENCH_HEADER, ...FRENCH_DATA];
    expect(detectHeaderRow(sheet(rows)).headerRow).toBe(5);
  });

  it("skips a title row with a date beside it", () => {
    const rows: CellValue[][] = [["Liste des clients", null, null, null, null, "15/11/2026"], FRENCH_HEADER, ...FRENCH_DATA];
    expect(detectHeaderRow(sheet(rows)).headerRow).toBe(2);
  });

  it("finds unknown headers over typed data", () => {
    const rows: CellValue[][] = [
      ["Réf", "Truc", "Machin"],
      ["A1", 12, "jean@x.fr"],
      ["A2", 15, "marie@y.fr"],
    ];
    expect(detectHeaderRow(sheet(rows)).headerRow).toBe(1);
  });

  it("says when there is no header at all", () => {
    const guess = detectHeaderRow(sheet(FRENCH_DATA));
    expect(guess.headerRow).toBeNull();
    expect(guess.confidence).toBeGreaterThan(0.5);
  });

  it("says so for an empty sheet", () => {
    expect(detectHeaderRow(sheet([]))).toEqual({ headerRow: null, confidence: 0 });
    expect(detectHeaderRow(sheet([[], [null, "  "]])).headerRow).toBeNull();
  });

  it("looks no further than the first 20 rows", () => {
    const blanks: CellValue[][] = Array.from({ length: 25 }, () => []);
    expect(detectHeaderRow(sheet([...blanks, FRENCH_HEADER, ...FRENCH_DATA])).headerRow).toBeNull();
  });

  it("never throws on arbitrary grids and answers within the sheet", () => {
    fc.assert(
      fc.property(arbitraryGrid(), (rows) => {
        const guess = detectHeaderRow(sheet(rows));
        expect(guess.confidence).toBeGreaterThanOrEqual(0);
        expect(guess.confidence).toBeLessThanOrEqual(1);
        if (guess.headerRow !== null) {
          expect(guess.headerRow).toBeGreaterThanOrEqual(1);
          expect(guess.headerRow).toBeLessThanOrEqual(Math.min(rows.length, 20));
        }
      }),
      { numRuns: 150 },
    );
  });
});
