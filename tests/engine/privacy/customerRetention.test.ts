import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { rowRetentions } from "../../../src/engine/privacy/customerRetention";
import type { RetentionColumns } from "../../../src/engine/privacy/retention";
import type { Table } from "../../../src/engine/table/table";

const columns: RetentionColumns = { lastPurchase: 1, lastContact: null, collected: null, purchaseEvidence: [], status: null };
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const orders = (rows: [string | null, Date | null][]): Table => ({
  sheet: "Commandes",
  headerRow: 1,
  headers: ["Client", "Date commande"],
  rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
});

describe("retention per customer in an orders list", () => {
  it("keeps an old order of a customer who ordered again, expires every order of a customer gone for 3 years", () => {
    const table = orders([
      ["C1", day(2019, 1, 1)],
      ["C2", day(2022, 1, 1)],
      ["C1", day(2026, 6, 1)],
      ["C2", day(2023, 11, 30)],
      [null, day(2020, 1, 1)],
    ]);
    const result = rowRetentions(table, columns, 0, day(2026, 12, 1));
    expect(result.map((r) => r.expired)).toEqual([false, true, false, true, true]);
    expect(result.map((r) => r.customer)).toEqual(["C1", "C2", "C1", "C2", null]);
    expect(result[1]!.lastActivity).toEqual(day(2023, 11, 30));
    // A customer file: each row is its own person.
    expect(rowRetentions(table, columns, null, day(2026, 12, 1)).map((r) => r.expired)).toEqual([true, true, false, true, true]);
  });

  it("every order of one customer gets the same answer, the one of their latest date (property)", () => {
    const dated = fc.tuple(
      fc.constantFrom("A", "B", "C"),
      fc.integer({ min: 0, max: 4350 }).map((n) => new Date(day(2015, 1, 1).getTime() + n * 86_400_000)),
    );
    fc.assert(
      fc.property(fc.array(dated, { minLength: 1, maxLength: 30 }), (rows) => {
        const today = day(2026, 12, 1);
        const result = rowRetentions(orders(rows), columns, 0, today);
        rows.forEach(([id], i) => {
          const latest = Math.max(...rows.filter(([other]) => other === id).map(([, date]) => date.getTime()));
          expect(result[i]!.lastActivity?.getTime()).toBe(latest);
          const end = new Date(latest);
          end.setUTCFullYear(end.getUTCFullYear() + 3);
          expect(result[i]!.expired).toBe(end <= today);
        });
      }),
    );
  });
});
