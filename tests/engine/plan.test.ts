import { describe, expect, it } from "vitest";
import { combinePlans, emptyPlan, type Plan } from "../../src/engine/plan";
import type { Table } from "../../src/engine/table/table";

const table: Table = {
  sheet: "Clients",
  headerRow: 1,
  headers: ["Nom"],
  rows: [
    { rowNumber: 2, cells: ["A"] },
    { rowNumber: 3, cells: ["A"] },
  ],
};

describe("combinePlans", () => {
  it("puts two plans of the same table side by side", () => {
    const structure: Plan = {
      ...emptyPlan("structure", table),
      addedColumns: [{ key: "q", header: "Qualité", after: null, values: [100, 100] }],
      flags: [{ row: 2, column: { source: 0 }, kind: "typo", message: "x" }],
      extras: { splits: [{ row: 2, column: "Nom", parts: {} }] },
    };
    const dedupe: Plan = {
      ...emptyPlan("dedupe", table),
      addedColumns: [{ key: "d", header: "Doublon de la ligne", after: null, values: [null, 2] }],
      flags: [{ row: 3, column: { source: 0 }, kind: "duplicate", message: "y" }],
      extras: { duplicates: [{ rows: [2, 3], survivor: 2, score: 1, matchedOn: ["name"] }] },
    };
    const both = combinePlans(structure, dedupe);
    expect(both.job).toBe("structure");
    expect(both.addedColumns.map((c) => c.key)).toEqual(["q", "d"]);
    expect(both.flags.map((f) => f.kind)).toEqual(["typo", "duplicate"]);
    expect(both.extras.splits).toHaveLength(1);
    expect(both.extras.duplicates).toHaveLength(1);
  });

  it("refuses plans of different tables", () => {
    expect(() => combinePlans(emptyPlan("structure", table), emptyPlan("dedupe", { ...table, rows: [] }))).toThrow(/same table/);
  });
});
