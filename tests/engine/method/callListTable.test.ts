import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { callListTable } from "../../../src/engine/method/callListTable";
import { inspectTable } from "../../../src/engine/inspect";
import type { CellValue } from "../../../src/engine/table/cellValue";
import type { Table } from "../../../src/engine/table/table";
import type { CellFlag } from "../../../src/engine/plan";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const today = day(2026, 12, 1);
const table = (headers: string[], rows: CellValue[][]): Table => ({
  sheet: "Feuille",
  headerRow: 1,
  headers,
  rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
});
const run = (t: Table, flags: CellFlag[] = [], top?: number) =>
  callListTable(t, inspectTable(t, "fr"), flags, { lang: "fr", today, ...(top === undefined ? {} : { top }) }).calls;

describe("callListTable (CROC)", () => {
  it("an orders list gives one line per customer, from their latest order", () => {
    const orders = table(
      ["N° client", "Nom", "Téléphone", "Date commande", "Montant"],
      [
        ["C1", "Marie Dupont", "06 12 34 56 78", day(2022, 1, 5), 50],
        ["C2", "Paul Martin", "01 45 67 89 10", day(2023, 2, 1), 30],
        ["C1", "Marie Dupont", "06 12 34 56 78", day(2023, 3, 9), 80],
      ],
    );
    const calls = run(orders);
    expect(calls.entries.map((e) => [e.customer, e.row, e.lastActivity])).toEqual(
      expect.arrayContaining([
        ["C1", 4, "2023-03-09"],
        ["C2", 3, "2023-02-01"],
      ]),
    );
    expect(calls.entries).toHaveLength(2);
    expect(calls.entries.every((e) => e.stale && e.confirm.some((i) => i.column === "Téléphone"))).toBe(true);
  });

  it("without purchase data, ranks by what there is to check; a wrong value weighs more than a stale one", () => {
    const people = table(
      ["Nom", "Téléphone", "E-mail", "Date dernier contact"],
      [
        ["Stale Only", "01 45 67 89 10", "a@b.fr", day(2024, 1, 1)],
        ["Wrong Mail", "01 45 67 89 11", "a@gmial.com", day(2026, 11, 1)],
      ],
    );
    const flags: CellFlag[] = [{ row: 3, column: { source: 2 }, kind: "typo", message: "Faute de frappe probable", suggestion: "a@gmail.com" }];
    const calls = run(people, flags);
    expect(calls.valueFrom).toBe("none");
    expect(calls.entries.map((e) => e.name)).toEqual(["Wrong Mail", "Stale Only"]);
    expect(calls.entries[0]!.rectify[0]!.text).toBe("E-mail « a@gmial.com » → « a@gmail.com » ?");
  });

  it("gives each phone as the caller dials it, however it was typed; one that does not read as typed", () => {
    const people = table(
      ["Nom", "Téléphone", "Date dernier contact"],
      [
        ["Dropped Zero", 612345686, day(2020, 1, 1)],
        ["With Prefix", "+33 (0)6 12 34 56 85", day(2020, 1, 1)],
        ["Dotted", "06.12.34.56.80", day(2020, 1, 1)],
        ["Belgian", "+32 470 12 34 56", day(2020, 1, 1)],
        ["Reunion", "+262 692 12 34 56", day(2020, 1, 1)],
        ["Too Short", "06 12 34 56", day(2020, 1, 1)],
      ],
    );
    const phones = Object.fromEntries(run(people).entries.map((e) => [e.name, e.phone]));
    expect(phones).toEqual({
      "Dropped Zero": "06 12 34 56 86",
      "With Prefix": "06 12 34 56 85",
      Dotted: "06 12 34 56 80",
      Belgian: "+32 470 12 34 56",
      Reunion: "0692 12 34 56",
      "Too Short": "06 12 34 56",
    });
  });

  it("lists at most --top customers, in priority order, each with something to check and a phone (property)", () => {
    const row = fc.tuple(
      fc.constantFrom("Ana Lopez", "", "Jo Li"),
      fc.constantFrom("06 12 34 56 78", "", null),
      fc.constantFrom("x@y.fr", "", null),
      fc.option(fc.integer({ min: 0, max: 3000 }).map((n) => new Date(day(2018, 1, 1).getTime() + n * 86_400_000))),
      fc.option(fc.integer({ min: 0, max: 20 })),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), fc.integer({ min: 1, max: 10 }), (rows, top) => {
        const t = table(
          ["Nom", "Portable", "E-mail", "Date dernier achat", "Nb achats / an"],
          rows.map((r) => [...r]),
        );
        const calls = run(t, [], top);
        expect(calls.listed).toBe(Math.min(top, calls.candidates));
        expect(calls.candidates + calls.withoutPhone).toBeLessThanOrEqual(rows.length);
        calls.entries.forEach((e, i) => {
          expect(e.rank).toBe(i + 1);
          expect(e.phone).not.toBe("");
          if (i > 0) expect(e.priority).toBeLessThanOrEqual(calls.entries[i - 1]!.priority);
          expect(e.confirm.length + e.rectify.length + e.obtain.length + e.complete.length).toBeGreaterThan(0);
        });
      }),
      { numRuns: 60 },
    );
  });
});
