import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { segmentTable } from "../../../src/engine/segments/segmentTable";
import { matchWhere } from "../../../src/engine/segments/matchWhere";
import { parseWhere } from "../../../src/engine/segments/parseWhere";
import { departmentOf } from "../../../src/engine/segments/department";
import { inspectTable } from "../../../src/engine/inspect";
import { tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import { OptionError } from "../../../src/engine/optionError";
import type { CellValue } from "../../../src/engine/table/cellValue";
import { FRENCH_DATA, FRENCH_HEADER } from "../table/sampleSheets";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const table = tableFromSheet({ name: "Clients", rows: [FRENCH_HEADER, ...FRENCH_DATA] });
const columns = inspectTable(table, "fr");
const rowsOf = (where: string) => {
  const test = matchWhere(parseWhere(where, table.headers), columns, "fr");
  return table.rows.filter((row) => test(row.cells)).map((row) => row.rowNumber);
};

describe("segments on a French customer list", () => {
  it("compares numbers as written in French (145,50 €), days as days, words without case or accents", () => {
    // Rows 2..7: Dupont 3×145,50 · Martin 7×89,90 · Durand 1×210 · Leroy 12×56 · Moreau 4×74,20 · Simon 2×130.
    expect(rowsOf("Panier moyen >= 100 et Nb achats / an >= 2")).toEqual([2, 7]);
    expect(rowsOf("Panier moyen > 145,5 ou Nb achats / an = 12")).toEqual([4, 5]);
    expect(rowsOf("Date dernier achat entre 01/01/2024 et 30/06/2024")).toEqual([2, 3, 6]);
    expect(rowsOf("Date dernier achat < 2024-01-01")).toEqual([4, 7]);
    expect(rowsOf("Ville = LYON")).toEqual([3, 5]);
    expect(rowsOf("E-mail contient GMAIL et non Tél. est vide")).toEqual([2, 7]);
    expect(rowsOf("Tél. est vide")).toEqual([5]);
    expect(rowsOf("Ville dans lyon, Nantes")).toEqual([3, 5, 7]);
    expect(rowsOf("Nom commence par m")).toEqual([3, 6]);
  });

  it("reads departments from the postal code, with Corsica and overseas", () => {
    expect(rowsOf("CP dans 69, 6")).toEqual([3, 4, 5]);
    expect(rowsOf("Département dans 33, 44")).toEqual([6, 7]);
    expect(rowsOf("Département = 75")).toEqual([2]);
    expect(departmentOf("20167")).toBe("2A");
    expect(departmentOf("20200")).toBe("2B");
    expect(departmentOf("97110")).toBe("971");
    expect(departmentOf(1000)).toBe("01");
    expect(departmentOf("Lyon")).toBeNull();
  });

  it("refuses a comparison that means nothing, before reading any row", () => {
    const reason = (where: string) => {
      try {
        rowsOf(where);
        return "none";
      } catch (error) {
        return error instanceof OptionError ? error.reason : "crash";
      }
    };
    expect(reason("Ville >= Paris")).toBe("where.notOrdered");
    expect(reason("Panier moyen entre 10 et 01/01/2024")).toBe("where.mixedBounds");
  });

  it("writes one yes/no column per segment, a Segments sheet, copies, and the report's segment", () => {
    const plan = segmentTable(table, columns, [{ name: "VIP", where: "Panier moyen >= 100" }, { where: "Ville = Lyon" }], { lang: "fr", copy: true });
    expect(plan.addedColumns.map((c) => [c.key, c.header, c.values])).toEqual([
      ["segment.vip", "VIP", ["oui", "non", "oui", "non", "non", "oui"]],
      ["segment.segment-2", "Segment 2", ["non", "oui", "non", "oui", "non", "non"]],
    ]);
    expect(plan.extras.segment).toEqual({ name: "VIP", where: "Panier moyen >= 100", count: 3 });
    expect(plan.extras.segments?.map((s) => s.rows)).toEqual([
      [2, 4, 7],
      [3, 5],
    ]);
    expect(plan.addedSheets.map((s) => s.name)).toEqual(["Segments", "Seg. VIP", "Seg. Segment 2"]);
    expect(plan.addedSheets[0]!.rows[3]).toEqual(["VIP", "Panier moyen >= 100", 3, 0.5]);
    expect(plan.addedSheets[1]!.rows.map((r) => r[2])).toEqual(["Nom", "DUPONT", "DURAND", "SIMON"]);
    expect(() =>
      segmentTable(
        table,
        columns,
        [
          { name: "A", where: "Ville = Lyon" },
          { name: "a", where: "Ville = Nice" },
        ],
        { lang: "en" },
      ),
    ).toThrow(OptionError);
  });
});

describe("segments (properties)", () => {
  const people = fc.array(
    fc.record({
      basket: fc.option(
        fc.integer({ min: 0, max: 200_000 }).map((c) => c / 100),
        { nil: null },
      ),
      purchases: fc.integer({ min: 0, max: 30 }),
      last: fc.integer({ min: 0, max: 2000 }).map((d) => new Date(Date.UTC(2020, 0, 1 + d))),
      french: fc.boolean(),
    }),
    { maxLength: 30 },
  );
  const written = (n: number | null, french: boolean): CellValue =>
    n === null
      ? null
      : french
        ? `${n
            .toFixed(2)
            .replace(".", ",")
            .replace(/\B(?=(\d{3})+,)/g, " ")} €`
        : n;

  it("agree with plain comparisons on the numbers and days the cells hold, and not/and/or behave as logic", () => {
    fc.assert(
      fc.property(
        people,
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 2000 }),
        (list, threshold, minimum, since) => {
          const rows: CellValue[][] = [
            ["Panier moyen", "Nb achats / an", "Date dernier achat"],
            ...list.map((p) => [written(p.basket, p.french), p.purchases, p.last]),
          ];
          const t = tableFromSheet({ name: "S", rows }, { headerRow: 1 });
          const cols = inspectTable(t, "fr");
          const sinceDay = day(2020, 1, 1 + since);
          const dd = sinceDay.toISOString().slice(0, 10).split("-").reverse().join("/");
          const a = `Panier moyen >= ${String(threshold).replace(".", ",")}`;
          const b = `Nb achats / an > ${minimum}`;
          const c = `Date dernier achat >= ${dd}`;
          const test = (w: string) => matchWhere(parseWhere(w, t.headers), cols, "fr");
          const [ta, tb, tc] = [test(a), test(b), test(c)];
          const both = test(`${a} et (${b} ou non ${c})`);
          t.rows.forEach((row, i) => {
            const p = list[i]!;
            expect(ta(row.cells)).toBe(p.basket !== null && p.basket >= threshold);
            expect(tb(row.cells)).toBe(p.purchases > minimum);
            expect(tc(row.cells)).toBe(p.last.getTime() >= sinceDay.getTime());
            expect(both(row.cells)).toBe(ta(row.cells) && (tb(row.cells) || !tc(row.cells)));
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
