import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./cliHarness";

/** tests/fixtures/workbooks/make_fixtures.py: openpyxl, each customer as one "C001;Aurélie MOREAU;…" cell in column A. */
const UNSPLIT = "tests/fixtures/workbooks/unsplit-csv.xlsx";

describe("a workbook holding a CSV never split into columns", () => {
  it("is refused with exit 4 and a sentence saying what it is and what to do, in French by default", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "tria-unsplit-")), "s.xlsx");
    const run = await runCli(["structure", UNSPLIT, "-o", out]);
    expect(run.code).toBe(4);
    expect(run.stderr).toBe(
      "tria: La feuille « Clients » tient chaque ligne dans une seule colonne (« N° client;Nom;Adresse;Tél.;E-mail;Date dernier achat;Nb ach… ») : " +
        "c'est un fichier CSV dont les colonnes, séparées par « ; », n'ont pas été découpées. Dans Excel, sélectionnez la colonne A " +
        "puis Données › Convertir › Délimité › « ; », enregistrez en .xlsx et réessayez (ou donnez à Tria le fichier .csv d'origine).\n",
    );
    expect(existsSync(out)).toBe(false);
  });

  it("says it in English too, for inspect", async () => {
    const run = await runCli(["inspect", UNSPLIT, "--lang", "en"]);
    expect(run.code).toBe(4);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /^tria: The sheet "Clients" holds each line in a single column \("N° client;Nom;.*"\): a CSV file whose columns, separated by ";", were never split\./,
    );
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
