import { beforeAll, describe, expect, it } from "vitest";
import { analyseAddress } from "../../../../src/engine/structure/address/analyseAddress";
import { buildPostalIndex, type PostalIndex } from "../../../../src/engine/structure/address/postalIndex";
import { packPostalCodes, readCodesPostaux } from "../../../../src/tools/packPostalCodes";
import { measure } from "../../../../src/tools/addressAccuracy";
import { generateAddressCases } from "../../../../src/tools/samples/addressCases";

/** The cases of issue 13, as typed in real files, with the parts La Poste would write. */
let index: PostalIndex;
beforeAll(() => {
  const { records, source } = readCodesPostaux();
  index = buildPostalIndex(packPostalCodes(records, source));
});

const analyse = (text: string) => analyseAddress(text, { index, defaultCountry: "FR" });
const brief = (text: string) => {
  const { parts, issues } = analyse(text);
  return {
    number: parts.number,
    street: parts.street,
    postBox: parts.postBox,
    postalCode: parts.postalCode,
    city: parts.city,
    cedex: parts.cedex,
    issues: issues.map((i) => i.code),
  };
};

describe("addresses as La Poste writes them (issue 13)", () => {
  it("a numbered résidence is the voie; its suffix stays with the number", () => {
    expect(brief("224 Résidence du Général de Gaulle, 33360 CENAC")).toMatchObject({ number: "224", street: "RESIDENCE DU GÉNÉRAL DE GAULLE", city: "CENAC" });
    expect(brief("140 ter, Résidence Jean Jaurès, 33360 CENAC")).toMatchObject({ number: "140 TER", street: "RESIDENCE JEAN JAURÈS" });
  });

  it("reads the number after a town typed first", () => {
    expect(brief("56160 GUEMENE SUR SCORFF 48 BIS RUE DU CHATEAU")).toMatchObject({
      number: "48 BIS",
      street: "RUE DU CHATEAU",
      postalCode: "56160",
      city: "GUEMENE SUR SCORFF",
      issues: [],
    });
  });

  it("never calls a CEDEX, BP or CS code non-existent; the box has its own part", () => {
    expect(brief("1 place de la Comédie, 69205 LYON CEDEX 01")).toMatchObject({ postalCode: "69205", city: "LYON", cedex: "CEDEX 01", issues: [] });
    expect(brief("CS 70001, 92038 PARIS LA DEFENSE CEDEX")).toMatchObject({ street: "", postBox: "CS 70001", postalCode: "92038", cedex: "CEDEX", issues: [] });
    expect(brief("BP 12, 33205 LYON CEDEX").issues).toEqual(["address.townMismatch"]); // Gironde code, Rhône town
  });

  it("finds the town wherever it is, under its official name", () => {
    expect(brief("Route de Bordeaux 24200 Sarlat")).toMatchObject({ street: "ROUTE DE BORDEAUX", city: "SARLAT-LA-CANEDA", issues: ["address.townMismatch"] });
    expect(brief("La Rochelle")).toMatchObject({ street: "", city: "LA ROCHELLE" });
    expect(brief("4 rue de la Liberté, 75016 PRAIS 16")).toMatchObject({
      street: "RUE DE LA LIBERTÉ",
      postalCode: "75016",
      city: "PARIS 16",
      issues: ["address.townMismatch"],
    });
    expect(brief("32 place de la Fontaine ZI Nord SAINS-LES-PERNES")).toMatchObject({
      number: "32",
      street: "PLACE DE LA FONTAINE",
      postalCode: "62550",
      city: "SAINS-LES-PERNES",
    });
    expect(brief("13, RUE PASTEUR 2ÈME ÉTAGE MONTREAL LA CLUSE")).toMatchObject({ street: "RUE PASTEUR", postalCode: "01460", city: "MONTREAL LA CLUSE" });
    expect(brief("10 rue de Rivoli 75004 Paris 4e")).toMatchObject({ postalCode: "75004", city: "PARIS", issues: [] });
    expect(brief("12 rue de la Paix, Paris 16e")).toMatchObject({ postalCode: "75016", city: "PARIS 16" });
    expect(brief("8 bd des Pins 13007 MARSEILLE 6E")).toMatchObject({ city: "MARSEILLE 6EME", issues: [] });
  });

  it("puts each part on La Poste's line: lieu-dit without its word, numbered zone as voie, lone résidence on line 3, service on line 2", () => {
    const lines = (text: string) => analyse(text).lines;
    expect(lines("25 rue de l'Église, lieu-dit Caudos, 33380 Mios").slice(3, 5)).toEqual(["25 RUE DE L EGLISE", "CAUDOS"]);
    expect(lines("Lieu-dit Les Granges 24200 Sarlat-la-Canéda")[3]).toBe("LES GRANGES");
    expect(lines("12 ZI des Estroublans 13127 Vitrolles").slice(2, 4)).toEqual(["", "12 ZI DES ESTROUBLANS"]);
    expect(lines("ZI Nord, 12 rue Ampère 69800 Saint-Priest").slice(2, 4)).toEqual(["ZI NORD", "12 RUE AMPERE"]);
    expect(lines("Résidence du Parc, 21000 Dijon").slice(2, 4)).toEqual(["RESIDENCE DU PARC", ""]);
    expect(lines("A l'attention de M. Durand, 8 rue de la Gare, 67000 Strasbourg").slice(1, 4)).toEqual(["A L ATTENTION DE M DURAND", "", "8 RUE DE LA GARE"]);
    expect(lines("N° 12 rue de la Paix 75002 Paris").slice(2, 4)).toEqual(["", "12 RUE DE LA PAIX"]);
    expect(brief("Rennes, 3 rue Le Bastard")).toMatchObject({ number: "3", street: "RUE LE BASTARD", city: "RENNES" });
  });

  it("lists the choices when a short name fits several towns at the code", () => {
    const { issues, parts } = analyse("10 rue de la Gare 55260 Érize");
    expect(parts.city).toBe("ÉRIZE");
    expect(issues[0]?.message.fr).toContain("ERIZE LA BRULEE, ERIZE LA PETITE");
  });

  it("keeps town names that hold a street word, and street names that hold a country", () => {
    expect(brief("22 impasse des Marronniers, 60860 Saint Omer en Chaussee")).toMatchObject({ street: "IMPASSE DES MARRONNIERS", city: "ST OMER EN CHAUSSEE" });
    expect(brief("40 ter, quai Pasteur 56230 Le Cours")).toMatchObject({ number: "40 TER", street: "QUAI PASTEUR", city: "LE COURS" });
    expect(brief("50560 GOUVILLE SUR MER 57 BLD ANATOLE FRANCE")).toMatchObject({ street: "BOULEVARD ANATOLE FRANCE", city: "GOUVILLE SUR MER" });
    expect(brief("30 av du 8 Mai 1945 MOULLE")).toMatchObject({ street: "AVENUE DU 8 MAI 1945", city: "MOULLE" });
  });
});

describe("accuracy on one-line addresses from real communes (src/tools/addressAccuracy.ts)", () => {
  it("gets each part exact for at least 99% of them", () => {
    const rates = measure(index, generateAddressCases(25, 7));
    expect(rates.cases).toBeGreaterThan(400);
    for (const rate of Object.values(rates.perPart)) expect(rate).toBeGreaterThanOrEqual(0.99);
    expect(rates.cedexFlaggedInvalid).toBe(0);
  });
});
