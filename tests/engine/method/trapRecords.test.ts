import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { plantTraps } from "../../../src/engine/method/trapRecords";
import { inspectTable } from "../../../src/engine/inspect";
import type { Table } from "../../../src/engine/table/table";

const table = (rows: (string | number)[][]): Table => ({
  sheet: "Clients",
  headerRow: 1,
  headers: ["N° client", "Nom", "E-mail", "Panier moyen"],
  rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
});
const owned = [{ email: "piege1@moi.fr" }, { email: "piege2@moi.fr" }];

describe("plantTraps", () => {
  it("keeps every real row in order, adds exactly N traps at owned addresses, with new ids and names (property)", () => {
    const row = fc.tuple(
      fc.integer({ min: 1, max: 99999 }).map((n) => `C${String(n).padStart(5, "0")}`),
      fc.constantFrom("Marie Dupont", "Paul Martin"),
      fc.constant("x@y.fr"),
      fc.integer({ min: 1, max: 500 }),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), fc.integer(), (rows, count, seed) => {
        let state = seed;
        const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
        const t = table(rows.map((r) => [...r]));
        const { rows: out, traps } = plantTraps(t, inspectTable(t, "fr"), { count, owned, random });
        expect(out).toHaveLength(rows.length + count);
        expect(traps).toHaveLength(count);
        const trapAt = new Set(traps.map((trap) => trap.position));
        expect(out.filter((_, i) => !trapAt.has(i))).toEqual(rows.map((r) => [...r]));
        for (const trap of traps) {
          expect(out[trap.position]).toEqual(trap.cells);
          expect(["piege1@moi.fr", "piege2@moi.fr"]).toContain(trap.cells[2]);
          expect(rows.map((r) => r[0])).not.toContain(trap.cells[0]);
          expect(["Marie Dupont", "Paul Martin"]).not.toContain(trap.cells[1]);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("refuses owned addresses the export has no column for", () => {
    const t = table([["C00001", "Marie Dupont", "x@y.fr", 10]]);
    expect(() => plantTraps(t, inspectTable(t, "fr"), { count: 1, owned: [{ city: "Lyon" }], random: Math.random })).toThrow(/no address the export holds/);
  });
});
