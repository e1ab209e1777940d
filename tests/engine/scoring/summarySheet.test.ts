import { describe, expect, it } from "vitest";
import { scoreTable } from "../../../src/engine/scoring/scoreTable";
import { CUSTOMER_HEADERS, columnsOf, table } from "./scoringTables";

describe("summary sheet", () => {
  const t = table(CUSTOMER_HEADERS, [
    ["C1", "31/12/2024", 5, 500],
    ["C2", "21/12/2024", 4, 400],
    ["C3", "11/12/2024", 3, 300],
    ["C4", "01/12/2024", 2, 200],
    ["C5", "21/11/2024", 1, 100],
    ["C6", null, 1, 100],
  ]);
  const sheet = scoreTable(t, columnsOf(t), {}, "fr").plan.addedSheets[0]!;
  const rowOf = (label: string) => sheet.rows.find((r) => r[0] === label)!;

  it("has the reference date in its title and one row per segment with counts and shares", () => {
    expect(sheet.rows[0]![0]).toBe("Synthèse RFM — 5 clients notés sur 6, date de référence 01/01/2025");
    expect(rowOf("Champions").slice(0, 4)).toEqual(["Champions", 1, 0.2, 2500 / 5500]);
    // Champions: recency 1 day, 5 purchases a year, basket 500.
    expect(rowOf("Champions").slice(4)).toEqual([1, 5, 500]);
    expect(rowOf("Perdus")[1]).toBe(1);
    expect(rowOf("Non notés (donnée manquante)")[1]).toBe(1);
    expect(rowOf("Total")[1]).toBe(6);
  });

  it("has groups A–D and the R × F grid of counts, shaded", () => {
    expect(rowOf("A").slice(0, 2)).toEqual(["A", 2]);
    const gridHeader = sheet.rows.findIndex((r) => r[0] === "R \\ F");
    expect(sheet.rows[gridHeader]).toEqual(["R \\ F", 1, 2, 3, 4, 5]);
    expect(sheet.rows[gridHeader + 1]).toEqual([5, 0, 0, 0, 0, 1]); // R = 5 first
    expect(sheet.rows[gridHeader + 5]).toEqual([1, 1, 0, 0, 0, 0]);
    const fills = (sheet.cellStyles ?? []).filter((s) => s.row === gridHeader + 1 && s.column >= 1).map((s) => s.fill);
    expect(fills[0]).toBe("FFFFFF");
    expect(fills[4]).not.toBe("FFFFFF");
    expect(sheet.charts?.[0]).toMatchObject({ kind: "bar", categoryColumn: 0, valueColumns: [1] });
  });
});
