import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { CellValue } from "../../../../src/engine/table/cellValue";
import { profileValues } from "../../../../src/engine/table/sniff/columnProfile";
import { bestValueRole, roleFitsValues, valueRoleScores } from "../../../../src/engine/table/sniff/roleEvidence";
import { sniffValues } from "../../../../src/engine/table/sniff/sniffColumn";

const roleOf = (values: CellValue[]) => bestValueRole(profileValues(values))?.role ?? null;

describe("value profiles and role evidence", () => {
  it("counts the share of each kind", () => {
    const profile = profileValues(["jean@x.fr", "marie@y.com", "06 12 34 56 78", "n/a"]);
    expect(profile.sampled).toBe(4);
    expect(profile.shares.email).toBe(0.5);
    expect(profile.shares.phone).toBe(0.25);
    expect(profile.shares.mobile).toBe(0.25);
  });

  it("tells codes (C001, CL-0042, CUST123) from names, numbers, dates and phones", () => {
    const share = (values: CellValue[]) => profileValues(values).shares.code;
    expect(share(["C001", "CL-0042", "CUST123", "CLI/2024/0042", "A-17"])).toBe(1);
    expect(share(["Marie Dupont", "given15a", "surname7x", "DUPONT", "Jean-Pierre"])).toBe(0);
    expect(share(["10234", 20311, "12/03/2024", "06 12 34 56 78", "0612345678", "jean@x.fr"])).toBe(0);
  });

  it("sees a code in any prefix of letters followed by digits, and never in a word without digits", () => {
    const share = (value: string) => profileValues([value]).shares.code;
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{1,5}-?[0-9]{1,8}$/), (code) => {
        expect(share(code), code).toBe(1);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][a-z]{0,15}( [A-Za-z][a-z]{0,15})?$/), (word) => {
        expect(share(word), word).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it.each<[string, CellValue[], string]>([
    ["e-mails", ["jean@x.fr", "marie@orange.fr", "p.durand@free.fr"], "email"],
    ["mobiles", ["06 12 34 56 78", "+33 7 98 76 54 32", "0655443322"], "mobile"],
    ["mixed phones", ["06 12 34 56 78", "01 42 12 34 56", "04 93 00 00 00"], "phone"],
    ["postal codes", ["75002", "69006", "06000", 13001], "postalCode"],
    ["SIRET", ["732 829 320 00074", "552 100 554 00025", "356 000 000 00048"], "siret"],
    ["civilities", ["M.", "Mme", "Mlle", "Monsieur"], "civility"],
    ["genders", ["H", "F", "F", "H"], "gender"],
    ["full addresses", ["12 rue de la Paix 75002 Paris", "5 avenue Foch 69006 Lyon"], "address"],
    ["streets", ["12 rue de la Paix", "5 avenue Foch", "3 bd Victor Hugo"], "street"],
    ["countries", ["France", "Belgique", "Suisse", "FR"], "country"],
    ["first names", ["Jean", "Marie", "Pierre", "Sophie"], "firstName"],
    ["full names", ["Jean Dupont", "Marie Martin", "DURAND Pierre"], "fullName"],
  ])("values alone name a column of %s", (_, values, role) => {
    expect(roleOf(values)).toBe(role);
  });

  it("lets dates and amounts name nothing on their own", () => {
    expect(roleOf(["12/03/2024", "05/01/2024"])).toBeNull();
    expect(roleOf(["145,50 €", "89,90 €", 12.5])).toBeNull();
  });

  it("scores nothing for an empty column", () => {
    expect(valueRoleScores(profileValues([]))).toEqual({});
    expect(roleFitsValues("email", profileValues([]))).toBeNull();
  });

  it("says whether values fit a role the header named", () => {
    const dates = profileValues(["12/03/2024", 45000, new Date(Date.UTC(2024, 0, 5))]);
    expect(roleFitsValues("lastPurchaseDate", dates)).toBe(1);
    expect(roleFitsValues("amount", profileValues(["145,50 €", "89,90", 12]))).toBe(1);
    expect(roleFitsValues("fullName", profileValues(["jean@x.fr", "marie@y.fr"]))).toBe(0);
    expect(roleFitsValues("consent", profileValues(["oui", "non", "x"]))).toBe(1);
    expect(roleFitsValues("company", profileValues(["ACME"]))).toBeNull();
  });

  it("sniffs a plain list of values", () => {
    expect(sniffValues(["jean@x.fr", null, "marie@y.fr"]).scores.email).toBe(1);
  });
});
