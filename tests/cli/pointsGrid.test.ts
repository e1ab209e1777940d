import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./cliHarness";
import { cellAt, readXlsxXml, sheetNamed } from "../support/xlsx/readXlsxXml";

describe("tria score --points-sheet / --points grid.csv (the C/R/M grid as a table)", () => {
  it("reads the grid from a sheet kept in the workbook, writes C, R, M subtotals read back by a second reader", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-grid-"));
    const input = join(dir, "clients.xlsx");
    const book = new ExcelJS.Workbook();
    const clients = book.addWorksheet("Clients");
    clients.addRow(["N° client", "Nom", "Date dernier achat", "Nb achats / an", "Panier moyen", "Catégorie", "Ouvertures", "Canal"]);
    clients.addRow(["C1", "Ana", new Date(Date.UTC(2026, 9, 1)), 6, 120, "Vins", 9, "Web"]);
    clients.addRow(["C2", "Bob", new Date(Date.UTC(2025, 0, 5)), 1, 40, "Bio", 1, "Magasin"]);
    clients.addRow(["C3", "Cléo", new Date(Date.UTC(2026, 5, 1)), 3, 80, "Épicerie", 0, "Web"]);
    const grid = book.addWorksheet("Grille");
    grid.addRow(["Partie", "Colonne", "Type", "Valeur", "Points", "Plafond"]);
    grid.addRow(["C", "Catégorie", "valeur", "Vins", 6]);
    grid.addRow(["R", "Ouvertures", "par unité", null, 2, 10]);
    grid.addRow(["M", "Canal", "valeur", "Web", 3]);
    grid.addRow([null, null, "chaud", null, 15]);
    grid.addRow([null, null, "tiède", null, 5]);
    await book.xlsx.writeFile(input);

    const run = await runCli(["score", input, "--points-sheet", "Grille", "-o", join(dir, "out.xlsx")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = sheetNamed(await readXlsxXml(readFileSync(join(dir, "out.xlsx"))), "Clients");
    const headers = Array.from({ length: out.lastColumn }, (_, c) => cellAt(out, 1, c + 1).value);
    const col = (name: string) => headers.indexOf(name) + 1;
    const values = (name: string) => [2, 3, 4].map((row) => cellAt(out, row, col(name)).value);
    expect(values("Points C (consomme quoi)")).toEqual([6, 0, 0]);
    expect(values("Points R (réagit à quoi)")).toEqual([10, 2, 0]);
    expect(values("Points M (mode d'achat)")).toEqual([3, 0, 3]);
    expect(values("Points comportement")).toEqual([19, 2, 3]);
    expect(values("Chaleur")).toEqual(["Chaud", "Froid", "Froid"]);

    writeFileSync(join(dir, "grid.csv"), "Partie;Colonne;Type;Valeur;Points\nZ;Canal;valeur;Web;3\n;;hot;;10\n;;warm;;5\n");
    const bad = await runCli(["score", input, "--points", join(dir, "grid.csv"), "-o", join(dir, "bad.xlsx")], { LANG: "en_GB.UTF-8" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Points grid: row 2: part "Z": C (consumes what), R (reacts to what) or M (buys how).');
  });
});
