import { describe, expect, it } from "vitest";
import { splitAddress } from "../../../../src/engine/structure/address/splitAddress";
import { rnvpColumns, rnvpEnvelope, rnvpLines, rnvpText } from "../../../../src/engine/structure/address/rnvpLines";

const lines = (address: string, recipient?: { name?: string; company?: string }) => rnvpLines(splitAddress(address).parts, recipient).lines;

describe("rnvpLines (AFNOR NF Z10-011)", () => {
  it("puts each part on its line, upper case, without accents or punctuation", () => {
    expect(lines("Appt 12, 3e étage\nRésidence Les Pins Bât B\n12 bis, rue de l'Église\n75002 Paris", { name: "Mme Hélène Durand-Léger" })).toEqual([
      "MME HELENE DURAND LEGER",
      "APPT 12 3E ETAGE",
      "RESIDENCE LES PINS BAT B",
      "12 BIS RUE DE L EGLISE",
      "",
      "75002 PARIS",
    ]);
  });

  it("writes BP / TSA / lieu-dit on line 5 and CEDEX on line 6", () => {
    expect(lines("TSA 30110\n69441 LYON CEDEX 03", { company: "Crédit Agricole" })).toEqual(["CREDIT AGRICOLE", "", "", "", "TSA 30110", "69441 LYON CEDEX 03"]);
    expect(lines("Lieu-dit Le Bourg, 24200 Sarlat-la-Canéda")[4]).toBe("LIEU DIT LE BOURG");
  });

  it("puts the company on line 1 and the person on line 2", () => {
    expect(lines("3 av. Foch 06000 Nice", { name: "Jean Martin", company: "SARL Azur Conseil" }).slice(0, 2)).toEqual(["SARL AZUR CONSEIL", "JEAN MARTIN"]);
  });

  it("writes the full street type, and abbreviates only a line that is too long", () => {
    expect(lines("3 av. Foch 06000 Nice")[3]).toBe("3 AVENUE FOCH");
    // 39 characters in full: the type is abbreviated (AVENUE → AV), nothing else.
    const long = lines("12 avenue du Président Salvador Allende 93000 Bobigny")[3];
    expect(long).toBe("12 AV DU PRESIDENT SALVADOR ALLENDE");
    // Still too long with AV: words next (MARECHAL → MAL, SAINT → ST…).
    const longer = lines("12 avenue du Maréchal de Lattre de Tassigny 06000 Nice")[3];
    expect(longer).toBe("12 AV DU MAL DE LATTRE DE TASSIGNY");
  });

  it("cuts a line that stays too long and says so", () => {
    const result = rnvpLines(splitAddress("1 rue Anticonstitutionnellement Extraordinairement Longue 75001 Paris").parts);
    expect(result.lines[3]!.length).toBeLessThanOrEqual(38);
    expect(result.issues.map((i) => i.code)).toEqual(["address.rnvpTruncated"]);
  });

  it("ends a foreign address with the country in French capitals, number after the street where the country does", () => {
    expect(lines("Rue Neuve 12, 1000 Bruxelles, Belgique", { name: "Anne Peeters" })).toEqual(["ANNE PEETERS", "", "RUE NEUVE 12", "", "1000 BRUXELLES", "BELGIQUE"]);
    expect(lines("Rue du Rhône 5, CH-1201 Genève")).toEqual(["", "", "RUE DU RHONE 5", "", "1201 GENEVE", "SUISSE"]);
    expect(lines("10 Downing Street, London SW1A 2AA, United Kingdom").slice(2)).toEqual(["10 DOWNING STREET", "", "LONDON SW1A 2AA", "ROYAUME UNI"]);
  });

  it("gives the envelope, a one-cell text and the Ligne 1…6 columns", () => {
    const { lines: slots } = rnvpLines(splitAddress("12 rue de la Paix 75002 Paris").parts, { name: "Jean Dupont" });
    expect(rnvpEnvelope(slots)).toEqual(["JEAN DUPONT", "12 RUE DE LA PAIX", "75002 PARIS"]);
    expect(rnvpText(slots)).toBe("JEAN DUPONT\n12 RUE DE LA PAIX\n75002 PARIS");
    expect(rnvpColumns(slots, "fr")).toEqual({ "Ligne 1": "JEAN DUPONT", "Ligne 2": "", "Ligne 3": "", "Ligne 4": "12 RUE DE LA PAIX", "Ligne 5": "", "Ligne 6": "75002 PARIS" });
    expect(Object.keys(rnvpColumns(slots, "en"))[0]).toBe("Line 1");
  });
});
