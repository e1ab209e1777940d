import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/engine/report";
import { runCli } from "./cliHarness";
import { writeCallsFixture } from "./callsFixture";
import { cellAt, readXlsxXml, sheetNamed } from "../support/xlsx/readXlsxXml";

const OWNED = "Adresse;E-mail;Tél.\n14 rue des Lilas 69003 Lyon;temoin.lyon@monentreprise.fr;04 72 00 00 01\n";
const REAL_NAMES = ["Marie Dupont", "Paul Martin", "Léa Bernard", "Jean Petit", "Zoé Roux", "Luc Morel"];

describe("tria segment --copy --traps", () => {
  it("plants trap records in each segment's copy only, listed on a private sheet; the customers' sheet gets no trap", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-segment-traps-"));
    const input = join(dir, "clients.xlsx");
    await writeCallsFixture(input);
    writeFileSync(join(dir, "owned.csv"), OWNED);
    const run = await runCli([
      "segment",
      input,
      "--where",
      "Panier moyen >= 100",
      "--name",
      "VIP",
      "--copy",
      "--traps",
      "2",
      "--trap-file",
      join(dir, "owned.csv"),
      "--seed",
      "3",
      "-o",
      join(dir, "out.xlsx"),
      "--report",
      join(dir, "r.json"),
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report.segments?.map((s) => [s.name, s.count, s.traps])).toEqual([["VIP", 3, 2]]);

    const book = await readXlsxXml(readFileSync(join(dir, "out.xlsx")));
    const clients = sheetNamed(book, "Clients");
    expect(clients.lastRow).toBe(7);
    expect([2, 3, 4, 5, 6, 7].map((row) => cellAt(clients, row, 1).value)).toEqual(REAL_NAMES);
    const copy = sheetNamed(book, "Seg. VIP");
    expect(copy.lastRow).toBe(6); // header, 3 VIP customers, 2 traps
    const names = [2, 3, 4, 5, 6].map((row) => String(cellAt(copy, row, 1).value));
    expect(names.filter((name) => REAL_NAMES.includes(name))).toEqual(["Marie Dupont", "Jean Petit", "Zoé Roux"]);

    const list = sheetNamed(book, "Pièges (privé)");
    expect(String(cellAt(list, 1, 1).value)).toContain("liste privée");
    expect([1, 2, 3].map((column) => cellAt(list, 3, column).value)).toEqual(["Feuille", "Ligne dans la feuille", "Adresse témoin n°"]);
    for (const at of [4, 5]) {
      expect(cellAt(list, at, 1).value).toBe("Seg. VIP");
      const row = Number(cellAt(list, at, 2).value);
      // The copy holds, at the row the private list gives, the trap's own values: a made-up name at an owned address.
      for (let column = 1; column <= 9; column++) expect(cellAt(copy, row, column).value).toEqual(cellAt(list, at, column + 3).value);
      expect(REAL_NAMES).not.toContain(String(cellAt(copy, row, 1).value));
      expect(cellAt(copy, row, 4).value).toBe("temoin.lyon@monentreprise.fr");
      expect(cellAt(copy, row, 5).value).toBe("14 rue des Lilas 69003 Lyon");
    }
  });

  it("refuses --traps without --copy, in French and English (exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-segment-traps-"));
    const input = join(dir, "clients.xlsx");
    await writeCallsFixture(input);
    const fr = await runCli(["segment", input, "--where", "Panier moyen >= 100", "--traps", "2", "--trap-file", "x.csv"]);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain("--traps va avec --copy");
    const en = await runCli(["segment", input, "--where", "Panier moyen >= 100", "--copy", "--traps", "2", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("--traps needs --trap-file");
  });
});
