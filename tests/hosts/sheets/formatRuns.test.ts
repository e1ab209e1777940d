import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatRuns } from "../../../src/hosts/sheets/sheetsWrites";

describe("number formats of an added sheet in Google Sheets", () => {
  it("a formatted column of 5,000 customers is one call, not 5,000", () => {
    const styles = Array.from({ length: 5000 }, (_, i) => ({ row: i + 1, column: 1, numberFormat: "dd/mm/yyyy" }));
    expect(formatRuns([{ row: 0, column: 1, bold: true }, ...styles])).toEqual([{ row: 1, column: 1, rows: 5000, format: "dd/mm/yyyy" }]);
  });

  it("property: the runs give every formatted cell its format and touch no other cell", () => {
    const style = fc.record({
      row: fc.integer({ min: 0, max: 30 }),
      column: fc.integer({ min: 0, max: 3 }),
      numberFormat: fc.constantFrom("0", "0.0%", "dd/mm/yyyy"),
    });
    fc.assert(
      fc.property(fc.uniqueArray(style, { selector: (s) => `${s.row}:${s.column}` }), (styles) => {
        const painted = new Map<string, string>();
        for (const run of formatRuns(styles)) for (let r = run.row; r < run.row + run.rows; r++) painted.set(`${r}:${run.column}`, run.format);
        expect(painted).toEqual(new Map(styles.map((s) => [`${s.row}:${s.column}`, s.numberFormat])));
      }),
    );
  });
});
