import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SireneExtractReader, sireneNeedsOf, type SireneNeeds } from "../../../../src/engine/structure/sirene/sireneIndex";
import { companyKey } from "../../../../src/engine/structure/sirene/sireneEstablishment";
import { SireneFileError } from "../../../../src/engine/structure/sirene/sireneMessages";
import type { CellValue } from "../../../../src/engine/table/cellValue";
import type { ColumnRole } from "../../../../src/engine/table/columnRole";
import { extractLines, noiseLines } from "./sireneExtract";

function read(lines: readonly string[], needs: SireneNeeds) {
  const reader = new SireneExtractReader(needs, "StockEtablissement_utf8.csv");
  for (const line of lines) reader.addLine(line);
  return reader.index();
}

const needsOf = (columns: Partial<Record<ColumnRole, CellValue[]>>) => sireneNeedsOf((role) => columns[role] ?? null);

describe("SIRENE extract reader", () => {
  const needs = needsOf({
    siret: ["404 833 048 00022", null, null],
    company: ["Roux & Fils", "Boulangerie Martin SARL", "Garage du Centre"],
    postalCode: ["69006", "24200", null],
    address: [null, null, "1 bd Gambetta 46000 Cahors"],
  });

  it("collects what the customer file needs: SIRETs, and names at postal codes", () => {
    expect([...needs.sirets]).toEqual(["40483304800022"]);
    expect([...needs.codeNames].sort()).toEqual(["24200|BOULANGERIE MARTIN", "46000|GARAGE DU CENTRE", "69006|ROUX ET FILS"]);
  });

  it("keeps only the establishments the file needs, however many lines stream by", () => {
    const index = read([...extractLines(), ...noiseLines(2000)], needs);
    expect(index.linesRead).toBe(2006);
    expect([...index.bySiret.keys()].sort()).toEqual(["40483304800022", "55203253400018", "55203253400026", "81234567600017", "81234567600025"]);
    expect(index.byCodeName.get("24200|BOULANGERIE MARTIN")?.map((e) => [e.siret, e.closed])).toEqual([
      ["55203253400018", false],
      ["55203253400026", true],
    ]);
    const closed = index.bySiret.get("40483304800022")!;
    expect(closed).toMatchObject({ closed: true, since: "2021-03-31", name: "ROUX ET FILS", address: "3 AVENUE FOCH 69006 LYON" });
    // Voie codes written in full, the CEDEX line when SIRENE has one.
    expect(index.bySiret.get("81234567600017")!.address).toBe("1 BOULEVARD GAMBETTA 46005 CAHORS CEDEX");
    expect(index.bySiret.get("81234567600017")!.name).toBe("GARAGE DU CENTRE");
  });

  it("reads an extract re-saved with ';' and a byte-order mark", () => {
    const [header, ...rows] = extractLines(undefined, ";");
    expect(read([`\uFEFF${header}`, ...rows], needs).bySiret.size).toBe(5);
  });

  it("says in French and English what is wrong with a file that is not StockEtablissement", () => {
    const wrong = () => read(["nom,prenom,ville", "Dupont,Jean,Paris"], needs);
    expect(wrong).toThrow(SireneFileError);
    try {
      wrong();
    } catch (error) {
      const e = error as SireneFileError;
      expect(e.messageIn("fr")).toContain("n'est pas un fichier SIRENE des établissements");
      expect(e.messageIn("fr")).toContain("siren, etatAdministratifEtablissement");
      expect(e.messageIn("en")).toContain("is not a SIRENE establishments file");
    }
    expect(() => read([], needs)).toThrow(/empty/);
    expect(() => read(["PK\u0003\u0004 binary"], needs)).toThrow(/unzip/);
  });

  it("matches company names without their legal form, & as ET, accents and case ignored", () => {
    expect(companyKey("Roux & Fils SAS")).toBe("ROUX ET FILS");
    expect(companyKey("S.A.R.L. Boulangerie Martin")).toBe("BOULANGERIE MARTIN");
    expect(companyKey("Crêperie de l'Église")).toBe("CREPERIE DE L EGLISE");
  });

  it("never throws on random lines after a good header (property)", () => {
    const [header] = extractLines();
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 20 }), (lines) => {
        read([header!, ...lines], needs);
      }),
      { numRuns: 200 },
    );
  });
});
