import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { shiftFormula } from "../../../src/hosts/workbook/shiftFormula";
import { openWorkbookFile } from "../../../src/hosts/workbook/node/openWorkbookFile";
import { runStructure } from "../../../src/app/runStructure";
import { cellAt, columnLetters, readXlsxXml, sheetNamed, type XSheet } from "../../support/xlsx/readXlsxXml";

/** Three columns inserted before B on "Clients", as Excel's Insert columns would. */
const threeBeforeB = (column: number) => (column >= 2 ? column + 3 : column);
const onClients = (sheet: string) => (sheet.toLowerCase() === "clients" ? threeBeforeB : undefined);

describe("shiftFormula moves references as Excel's Insert columns does", () => {
  it.each([
    ["SUM(G4:G9)", "Clients", "SUM(J4:J9)"],
    ["SUM(A1:C3)", "Clients", "SUM(A1:F3)"], // spans the insertion point: stretches
    ["$H$4*2", "Clients", "$K$4*2"],
    ["SUM(Clients!G4:G9)", "Synthèse", "SUM(Clients!J4:J9)"],
    ["'Clients'!$H$1", null, "'Clients'!$K$1"],
    ["SUM(G4:G9)", "Synthèse", "SUM(G4:G9)"], // another sheet's own cells
    ["Commandes!C2+Clients!C2", "Synthèse", "Commandes!C2+Clients!F2"],
    ["SUM(B:C)", "Clients", "SUM(E:F)"],
    ["SUM(4:9)", "Clients", "SUM(4:9)"],
    ['IF(C2="B2",LOG10(C2),"")', "Clients", 'IF(F2="B2",LOG10(F2),"")'],
    ["SUM(TableClients[Panier moyen])+Paniers", "Clients", "SUM(TableClients[Panier moyen])+Paniers"],
    ["SUM(Synthèse!B1,B1)", "Clients", "SUM(Synthèse!B1,E1)"],
    ["1.5E10+A1", "Clients", "1.5E10+A1"],
  ])("%s on %s → %s", (formula, own, expected) => {
    expect(shiftFormula(formula, own, onClients)).toBe(expected);
  });

  it("leaves any text unchanged when no column moves (property)", () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom("Clients", null), (formula, own) => shiftFormula(formula, own, () => (column) => column) === formula));
  });

  it("moves a random reference by the shift, dollars and sheet kept (property)", () => {
    const reference = fc.record({ column: fc.integer({ min: 1, max: 16_000 }), row: fc.integer({ min: 1, max: 1_048_576 }), dollar: fc.boolean() });
    fc.assert(
      fc.property(reference, ({ column, row, dollar }) => {
        const d = dollar ? "$" : "";
        const written = `SUM(Clients!${d}${columnLetters(column)}${d}${row})`;
        return shiftFormula(written, "Autre", onClients) === `SUM(Clients!${d}${columnLetters(threeBeforeB(column))}${d}${row})`;
      }),
    );
  });
});

function columnOfHeader(sheet: XSheet, headerRow: number, header: string): number {
  for (let column = 1; column <= sheet.lastColumn; column++) if (cellAt(sheet, headerRow, column).value === header) return column;
  throw new Error(`no header ${header}`);
}

describe("sheets with formulas get Tria's columns beside their source too", () => {
  it("a formula on another sheet and a total under the table follow their columns (read back from the XML)", async () => {
    for (const [file, headerRow, check] of [
      [
        "openpyxl-features.xlsx",
        3,
        (sheet: XSheet, synthese: XSheet) => {
          const achats = columnLetters(columnOfHeader(sheet, 3, "Nb achats / an"));
          expect(cellAt(synthese, 2, 2).formula).toBe(`SUM(Clients!${achats}4:${achats}9)`);
          expect(cellAt(synthese, 1, 2).formula).toBe("SUM(Paniers)");
        },
      ],
      [
        "total-row.xlsx",
        1,
        (sheet: XSheet) => {
          const panier = columnLetters(columnOfHeader(sheet, 1, "Panier moyen"));
          const total = [...sheet.cells.values()].filter((cell) => cell.formula !== null).map((cell) => cell.formula);
          expect(total).toContain(`SUM(${panier}2:${panier}7)`);
        },
      ],
    ] as const) {
      const host = await openWorkbookFile(`tests/fixtures/workbooks/${file}`);
      await runStructure(host, { lang: "fr", apply: true });
      expect(host.warnings.join(" ")).not.toMatch(/formules|formulas/);
      const book = await readXlsxXml(await host.outputBytes());
      const sheet = sheetNamed(book, "Clients");
      // Tria's columns went in beside their source: Nom's split columns right after B, not at the far right.
      expect(columnOfHeader(sheet, headerRow, "Adresse")).toBeGreaterThan(3);
      check(sheet, book.sheets.find((s) => s.name === "Synthèse") ?? sheet);
    }
  }, 60_000);
});
