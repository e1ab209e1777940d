import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/engine/report";
import { runCli } from "./cliHarness";
import { writeCallsFixture } from "./callsFixture";
import { cellAt, readXlsxXml, sheetNamed } from "../support/xlsx/readXlsxXml";
import { checkCliRun } from "../support/xlsx/checkCliRun";

describe("tria calls (CROC call list)", () => {
  it("writes an 'À appeler' sheet ranked by value and by what to check, read back by the XML reader; the user's sheet is unchanged", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-calls-"));
    const input = join(dir, "clients.xlsx");
    await writeCallsFixture(input);
    const run = await checkCliRun("calls", input, join(dir, "out.xlsx"), join(dir, "r.json"), ["--today", "01/12/2026"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // The second reader sees the user's cells exactly as they were: the list is a sheet of its own.
    expect(run.mismatches).toEqual([]);
    const calls = (JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report).calls!;
    expect(calls).toMatchObject({ today: "2026-12-01", staleMonths: 12, candidates: 4, listed: 4, withoutPhone: 1, valueFrom: "rfm" });
    // Jean Petit (row 5) has no phone; Zoé Roux (row 6) has nothing to check.
    expect(calls.entries.map((e) => e.row)).toEqual([2, 4, 7, 3]);
    const [marie, lea, luc, paul] = calls.entries;
    expect(marie).toMatchObject({
      rank: 1,
      name: "Marie Dupont",
      phone: "06 12 34 56 78",
      value: { group: "A" },
      stale: false,
      confirm: [],
      obtain: [],
      complete: [],
    });
    expect(marie!.rectify.map((i) => i.text)).toEqual(["E-mail « marie.dupont@gmial.com » → « marie.dupont@gmail.com » ?"]);
    expect(lea!.name).toBe("Léa Bernard (Bernard SARL)");
    expect(lea!.complete.map((i) => i.text)).toEqual(["fonction de l'interlocuteur"]);
    expect(luc!.obtain.map((i) => i.text)).toEqual(["E-mail"]);
    // Paul Martin bought last in May 2023: stale, his details are read back to him.
    expect(paul).toMatchObject({ stale: true, lastActivity: "2023-05-04" });
    expect(paul!.confirm.map((i) => i.column)).toEqual(["Tél.", "E-mail", "Adresse"]);
    expect(calls.entries.map((e) => e.priority)).toEqual([...calls.entries.map((e) => e.priority)].sort((a, b) => b - a));

    const book = await readXlsxXml(readFileSync(join(dir, "out.xlsx")));
    expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Clients", "À appeler"]));
    const list = sheetNamed(book, "À appeler");
    expect(String(cellAt(list, 1, 1).value)).toContain("Clients à appeler en premier");
    expect([1, 3, 4, 7, 8, 9, 10, 11].map((c) => cellAt(list, 4, c).value)).toEqual([
      "Rang",
      "Client",
      "Téléphone",
      "À confirmer",
      "À rectifier",
      "À obtenir",
      "À compléter",
      "Ligne",
    ]);
    expect(cellAt(list, 5, 3).value).toBe("Marie Dupont");
    expect(cellAt(list, 5, 8).value).toBe("E-mail « marie.dupont@gmial.com » → « marie.dupont@gmail.com » ?");
    expect(cellAt(list, 5, 11).value).toBe(2);
    expect(String(cellAt(list, 8, 6).value)).toContain("sans nouvelles depuis 42 mois");
    expect(cellAt(list, 8, 7).value).toBe("Tél. : 01 45 67 89 10 ; E-mail : paul.martin@free.fr ; Adresse : 3 place Bellecour 69002 Lyon");
    expect(list.lastRow).toBe(8);
  });

  it("speaks English with --lang en, keeps the --top first, and the French alias 'appels' works", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-calls-"));
    const input = join(dir, "clients.xlsx");
    await writeCallsFixture(input);
    const run = await runCli(["appels", input, "--today", "2026-12-01", "--top", "2", "--lang", "en", "-o", join(dir, "out.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 customers to call of 4 to qualify (1 without a phone, not listed)");
    const list = sheetNamed(await readXlsxXml(readFileSync(join(dir, "out.xlsx"))), "To call");
    expect(cellAt(list, 4, 7).value).toBe("Confirm");
    expect(cellAt(list, 5, 8).value).toBe('E-mail "marie.dupont@gmial.com" → "marie.dupont@gmail.com"?');
    expect(list.lastRow).toBe(6);
  });

  it("refuses a bad --top (exit 2) and a file without a phone column (exit 5: the file lacks a column), in the user's language", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-calls-"));
    const input = join(dir, "clients.xlsx");
    await writeCallsFixture(input);
    const top = await runCli(["calls", input, "--top", "beaucoup"]);
    expect(top.code).toBe(2);
    expect(top.stderr).toContain("--top : « beaucoup » n'est pas un nombre de clients");
    const orders = await runCli(["calls", "samples/commandes-demo.csv", "--lang", "en", "--report", join(dir, "r.json")]);
    expect(orders.code).toBe(5);
    expect(orders.stderr).toContain('No phone column in "commandes-demo"');
  });
});
