import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { email, phone, rnvp, similarity, siret, splitAddress } from "../../src/functions/functions";
import { InvalidValueError } from "../../src/app/functionError";
import { structureTable } from "../../src/engine/structure/structureTable";
import { structureProcessors } from "../../src/app/structureProcessors";
import type { Table } from "../../src/engine/table/table";

describe("structuring custom functions", () => {
  it("PHONE normalises French numbers, overseas too, and refuses short ones with the reason", () => {
    expect(phone("06 12 34 56 78")).toBe("+33612345678");
    expect(phone("0692 12 34 56")).toBe("+262692123456");
    expect(phone("+33 (0)6 12 34 56 78", "FR", "national")).toBe("06 12 34 56 78");
    expect(() => phone("061234567")).toThrow(InvalidValueError);
    expect(() => phone("")).toThrow(/vide|empty/);
  });

  it("EMAIL cleans and corrects a mistyped domain, and never touches a valid one", () => {
    expect(email(" Jean.Dupont@GMIAL.com ")).toBe("jean.dupont@gmail.com");
    expect(email("marie@gmail.fr")).toBe("marie@gmail.fr");
    expect(() => email("pas-une-adresse")).toThrow(InvalidValueError);
  });

  it("SIRET checks the checksum, with La Poste's exception", () => {
    expect(siret("732 829 320 00074")).toBe("73282932000074");
    expect(siret(73282932000074)).toBe("73282932000074");
    expect(siret("356 000 000 00001")).toBe("35600000000001");
    expect(siret("732 829 320")).toBe("732829320");
    expect(() => siret("732 829 320 00075")).toThrow(/Luhn/);
  });

  it("SIMILARITY sees the same company written twice", () => {
    expect(similarity("Lebon Coiffure", "Le Bon Coiffure")).toBe(1);
    expect(similarity("Jean Dupont", "Marie Durand")).toBeLessThan(0.5);
  });

  it("SPLITADDRESS and RNVP give what the Structure job writes for the same address", () => {
    const fuzz = fc.constantFrom(
      "12 bis, rue de la Paix 75002 PARIS",
      "Résidence Les Pins Bât B 3 av. Foch 06000 Nice",
      "BP 45 - 13100 Aix en Provance",
      "30, quai des Jardins Saint-Jean-de-Ceyrargues",
      "Rue Neuve 12, 1000 Bruxelles, Belgique",
    );
    fc.assert(
      fc.property(fuzz, (address) => {
        const table: Table = { sheet: "S", headerRow: 1, headers: ["Adresse"], rows: [{ rowNumber: 2, cells: [address] }] };
        const plan = structureTable(table, ["address"], { lang: "fr", operations: ["address"] }, structureProcessors());
        const column = (header: string) => plan.addedColumns.find((c) => c.header === header)!.values[0] ?? "";
        const [parts] = splitAddress(address);
        expect(parts).toEqual(["N°", "Voie", "Complément", "Lieu-dit / BP", "Code postal", "Ville", "CEDEX", "Pays"].map(column));
        expect(rnvp(address)[0]).toEqual(["Ligne 1", "Ligne 2", "Ligne 3", "Ligne 4", "Ligne 5", "Ligne 6"].map(column));
      }),
    );
    expect(rnvp("12 bis rue de la Paix 75002 Paris", "Mme Hélène Dupré")[0]).toEqual(["MME HELENE DUPRE", "", "", "12 BIS RUE DE LA PAIX", "", "75002 PARIS"]);
  });
});
