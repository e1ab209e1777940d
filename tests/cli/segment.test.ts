import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/engine/report";
import { runCli } from "./cliHarness";
import { writeRgpdFixture } from "./rgpdFixture";
import { cellAt, readXlsxXml, sheetNamed } from "../support/xlsx/readXlsxXml";
import { checkCliRun } from "../support/xlsx/checkCliRun";

describe("tria segment", () => {
  it("writes a yes/no column per named segment, the Segments sheet and campaign copies; a second reader agrees", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-segment-"));
    const input = join(dir, "clients.xlsx");
    await writeRgpdFixture(input);
    const run = await checkCliRun("segment", input, join(dir, "out.xlsx"), join(dir, "r.json"), [
      "--where",
      "Nb achats / an >= 2 et E-mail n'est pas vide",
      "--name",
      "Fidèles",
      "--where",
      "Date dernier achat < 01/01/2024 ou Notes contient syndiqué",
      "--name",
      "Relance",
      "--copy",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.mismatches).toEqual([]);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report.job).toBe("segment");
    expect(report.segment).toEqual({ name: "Fidèles", where: "Nb achats / an >= 2 et E-mail n'est pas vide", count: 2 });
    expect(report.segments?.map((s) => [s.name, s.count, s.rows])).toEqual([
      ["Fidèles", 2, [2, 4]],
      ["Relance", 2, [3, 5]],
    ]);

    const book = await readXlsxXml(readFileSync(join(dir, "out.xlsx")));
    expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Clients", "Segments", "Seg. Fidèles", "Seg. Relance", "Légende"]));
    const clients = sheetNamed(book, "Clients");
    expect([1, 2, 3, 4, 5, 6].map((row) => cellAt(clients, row, 9).value)).toEqual(["Fidèles", "oui", "non", "oui", "non", "non"]);
    expect([1, 2, 3, 4, 5, 6].map((row) => cellAt(clients, row, 10).value)).toEqual(["Relance", "non", "oui", "non", "oui", "non"]);
    const summary = sheetNamed(book, "Segments");
    expect([cellAt(summary, 4, 1).value, cellAt(summary, 4, 3).value, cellAt(summary, 4, 4).value]).toEqual(["Fidèles", 2, 0.4]);
    const copy = sheetNamed(book, "Seg. Relance");
    expect([cellAt(copy, 1, 1).value, cellAt(copy, 2, 1).value, cellAt(copy, 3, 1).value, copy.lastRow]).toEqual(["Nom", "Paul Martin", "Jean Petit", 3]);

    // A second run on the output updates its own columns instead of adding new ones.
    const again = await runCli(["segment", join(dir, "out.xlsx"), "--where", "Nb achats / an >= 3", "--name", "Fidèles", "-o", join(dir, "again.xlsx")]);
    expect(again.code).toBe(0);
    const rerun = sheetNamed(await readXlsxXml(readFileSync(join(dir, "again.xlsx"))), "Clients");
    expect([1, 2, 3, 4].map((row) => cellAt(rerun, row, 9).value)).toEqual(["Fidèles", "oui", "non", "non"]);
    expect(cellAt(rerun, 1, 11).value).toBeNull();
  });

  it("prints counts, and says clearly what is wrong in French or English (exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-segment-"));
    const ok = await runCli([
      "segment",
      "samples/clients-demo.csv",
      "--where",
      "Département dans 75, 92, 13",
      "--name",
      "IDF+13",
      "--report",
      join(dir, "r.json"),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/IDF\+13 : \d+ lignes? sur 500/);
    const unknown = await runCli(["segment", "samples/clients-demo.csv", "--where", "Panier >= 100", "--report", join(dir, "r.json")], { LANG: "en_GB.UTF-8" });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no column "Panier"');
    const none = await runCli(["segment", "samples/clients-demo.csv"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Il faut au moins une condition");
    const text = await runCli(["segment", "samples/clients-demo.csv", "--where", "Panier moyen >= beaucoup", "--report", join(dir, "r.json")]);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain("n'est ni un nombre ni une date");
    const names = await runCli(["segment", "samples/clients-demo.csv", "--where", "Nb achats / an >= 4", "--name", "A", "--name", "B"]);
    expect(names.code).toBe(2);
    expect(names.stderr).toContain("2 --name pour 1 --where");
  });
});
