import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildPostalIndex, checkPostalTown } from "../../../../src/engine/structure/address/postalIndex";
import type { PackedPostalCodes } from "../../../../src/engine/structure/address/postalCodeFormat";
import { packPostalCodes, parseLaPosteCsv } from "../../../../src/tools/packPostalCodes";

const dir = mkdtempSync(join(tmpdir(), "tria-postal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("src/tools/packPostalCodes.ts", () => {
  it("writes a packed base that the engine reads back", () => {
    const out = join(dir, "postalCodes.json");
    execFileSync(process.execPath, ["--import", "tsx", "src/tools/packPostalCodes.ts", out], { stdio: "pipe" });
    const text = readFileSync(out, "utf8");
    expect(text.length).toBeLessThan(520 * 1024);
    const index = buildPostalIndex(JSON.parse(text) as PackedPostalCodes);
    expect(index.source).toMatch(/^codes-postaux \d/);
    expect(checkPostalTown(index, "75002", "Paris").status).toBe("ok");
    expect(checkPostalTown(index, "97400", "Saint-Denis").status).toBe("ok");
  });

  it("reads La Poste's CSV and keeps its ligne 5 so that hamlets are recognised", () => {
    const csv =
      "\uFEFF#Code_commune_INSEE;Nom_de_la_commune;Code_postal;Libellé_d_acheminement;Ligne_5\r\n" +
      "16206;MANSLE LES FONTAINES;16230;MANSLE LES FONTAINES;FONTCLAIREAU\r\n" +
      "1053;BOURG EN BRESSE;1000;BOURG EN BRESSE;\r\n";
    const records = parseLaPosteCsv(csv);
    expect(records).toEqual([
      { codePostal: "16230", codeCommune: "16206", nomCommune: "MANSLE LES FONTAINES", libelleAcheminement: "MANSLE LES FONTAINES", ligne5: "FONTCLAIREAU" },
      { codePostal: "01000", codeCommune: "1053", nomCommune: "BOURG EN BRESSE", libelleAcheminement: "BOURG EN BRESSE" },
    ]);
    const index = buildPostalIndex(packPostalCodes(records, "test"));
    expect(checkPostalTown(index, "16230", "Fontclaireau").status).toBe("ok");
    expect(checkPostalTown(index, "16230", "Fontclairau").suggestion).toEqual({ city: "MANSLE LES FONTAINES" });
    expect(() => parseLaPosteCsv("a;b\n1;2")).toThrow(/Code_postal/);
  });
});
