import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { pointsGridFromRows } from "../../../src/engine/scoring/pointsGridTable";
import { behaviourPoints, type PointsGrid } from "../../../src/engine/scoring/behaviourPoints";
import { OptionError } from "../../../src/engine/optionError";
import { tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import { inspectTable } from "../../../src/engine/inspect";
import type { CellValue } from "../../../src/engine/table/cellValue";

const HEADER = ["Partie", "Colonne", "Type", "Valeur", "Points", "Plafond", "Date", "Demi-vie (jours)"];
const GRID: CellValue[][] = [
  ["Grille C/R/M — BTS NDRC"],
  HEADER,
  ["C", "Catégorie", "valeur", "Vins", 6, null, null, null],
  ["C", "Catégorie", "valeur", "Bio", "3", null, null, null],
  ["R", "Ouvertures", "par unité", null, 2, 10, null, null],
  ["R", "A répondu", "oui", null, 8, null, null, null],
  ["Mode d'achat", "Canal", "valeur", "Web", 3, null, null, null],
  [null, "E-mail", "rempli", null, 1, null, null, null],
  [null, null, "chaud", null, 15, null, null, null],
  [null, null, "tiède", null, "5", null, null, null],
];

describe("points grid written as a table", () => {
  it("reads the C/R/M grid: values merged by column, parts, caps, thresholds", () => {
    expect(pointsGridFromRows(GRID)).toEqual({
      hot: 15,
      warm: 5,
      rules: [
        { column: "Catégorie", values: { Vins: 6, Bio: 3 }, dimension: "C", kind: "values" },
        { column: "Ouvertures", kind: "perUnit", points: 2, cap: 10, dimension: "R" },
        { column: "A répondu", kind: "yes", points: 8, dimension: "R" },
        { column: "Canal", values: { Web: 3 }, dimension: "M", kind: "values" },
        { column: "E-mail", kind: "filled", points: 1 },
      ],
    });
  });

  it("gives each part its subtotal and the heat from the total", () => {
    const grid = pointsGridFromRows(GRID);
    const table = tableFromSheet({
      name: "Clients",
      rows: [
        ["Nom", "E-mail", "Catégorie", "Ouvertures", "A répondu", "Canal"],
        ["Ana", "ana@free.fr", "vins", 9, "oui", "Web"],
        ["Bob", null, "Bio", 1, "non", "Magasin"],
      ],
    });
    const result = behaviourPoints(table, inspectTable(table, "fr"), grid);
    expect(result.byDimension).toEqual({ C: [6, 3], R: [18, 2], M: [3, 0] });
    expect(result.points).toEqual([28, 5]);
    expect(result.heat).toEqual(["hot", "warm"]);
  });

  it("says which row is wrong, in French and English", () => {
    const reason = (rows: CellValue[][]) => {
      try {
        pointsGridFromRows(rows);
        return "none";
      } catch (error) {
        return error instanceof OptionError ? `${error.reason}: ${error.messageIn("fr")}` : "crash";
      }
    };
    expect(reason([["Nom", "Ville"]])).toMatch(/^grid.noHeader/);
    expect(reason([HEADER, ["Z", "Canal", "valeur", "Web", 3]])).toBe(
      "grid.dimension: Grille de points : ligne 2 : partie « Z » : C (consomme quoi), R (réagit à quoi) ou M (mode d'achat).",
    );
    expect(reason([HEADER, ["C", "Canal", "souvent", "", 3]])).toMatch(/^grid.kind: .*ligne 2/);
    expect(reason([HEADER, ["C", "Canal", "valeur", "", 3]])).toMatch(/^grid.value/);
    expect(reason([HEADER, ["C", "Canal", "rempli", "", "beaucoup"]])).toMatch(/^grid.number/);
    expect(reason([HEADER, ["C", "Canal", "rempli", "", 3]])).toMatch(/^grid.thresholds/);
    expect(reason([HEADER, [null, null, "chaud", null, 1], [null, null, "tiède", null, 5], ["C", "Canal", "rempli", "", 3]])).toMatch(
      /^grid.thresholds.*dépasse/,
    );
  });
});

describe("points grid table (properties)", () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constantFrom(null, "", "C", "R", "M", "X", "valeur", "par unité", "oui", "rempli", "chaud", "tiède", "Bio", "Canal", "10", "abc"),
    fc.integer({ min: -5, max: 50 }),
    fc.string({ maxLength: 6 }),
  );
  const rule = fc.record({
    dimension: fc.option(fc.constantFrom("C" as const, "R" as const, "M" as const), { nil: undefined }),
    column: fc.constantFrom("Canal", "Clics", "E-mail", "Catégorie"),
    kind: fc.constantFrom("perUnit" as const, "yes" as const, "filled" as const),
    points: fc.integer({ min: 0, max: 20 }),
    cap: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
  });
  const WORD = { perUnit: "par unité", yes: "oui", filled: "rempli" } as const;

  it("any table gives a grid or an OptionError, never a crash", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 }), fc.boolean(), (rows, withHeader) => {
        try {
          pointsGridFromRows(withHeader ? [HEADER, ...rows] : rows);
        } catch (error) {
          expect(error).toBeInstanceOf(OptionError);
        }
      }),
    );
  });

  it("reads back the rules it is written from", () => {
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (rules, warm, extra) => {
        const rows: CellValue[][] = [
          HEADER,
          ...rules.map((r) => [r.dimension ?? null, r.column, WORD[r.kind], null, r.points, r.cap ?? null, null, null]),
          [null, null, "tiède", null, warm],
          [null, null, "chaud", null, warm + extra],
        ];
        const expected: PointsGrid = {
          hot: warm + extra,
          warm,
          rules: rules.map((r) => ({
            column: r.column,
            kind: r.kind,
            points: r.points,
            ...(r.cap === undefined ? {} : { cap: r.cap }),
            ...(r.dimension ? { dimension: r.dimension } : {}),
          })),
        };
        expect(pointsGridFromRows(rows)).toEqual(expected);
      }),
    );
  });
});
