import { describe, expect, it } from "vitest";
import { placeColumns } from "../../src/hosts/columnPlacement";
import type { AddedColumn } from "../../src/engine/plan";

const col = (key: string, after: number | null): AddedColumn => ({ key, header: key, after, values: [] });

describe("placeColumns", () => {
  it("inserts new columns right after their source, in Plan order, and shifts the rest", () => {
    // Table: A=Nom(0) B=Adresse(1) C=Tél(2)
    const placement = placeColumns([col("cp", 1), col("ville", 1), col("e164", 2)], new Map(), 3, false);
    expect(placement.columnOfKey.get("cp")).toBe(3);
    expect(placement.columnOfKey.get("ville")).toBe(4);
    expect(placement.shift(3)).toBe(5); // Tél moves from C to E
    expect(placement.columnOfKey.get("e164")).toBe(6);
    expect(placement.shift(1)).toBe(1);
    expect(placement.insertions).toEqual([
      { at: 4, count: 1 },
      { at: 3, count: 2 },
    ]);
  });

  it("updates a column Tria already wrote in place instead of adding another", () => {
    const placement = placeColumns([col("cp", 1), col("e164", 3)], new Map([["cp", 3]]), 4, false);
    expect(placement.columnOfKey.get("cp")).toBe(3);
    expect(placement.columnOfKey.get("e164")).toBe(5);
    expect(placement.insertions).toEqual([{ at: 5, count: 1 }]);
  });

  it("appends after the last column when asked (formulas) or when a column has no source", () => {
    const placement = placeColumns([col("cp", 1), col("quality", null)], new Map(), 3, true);
    expect(placement.columnOfKey.get("cp")).toBe(4);
    expect(placement.columnOfKey.get("quality")).toBe(5);
    expect(placement.shift(3)).toBe(3);
  });
});
