import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../src/hosts/excel/excelHost";
import { excelOperations } from "../../src/taskpane/excelOperations";
import { createJobRunner } from "../../src/app/jobRunner";
import type { JobOptions } from "../../src/app/jobProtocol";
import { describeError } from "../../src/ui/describeError";
import { createFakeExcel, FakeWorkbook, type FakeSheet } from "../../src/tools/fakeExcel/fakeExcel";

/**
 * The Segments tab's "adresses pièges" as the taskpane runs them in Excel (the in-memory Excel
 * of tests/hosts/excel, the real Excel host and job runner): the owned addresses come from a
 * sheet of the user's own, the traps go into the segment's NEW copy sheet, the private list onto
 * a sheet of its own; the customers' sheet and the owned sheet keep every value.
 */
const CUSTOMERS = [
  ["Nom", "E-mail", "Adresse", "Tél.", "Panier moyen"],
  ["Marie Dupont", "marie.dupont@free.fr", "12 rue de la Paix 75002 Paris", "06 12 34 56 78", 150],
  ["Paul Martin", "paul.martin@free.fr", "3 place Bellecour 69002 Lyon", "01 45 67 89 10", 40],
  ["Jean Petit", "jean.petit@orange.fr", "5 rue Nationale 59000 Lille", "06 11 22 33 44", 120],
  ["Zoé Roux", "zoe.roux@orange.fr", "20 cours Mirabeau 13100 Aix-en-Provence", "06 98 76 54 32", 200],
] as const;
const OWNED = [
  ["Adresse", "E-mail", "Tél."],
  ["14 rue des Lilas 69003 Lyon", "temoin.lyon@monentreprise.fr", "04 72 00 00 01"],
] as const;

function setup() {
  const book = new FakeWorkbook();
  book.addSheet("Clients", CUSTOMERS);
  book.addSheet("Mes adresses", OWNED);
  const excel = createFakeExcel(book);
  const host = createExcelHost({ run: excel.run, supports: excel.supports });
  return { book, operations: excelOperations(host, createJobRunner(null), excel.run) };
}

const rowsOf = (sheet: FakeSheet, rows: number, columns: number) =>
  Array.from({ length: rows }, (_r, r) => Array.from({ length: columns }, (_c, c) => sheet.cell(r, c).value));

const options = (sheet: string): JobOptions => ({
  lang: "fr",
  segments: [{ name: "VIP", where: "Panier moyen >= 100" }],
  copySegments: true,
  traps: { count: 2, sheet, seed: 11 },
});

describe("trap records from the taskpane, in Excel", () => {
  it("lists the workbook's sheets, plants the traps in the segment's copy only and lists them on a private sheet", async () => {
    const { book, operations } = setup();
    expect(await operations.listSheets!()).toEqual(["Clients", "Mes adresses"]);
    const result = await operations.run("segment", options("Mes adresses"), {});
    expect(result.report.segments?.map((s) => [s.name, s.count, s.traps])).toEqual([["VIP", 3, 2]]);

    expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Clients", "Mes adresses", "Segments", "Seg. VIP", "Pièges (privé)"]));
    // Never in place: the customers' cells and the owned addresses as they were (the segment's yes/no column aside).
    expect(rowsOf(book.sheet("Clients")!, 5, 5)).toEqual(CUSTOMERS);
    expect(book.sheet("Clients")!.cell(5, 0).value ?? "").toBe("");
    expect(rowsOf(book.sheet("Mes adresses")!, 2, 3)).toEqual(OWNED);

    const copy = book.sheet("Seg. VIP")!;
    const copied = rowsOf(copy, 6, 5);
    expect(copied[0]).toEqual(CUSTOMERS[0]);
    expect(copy.cell(6, 0).value ?? "").toBe("");
    const traps = copied.slice(1).filter((row) => row[1] === "temoin.lyon@monentreprise.fr");
    expect(traps).toHaveLength(2);
    for (const trap of traps) {
      expect(trap[2]).toBe("14 rue des Lilas 69003 Lyon");
      expect(["Marie Dupont", "Jean Petit", "Zoé Roux", "Paul Martin"]).not.toContain(trap[0]);
    }
    expect(
      copied
        .slice(1)
        .filter((row) => row[1] !== "temoin.lyon@monentreprise.fr")
        .map((row) => row[0]),
    ).toEqual(["Marie Dupont", "Jean Petit", "Zoé Roux"]);

    const list = book.sheet("Pièges (privé)")!;
    expect(String(list.cell(0, 0).value)).toContain("liste privée");
    for (const at of [3, 4]) {
      expect(list.cell(at, 0).value).toBe("Seg. VIP");
      const row = Number(list.cell(at, 1).value) - 1;
      expect(list.cell(at, 3).value).toBe(copy.cell(row, 0).value);
      expect(copy.cell(row, 1).value).toBe("temoin.lyon@monentreprise.fr");
    }
  });

  it("refuses the customers' own sheet or a sheet that is not there, in the user's language, and writes nothing", async () => {
    const { book, operations } = setup();
    const before = book.state();
    const same = await operations.run("segment", options("Clients"), {}).catch((error: unknown) => error);
    expect(describeError(same, "fr").message).toContain("est la feuille des clients");
    const missing = await operations.run("segment", options("Adresses"), {}).catch((error: unknown) => error);
    expect(describeError(missing, "en").message).toBe('No sheet "Adresses" in the workbook: choose the sheet of your seed addresses (sheets: Mes adresses).');
    expect(book.state()).toEqual(before);
  });
});
