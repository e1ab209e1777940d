import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addressProcessor } from "../../../../src/engine/structure/processors/addressProcessor";
import { postalCodeIndex } from "../../../../src/app/structureProcessors";
import type { CellValue } from "../../../../src/engine/table/cellValue";
import type { ColumnRole } from "../../../../src/engine/table/columnRole";

const names: CellValue[] = ["M. DUPONT Jean", null, "Mme Martin", null, null, null, null];
const context = {
  lang: "fr" as const,
  defaultCountry: "FR",
  valuesOfRole: (role: ColumnRole) => (role === "fullName" ? names : null),
};
const processor = addressProcessor(postalCodeIndex());
const source = { index: 0, header: "Adresse", role: "address" as const };

function run(values: CellValue[]) {
  const result = processor.process(values, context, source);
  const part = (name: string) => result.parts.find((p) => p.header.fr === name)!.values;
  return { result, part };
}

describe("address processor", () => {
  const addresses: CellValue[] = [
    "12 bis, rue de la Paix 75002 PARIS",
    "30, quai des Jardins Saint-Jean-de-Ceyrargues",
    "3 av. Foch 69006 Lyn",
    "32 rue de la Paix 71390",
    "Rue Neuve 12, 1000 Bruxelles, Belgique",
    null,
    { error: "#N/A" },
  ];
  const { result, part } = run(addresses);

  it("splits into number, street, postal code, town and country columns", () => {
    expect(part("N°").slice(0, 5)).toEqual(["12 BIS", "30", "3", "32", "12"]);
    expect(part("Voie")[0]).toBe("RUE DE LA PAIX");
    expect(part("Code postal").slice(0, 5)).toEqual(["75002", "30360", "69006", "71390", "1000"]);
    expect(part("Ville").slice(0, 5)).toEqual(["PARIS", "SAINT-JEAN-DE-CEYRARGUES", "LYON", null, "BRUXELLES"]);
    expect(part("Pays").slice(0, 5)).toEqual(["FR", "FR", "FR", "FR", "BE"]);
    expect(part("N°").slice(5)).toEqual([null, null]);
  });

  it("writes the RNVP lines with the customer's name on line 1 and the town on line 6", () => {
    expect(part("Ligne 1")[0]).toBe("M JEAN DUPONT");
    expect(part("Ligne 4")[0]).toBe("12 BIS RUE DE LA PAIX");
    expect(part("Ligne 6")[0]).toBe("75002 PARIS");
    expect(part("Ligne 6")[4]).toBe("BELGIQUE");
  });

  it("finds a town in the street words, fixes a mistyped town, and flags a missing one", () => {
    const issues = (row: number) => (result.issues.get(row) ?? []).map((issue) => [issue.code, issue.suggestion]);
    expect(issues(0)).toEqual([]);
    expect(issues(1)).toEqual([["address.noPostalCode", "30360"]]);
    expect(issues(2)).toEqual([["address.townMismatch", "LYON"]]);
    expect(issues(3)).toEqual([["address.noCity", undefined]]);
    expect(result.splits?.get(0)).toEqual({
      number: "12 BIS",
      street: "RUE DE LA PAIX",
      complement: "",
      postalCode: "75002",
      city: "PARIS",
      cedex: "",
      country: "FR",
    });
  });

  it("gives the CEDEX number alone in the report and the CEDEX column, the whole CEDEX on line 6 (issue 13)", () => {
    const cedex = run(["1 place de la Comédie, 69205 LYON CEDEX 01", "CS 70001, 92038 PARIS LA DEFENSE CEDEX"]);
    expect(cedex.result.splits?.get(0)).toMatchObject({ postalCode: "69205", city: "LYON", cedex: "01" });
    expect(cedex.result.splits?.get(1)).toMatchObject({ postalCode: "92038", cedex: "CEDEX" });
    expect(cedex.part("CEDEX")).toEqual(["01", "CEDEX"]);
    expect(cedex.part("Ligne 6")[0]).toBe("69205 LYON CEDEX 01");
  });

  it("never throws and always gives one value per row", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constant(null), fc.integer())), (values) => {
        const { result: any } = run(values);
        for (const p of any.parts) expect(p.values).toHaveLength(values.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe("address processor beside the sheet's own postal code and town columns", () => {
  const codes: CellValue[] = ["33000", 6000, "75999", null, null];
  const towns: CellValue[] = ["Bordeaux", "Nice", "Paris", null, "Lyon"];
  const beside = {
    lang: "fr" as const,
    defaultCountry: "FR",
    valuesOfRole: (role: ColumnRole) => (role === "postalCode" ? codes : role === "city" ? towns : null),
  };
  const result = processor.process(["138 rue de la Paix", "5 av. Foch", "3 rue Neuve", "8 rue Haute", "2 quai Perrache 69002"], beside, source);
  const issues = (row: number) => (result.issues.get(row) ?? []).map((issue) => issue.code);
  const part = (name: string) => result.parts.find((p) => p.header.fr === name)!.values;

  it("reads the street with the row's code and town: no 'no postal code, no town' flag when they are there", () => {
    expect(issues(0)).toEqual([]);
    expect(part("Ligne 6")[0]).toBe("33000 BORDEAUX");
    expect(issues(1)).toEqual(["address.postalCodeLeadingZero"]);
    expect(issues(2)).toEqual(["address.unknownPostalCode"]);
    // Nothing in the columns: the address is still incomplete; its own code is not overridden.
    expect(issues(3)).toEqual(["address.noPostalCode", "address.noCity"]);
    expect(part("Code postal")[4]).toBe("69002");
  });
});

describe("address processor: the row's own columns win over a town guessed from the street words", () => {
  const codes: CellValue[] = ["24200", "75002", "75002"];
  const towns: CellValue[] = ["Sarlat-la-Canéda", "Paris", "Paris"];
  const beside = {
    lang: "fr" as const,
    defaultCountry: "FR",
    valuesOfRole: (role: ColumnRole) => (role === "postalCode" ? codes : role === "city" ? towns : null),
  };
  const result = processor.process(["Lieu-dit Les Granges", "12 rue de la Paix Paris", "12 rue de la Paix, 69002 Lyon"], beside, source);
  const issues = (row: number) => (result.issues.get(row) ?? []).map((issue) => issue.code);
  const part = (name: string) => result.parts.find((p) => p.header.fr === name)!.values;

  it("a lieu-dit named like a town elsewhere (Les Granges, 10210) stays a lieu-dit of the columns' town", () => {
    // Before: street "LIEU-DIT", town LES GRANGES and "Code postal manquant ; pour LES GRANGES : 10210".
    expect(issues(0)).toEqual([]);
    expect([part("Lieu-dit / BP")[0], part("Code postal")[0], part("Ville")[0]]).toEqual(["LES GRANGES", "24200", "SARLAT-LA-CANÉDA"]);
    expect(part("Ligne 4")[0]).toBe("LES GRANGES");
    expect(part("Ligne 6")[0]).toBe("24200 SARLAT LA CANEDA");
  });

  it("a street followed by the columns' town takes the columns' code, the street unchanged; a code typed in the address is kept", () => {
    expect(issues(1)).toEqual([]);
    expect([part("Voie")[1], part("Code postal")[1], part("Ville")[1]]).toEqual(["RUE DE LA PAIX", "75002", "PARIS"]);
    expect([part("Code postal")[2], part("Ville")[2]]).toEqual(["69002", "LYON"]);
  });
});

describe("address processor: line 1 from separate civility, first and last name columns", () => {
  const columns: Partial<Record<ColumnRole, CellValue[]>> = {
    civility: ["Monsieur", "Mme", "M."],
    firstName: ["Francois", "Hélène", null],
    lastName: ["Martin", "Bernard", null],
  };
  const context = { lang: "fr" as const, defaultCountry: "FR", valuesOfRole: (role: ColumnRole) => columns[role] ?? null };
  const result = processor.process(["45 boulevard Haussmann 75009 Paris", "5 place Bellecour 69002 Lyon", "1 rue Nationale 59000 Lille"], context, source);
  const line1 = result.parts.find((p) => p.header.fr === "Ligne 1")!.values;

  it("writes civility, first name, last name (AFNOR NF Z10-011); a civility without a name writes no line 1", () => {
    expect(line1).toEqual(["M FRANCOIS MARTIN", "MME HELENE BERNARD", null]);
  });
});
