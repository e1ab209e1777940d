import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { behaviourPoints, parsePointsGrid, type PointsGrid } from "../../../src/engine/scoring/behaviourPoints";
import { orderStatus } from "../../../src/engine/scoring/orderStatus";
import { columnsOf, table } from "./scoringTables";

const t = table(
  ["Nom", "Ouvertures e-mail", "Clics", "A répondu", "Intérêt", "Date dernier contact"],
  [
    ["Ana", 10, 3, "oui", "Vins", "31/12/2024"],
    ["Bob", 2, 0, "non", "bio", "01/12/2024"],
    ["Cécile", null, "x", null, null, null],
  ],
);

describe("behaviourPoints", () => {
  const grid: PointsGrid = {
    hot: 30,
    warm: 10,
    rules: [
      { column: "emailOpens", kind: "perUnit", points: 2, cap: 10 },
      { column: "Clics", kind: "perUnit", points: 5 },
      { column: "A répondu", kind: "yes", points: 8 },
      { column: "Intérêt", kind: "values", values: { vins: 6, Bio: 3 } },
    ],
  };

  it("adds per-unit points with caps, yes/no and qualitative values, then hot / warm / cold", () => {
    const result = behaviourPoints(t, columnsOf(t), grid);
    // Ana: min(20, 10) + 15 + 8 + 6 = 39; Bob: 4 + 0 + 0 + 3 = 7; Cécile: nothing readable = 0.
    expect(result.points).toEqual([39, 7, 0]);
    expect(result.heat).toEqual(["hot", "cold", "cold"]);
  });

  it("halves points every half-life of the event's age", () => {
    const decaying: PointsGrid = {
      hot: 10,
      warm: 5,
      rules: [{ column: "Clics", kind: "perUnit", points: 4, decay: { dateColumn: "Date dernier contact", halfLifeDays: 30 } }],
    };
    // Reference: the day after the last contact (01/01/2025). Ana's contact is 1 day old, Bob's 31.
    const result = behaviourPoints(t, columnsOf(t), decaying);
    expect(result.points[0]).toBeCloseTo(12 * 0.5 ** (1 / 30), 1);
    expect(result.points[1]).toBe(0);
  });

  it("parsePointsGrid accepts a grid and refuses anything else without throwing", () => {
    expect(parsePointsGrid(grid)).toEqual(grid);
    expect(parsePointsGrid({ rules: [{ column: "x", kind: "nope" }], hot: 2, warm: 1 })).toBeNull();
    fc.assert(fc.property(fc.jsonValue(), (json) => void parsePointsGrid(json)));
  });
});

describe("orderStatus", () => {
  it("reads cancelled and returned orders in French and English", () => {
    expect(["Annulée", "ANNULE", "Cancelled", "canceled"].map(orderStatus)).toEqual(["cancelled", "cancelled", "cancelled", "cancelled"]);
    expect(["Retour", "Remboursée", "Refunded", "Avoir"].map(orderStatus)).toEqual(["returned", "returned", "returned", "returned"]);
    expect(["Livrée", "", null, 12].map(orderStatus)).toEqual(["ok", "ok", "ok", "ok"]);
  });

  it("property: never throws on any cell", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.boolean()), (cell) => void orderStatus(cell)));
  });
});
