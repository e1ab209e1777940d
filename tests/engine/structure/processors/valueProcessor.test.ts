import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dateValueProcessor, numberValueProcessor } from "../../../../src/engine/structure/processors/valueProcessor";
import type { CellValue } from "../../../../src/engine/table/cellValue";

const context = { lang: "fr" as const, defaultCountry: "FR", valuesOfRole: () => null };
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("sortable copies of dates and numbers typed as text", () => {
  it("adds a real date beside a date column holding text, and flags what reads as no date", () => {
    const values: CellValue[] = [day(2024, 3, 12), "3 mars 2024", "12/03/2024", "bientôt", null, { error: "#N/A" }];
    const result = dateValueProcessor.process(values, context, { index: 0, header: "Client depuis", role: "firstPurchaseDate" });
    expect(result.parts.map((p) => [p.header.fr, p.numberFormat])).toEqual([["Client depuis (date)", "dd/mm/yyyy"]]);
    expect(result.parts[0]!.values).toEqual([day(2024, 3, 12), day(2024, 3, 3), day(2024, 3, 12), null, null, null]);
    expect([...result.issues.keys()]).toEqual([3]);
    expect(result.issues.get(3)![0]!.kind).toBe("invalid");
  });

  it("adds a real number beside an amount column holding text", () => {
    const values: CellValue[] = [45.9, "1 234,50 €", "14 fois", null];
    const result = numberValueProcessor.process(values, context, { index: 0, header: "Panier moyen", role: "averageBasket" });
    expect(result.parts[0]!.header.en).toBe("Panier moyen (number)");
    expect(result.parts[0]!.values).toEqual([45.9, 1234.5, null, null]);
    expect([...result.issues.keys()]).toEqual([2]);
  });

  it("a text repeated down the column (read once) gives every row its value or its flag", () => {
    // More rows than the memo's sample, mostly repeats: the texts read once serve every row.
    const texts = ["05/11/2026", "14/08/24", "bientôt", "3 mars 2024"];
    const values: CellValue[] = Array.from({ length: 30_000 }, (_, i) => texts[i % texts.length]!);
    const result = dateValueProcessor.process(values, context, { index: 0, header: "Client depuis", role: "firstPurchaseDate" });
    const expected = [day(2026, 11, 5), day(2024, 8, 14), null, day(2024, 3, 3)];
    const got = result.parts[0]!.values;
    expect(got.every((value, i) => (value === null ? expected[i % 4] === null : (value as Date).getTime() === expected[i % 4]!.getTime()))).toBe(true);
    // Each row its own Date: a host may change one without changing the others.
    expect(got[0]).not.toBe(got[4]);
    expect([...result.issues.keys()]).toEqual(Array.from({ length: 7_500 }, (_, k) => 4 * k + 2));
    const numbers = numberValueProcessor.process(["4", "21,10", "4", "4 fois"], context, { index: 0, header: "Nb achats / an", role: "purchasesPerYear" });
    expect(numbers.parts[0]!.values).toEqual([4, 21.1, 4, null]);
    expect([...numbers.issues.keys()]).toEqual([3]);
  });

  it("adds nothing to a column of real values, and never throws", () => {
    expect(numberValueProcessor.process([1, 2.5, null], context, { index: 0, header: "Montant", role: "amount" }).parts).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.date())), (values) => {
        for (const processor of [dateValueProcessor, numberValueProcessor]) {
          const result = processor.process(values, context, { index: 0, header: "X", role: processor.roles[0]! });
          for (const part of result.parts) expect(part.values).toHaveLength(values.length);
        }
      }),
    );
  });
});
