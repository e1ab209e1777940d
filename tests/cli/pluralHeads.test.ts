import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./cliHarness";

/** French puts 0 and 1 in the singular ("0 groupe de doublons"), English only 1 ("0 duplicate groups"). */
describe("the CLI's summary lines count in each language's grammar", () => {
  const dir = mkdtempSync(join(tmpdir(), "tria-plurals-"));
  const file = join(dir, "un.csv");
  writeFileSync(file, "Nom;E-mail\nJean Petit;jean@orange.fr\n");

  it("tria dedupe and tria run on a one-row file, in French", async () => {
    const dedupe = await runCli(["dedupe", file, "--report", join(dir, "d.json")]);
    expect(dedupe.stdout).toContain("feuille « un », 1 ligne : 0 groupe de doublons, 0 ligne en double (0 paire comparée).");
    const run = await runCli(["run", file, "-o", join(dir, "run.xlsx")]);
    expect(run.stdout).toContain("1 ligne → ");
    expect(run.stdout).toContain("structure  0 cellule à corriger ou compléter, 0 groupe de doublons (0 ligne en double)");
  });

  it("and in English", async () => {
    const run = await runCli(["run", file, "-o", join(dir, "run-en.xlsx"), "--lang", "en"]);
    expect(run.stdout).toContain("1 row → ");
    expect(run.stdout).toContain("structure  0 cells to fix or complete, 0 duplicate groups (0 duplicate rows)");
  });
});
