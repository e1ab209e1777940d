import { describe, expect, it } from "vitest";
import { splitAddress } from "../../../../src/engine/structure/address/splitAddress";
import { rnvpColumns, rnvpEnvelope, rnvpLines, rnvpText, type RnvpRecipient } from "../../../../src/engine/structure/address/rnvpLines";

const lines = (address: string, recipient?: RnvpRecipient) => rnvpLines(splitAddress(address).parts, recipient).lines;

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
    expect(lines("TSA 30110\n69441 LYON CEDEX 03", { company: "Crédit Agricole" })).toEqual([
      "CREDIT AGRICOLE",
      "",
      "",
      "",
      "TSA 30110",
      "69441 LYON CEDEX 03",
    ]);
    expect(lines("Boîte postale 108, 29600 Morlaix")[4]).toBe("BP 108");
    expect(lines("B.P. 12 24200 Sarlat")[4]).toBe("BP 12");
    expect(lines("12 rue des Écoles, Lieu-dit La Forge, 35310 Mordelles").slice(3, 5)).toEqual(["12 RUE DES ECOLES", "LA FORGE"]);
    expect(lines("CS 70001, 92038 PARIS LA DEFENSE CEDEX").slice(3)).toEqual(["", "CS 70001", "92038 PARIS LA DEFENSE CEDEX"]);
  });

  it("writes Paris, Lyon and Marseille without their arrondissement on line 6: the postal code says it (La Poste)", () => {
    expect(lines("12 rue de la Pompe 75016 Paris")[5]).toBe("75016 PARIS");
    expect(lines("12 rue de la Pompe 75016 PARIS 16E")[5]).toBe("75016 PARIS");
    expect(lines("3 place Bellecour 69002 Lyon 2ème")[5]).toBe("69002 LYON");
    expect(lines("5 rue Paradis 13006 Marseille 6e arrondissement")[5]).toBe("13006 MARSEILLE");
    expect(lines("TSA 12345 75716 PARIS CEDEX 15")[5]).toBe("75716 PARIS CEDEX 15");
    // A town whose name ends in a number is not an arrondissement.
    expect(lines("1 rue Haute 44000 Nantes")[5]).toBe("44000 NANTES");
  });

  it("puts a lieu-dit without a voie on line 4 (La Poste)", () => {
    expect(lines("Lieu-dit Le Bourg, 24200 Sarlat-la-Canéda").slice(3, 5)).toEqual(["LE BOURG", ""]);
    expect(lines("BP 12 Lieu-dit Le Bourg 24200 Sarlat").slice(3, 5)).toEqual(["LE BOURG", "BP 12"]);
  });

  it("numbered résidence is the voie (line 4); without a number, before a voie, it is line 3", () => {
    expect(lines("224 Résidence du Général de Gaulle, 33360 CENAC").slice(2, 4)).toEqual(["", "224 RESIDENCE DU GENERAL DE GAULLE"]);
    expect(lines("140 ter, Résidence Jean Jaurès, 33360 CENAC")[3]).toBe("140 TER RESIDENCE JEAN JAURES");
    expect(lines("Résidence Les Pins, 12 rue de la Paix, 75002 Paris").slice(2, 4)).toEqual(["RESIDENCE LES PINS", "12 RUE DE LA PAIX"]);
  });

  it("puts a service or department on line 2, and writes & as ET", () => {
    expect(lines("Direction, CS 30002, 1 rue de Rivoli 75008 Paris", { company: "Roux & Fils SAS" })).toEqual([
      "ROUX ET FILS SAS",
      "DIRECTION",
      "",
      "1 RUE DE RIVOLI",
      "CS 30002",
      "75008 PARIS",
    ]);
    expect(lines("Service comptabilité, 3 av. Foch 06000 Nice", { name: "M. & Mme Leroy" }).slice(0, 2)).toEqual(["M ET MME LEROY", "SERVICE COMPTABILITE"]);
  });

  it("shrinks first names to initials before anything else on a long line 1, and never cuts a word", () => {
    const name = "M. Jean-Christophe de La Rochefoucauld-Montbel";
    expect(lines("12 rue de la Paix 75002 Paris", { name, firstName: "Jean-Christophe" })[0]).toBe("M J C DE LA ROCHEFOUCAULD MONTBEL");
    // A short line keeps its first names.
    expect(lines("12 rue de la Paix 75002 Paris", { name: "M. Jean-Christophe Roux", firstName: "Jean-Christophe" })[0]).toBe("M JEAN CHRISTOPHE ROUX");
    const cut = rnvpLines(splitAddress("1 rue Anticonstitutionnellement Extraordinairement Longue 75001 Paris").parts).lines[3];
    expect(cut).toBe("1 RUE ANTICONSTITUTIONNELLEMENT");
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
    expect(lines("Rue Neuve 12, 1000 Bruxelles, Belgique", { name: "Anne Peeters" })).toEqual([
      "ANNE PEETERS",
      "",
      "RUE NEUVE 12",
      "",
      "1000 BRUXELLES",
      "BELGIQUE",
    ]);
    expect(lines("Rue du Rhône 5, CH-1201 Genève")).toEqual(["", "", "RUE DU RHONE 5", "", "1201 GENEVE", "SUISSE"]);
    expect(lines("10 Downing Street, London SW1A 2AA, United Kingdom").slice(2)).toEqual(["10 DOWNING STREET", "", "LONDON SW1A 2AA", "ROYAUME UNI"]);
  });

  it("gives the envelope, a one-cell text and the Ligne 1…6 columns", () => {
    const { lines: slots } = rnvpLines(splitAddress("12 rue de la Paix 75002 Paris").parts, { name: "Jean Dupont" });
    expect(rnvpEnvelope(slots)).toEqual(["JEAN DUPONT", "12 RUE DE LA PAIX", "75002 PARIS"]);
    expect(rnvpText(slots)).toBe("JEAN DUPONT\n12 RUE DE LA PAIX\n75002 PARIS");
    expect(rnvpColumns(slots, "fr")).toEqual({
      "Ligne 1": "JEAN DUPONT",
      "Ligne 2": "",
      "Ligne 3": "",
      "Ligne 4": "12 RUE DE LA PAIX",
      "Ligne 5": "",
      "Ligne 6": "75002 PARIS",
    });
    expect(Object.keys(rnvpColumns(slots, "en"))[0]).toBe("Line 1");
  });
});
