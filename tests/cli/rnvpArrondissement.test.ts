import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./cliHarness";

/*
 * La Poste's line 6 for Paris, Lyon and Marseille is "code CITY": the arrondissement is in the
 * postal code, never written after the city (75016 PARIS, not PARIS 16). The written workbook is
 * read back by openpyxl.
 */
const openpyxl = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0;

const READ = `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["adresses"]
headers = [c.value for c in ws[1]]
print(json.dumps([row[headers.index("Ligne 6")] for row in ws.iter_rows(min_row=2, values_only=True)]))
`;

describe.skipIf(!openpyxl)("tria structure: RNVP line 6 of an arrondissement", () => {
  it("reads 75016 PARIS, 69002 LYON, 13006 MARSEILLE whatever the town was typed as", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-rnvp-"));
    const input = join(dir, "adresses.csv");
    writeFileSync(
      input,
      "Nom;Adresse\nAnne Martin;12 rue de la Pompe 75016 Paris\nBruno Petit;3 place Bellecour 69002 Lyon\nClaire Roux;5 rue Paradis 13006 Marseille\nDavid Leroy;1 rue de Passy 75016 PARIS 16E\n",
    );
    const output = join(dir, "out.xlsx");
    const run = await runCli(["structure", input, "-o", output]);
    expect(run.code, run.stderr).toBe(0);
    const read = spawnSync("/usr/bin/python3", ["-c", READ, output], { encoding: "utf8" });
    expect(read.stderr).toBe("");
    expect(JSON.parse(read.stdout)).toEqual(["75016 PARIS", "69002 LYON", "13006 MARSEILLE", "75016 PARIS"]);
  }, 60_000);
});
