import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/engine/report";
import { spawn } from "node:child_process";
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

  it("writes trap names in the sheet's case and gives them no real customer's identifier (real process, read back)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-segment-traps-"));
    const people = [
      ["Marie", "Dupont"],
      ["Paul", "Martin"],
      ["Léa", "Bernard"],
      ["Jean", "Petit"],
      ["Zoé", "Roux"],
      ["Luc", "Morel"],
      ["Anne", "Brûlé"],
      ["Hugo", "Lefèvre"],
    ];
    const lines = people.map(([first, last], i) =>
      [
        `CL${1000 + i}`,
        first,
        last,
        `${first!.toLowerCase()}.${i}@exemple.fr`,
        `ADH-${String(i).padStart(4, "0")}`,
        `FR76 3000 6000 0112 3456 7890 1${i}`,
        `${100 + i * 10}`,
      ].join(";"),
    );
    const input = join(dir, "clients.csv");
    writeFileSync(input, ["N° client;Prénom;Nom;E-mail;Code adhérent;IBAN;Panier moyen", ...lines].join("\r\n") + "\r\n");
    writeFileSync(join(dir, "owned.csv"), OWNED);
    const args = ["segment", input, "--where", "Panier moyen >= 100", "--name", "VIP", "--copy", "--traps", "4", "--trap-file", join(dir, "owned.csv")];
    const run = await spawnTria([...args, "--seed", "5", "-o", join(dir, "out.xlsx")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const list = sheetNamed(await readXlsxXml(readFileSync(join(dir, "out.xlsx"))), "Pièges (privé)");
    const real = (column: number) => lines.map((line) => line.split(";")[column]);
    for (let at = 4; at < 8; at++) {
      const [id, first, last, email, member, iban] = [4, 5, 6, 7, 8, 9].map((column) => cellAt(list, at, column).value);
      // "Dupont" in the sheet: "Pierre", not "PIERRE".
      expect(String(last)).toMatch(/^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$/);
      expect(String(first)).toMatch(/^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/);
      expect(id).toMatch(/^CL\d{4}$/);
      expect(real(0)).not.toContain(id);
      expect(member).toMatch(/^ADH-\d{4}$/);
      expect(real(4)).not.toContain(member);
      expect(iban ?? null).toBeNull();
      expect(email).toBe("temoin.lyon@monentreprise.fr");
    }
  }, 300_000);

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

/** The real `tria` process, in French. */
function spawnTria(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const tria = join(import.meta.dirname, "../../src/cli/tria.mjs");
  return new Promise((done) => {
    const child = spawn(process.execPath, [tria, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "fr_FR.UTF-8" } });
    const err: Buffer[] = [];
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("close", (code) => done({ code, stderr: Buffer.concat(err).toString("utf8") }));
  });
}
