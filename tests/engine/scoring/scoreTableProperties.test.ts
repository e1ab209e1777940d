import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scoreTable } from "../../../src/engine/scoring/scoreTable";
import { arbitraryCell } from "../table/arbitraryCells";
import { CUSTOMER_HEADERS, ORDER_HEADERS, columnsOf, table } from "./scoringTables";

/** Columns as detected on a clean file, so that messy cells test the job, not role detection. */
const customerColumns = columnsOf(table(CUSTOMER_HEADERS, [["C1", "31/12/2024", 5, 500]]));
const orderColumns = columnsOf(table(ORDER_HEADERS, [["O1", "A", "01/03/2024", 100, "Livrée"]]));

describe("scoreTable on any cells", () => {
  it("property: never throws; each customer row is scored or has a flagged cell; source cells untouched", () => {
    fc.assert(
      fc.property(fc.array(fc.array(arbitraryCell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 25 }), (rows) => {
        const t = table(CUSTOMER_HEADERS, rows);
        const before = JSON.stringify(t);
        const { plan } = scoreTable(t, customerColumns, {}, "fr");
        expect(JSON.stringify(t)).toBe(before);
        const flagged = new Set(plan.flags.map((f) => f.row));
        for (const s of plan.extras.scores!) {
          if (s.code === null) expect(flagged.has(s.row!)).toBe(true);
          else expect(s.code).toMatch(/^[1-5]{3}$/);
        }
        for (const column of plan.addedColumns) expect(column.values).toHaveLength(rows.length);
      }),
      { numRuns: 150 },
    );
  });

  it("property: an orders list of any cells never throws and scores each customer at most once", () => {
    fc.assert(
      fc.property(fc.array(fc.array(arbitraryCell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 25 }), (rows) => {
        const { plan } = scoreTable(table(ORDER_HEADERS, rows), orderColumns, {}, "en");
        const ids = plan.extras.scores!.map((s) => s.customer);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 150 },
    );
  });
});
