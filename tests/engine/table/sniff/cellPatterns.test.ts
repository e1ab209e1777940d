import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addressKind,
  companyIdKind,
  isCivility,
  isCountry,
  isEmailLike,
  isFullNameLike,
  isGender,
  isKnownFirstName,
  isNameShaped,
  isPostalCodeLike,
  isTownLike,
  passesLuhn,
  phoneKind,
} from "../../../../src/engine/table/sniff/cellPatterns";
import { arbitraryCell } from "../arbitraryCells";

describe("cell patterns", () => {
  it("recognises e-mails, typos included, and nothing else", () => {
    expect(isEmailLike("jean.dupont@gmail.com")).toBe(true);
    expect(isEmailLike(" marie+promo@orange.fr ")).toBe(true);
    expect(isEmailLike("jean.dupont@gmial.con")).toBe(true);
    expect(isEmailLike("jean.dupont@gmail")).toBe(false);
    expect(isEmailLike("Jean Dupont")).toBe(false);
    expect(isEmailLike(42)).toBe(false);
  });

  it.each([
    ["06 12 34 56 78", "mobile"],
    ["06.12.34.56.78", "mobile"],
    ["+33 6 12 34 56 78", "mobile"],
    ["+33 (0)7 12 34 56 78", "mobile"],
    ["0033 6 12 34 56 78", "mobile"],
    ["01 42 12 34 56", "landline"],
    ["0142123456", "landline"],
    ["+262 692 12 34 56", "mobile"],
    ["+590 590 12 34 56", "landline"],
    ["+44 20 7946 0958", "foreign"],
    [612345678, "mobile"],
    [33142123456, "landline"],
  ])("phone %j is %s", (value, kind) => {
    expect(phoneKind(value)).toBe(kind);
  });

  it.each([["12/03/2024"], ["75001"], ["jean@x.fr"], [12.5], ["06 12 34"], [null]])("%j is no phone", (value) => {
    expect(phoneKind(value)).toBeNull();
  });

  it("reads a French number the same in every writing", () => {
    const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((d) => d.join(""));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), digits, fc.constantFrom(" ", ".", "-", ""), (first, rest, sep) => {
        const national = `0${first}${rest}`;
        const pairs = national.match(/../g)!.join(sep);
        const expected = phoneKind(national);
        expect(expected).toBe(first === 6 || first === 7 ? "mobile" : "landline");
        expect(phoneKind(pairs)).toBe(expected);
        expect(phoneKind(`+33 ${first}${sep}${rest}`)).toBe(expected);
        expect(phoneKind(`0033${first}${rest}`)).toBe(expected);
      }),
    );
  });

  it("recognises postal codes of France, Belgium, Switzerland and Luxembourg", () => {
    for (const code of ["75001", "06000", "F-75001", "1000", "L-1234", "CH-1200", 69006, 1000]) expect(isPostalCodeLike(code), String(code)).toBe(true);
    for (const code of ["750011", "750", "Paris", "75 0012", 123, 12.5]) expect(isPostalCodeLike(code), String(code)).toBe(false);
  });

  it("tells SIREN from SIRET and checks the Luhn key", () => {
    expect(companyIdKind("732 829 320")).toEqual({ kind: "siren", valid: true });
    expect(companyIdKind("732 829 321")).toEqual({ kind: "siren", valid: false });
    expect(companyIdKind("732 829 320 00074")).toEqual({ kind: "siret", valid: true });
    expect(companyIdKind(73282932000074)).toEqual({ kind: "siret", valid: true });
    expect(companyIdKind("12345")).toBeNull();
    expect(passesLuhn("0")).toBe(true);
  });

  it("recognises civilities, genders and countries", () => {
    for (const v of ["M.", "Mme", "Mlle", "Monsieur", "Madame", "Dr", "Me", "M. et Mme", "Mrs"]) expect(isCivility(v), v).toBe(true);
    expect(isCivility("Martin")).toBe(false);
    for (const v of ["H", "F", "Homme", "femme", "Female"]) expect(isGender(v), v).toBe(true);
    expect(isGender("Mme")).toBe(false);
    for (const v of ["France", "Belgique", "ÉTATS-UNIS", "FR", "Côte d'Ivoire"]) expect(isCountry(v), v).toBe(true);
    expect(isCountry("Paris")).toBe(false);
  });

  it("recognises street and full addresses", () => {
    expect(addressKind("12 bis rue de la Paix")).toBe("street");
    expect(addressKind("Place de la Mairie")).toBe("street");
    expect(addressKind("12 rue de la Paix 75002 Paris")).toBe("full");
    expect(addressKind("3, bd Victor Hugo, 06000 Nice")).toBe("full");
    expect(addressKind("Rue")).toBeNull();
    expect(addressKind("Jean Dupont")).toBeNull();
    expect(addressKind("06 12 34 56 78")).toBeNull();
  });

  it("tells names, first names and towns apart where it can", () => {
    expect(isNameShaped("DUPONT")).toBe(true);
    expect(isNameShaped("Jean-Pierre")).toBe(true);
    expect(isNameShaped("jean@x.fr")).toBe(false);
    expect(isNameShaped("12 rue")).toBe(false);
    expect(isKnownFirstName("Jean-Pierre")).toBe(true);
    expect(isKnownFirstName("Dupont")).toBe(false);
    expect(isFullNameLike("Marie Dupont")).toBe(true);
    expect(isFullNameLike("DUPONT Jean")).toBe(true);
    expect(isFullNameLike("Jean-Pierre")).toBe(false);
    expect(isTownLike("Saint-Étienne")).toBe(true);
    expect(isTownLike("Boulogne-sur-Mer")).toBe(true);
    expect(isTownLike("LYON CEDEX 03")).toBe(true);
    expect(isTownLike("Dupont")).toBe(false);
  });

  it("never throws on any cell", () => {
    const checks = [
      isEmailLike,
      phoneKind,
      isPostalCodeLike,
      companyIdKind,
      isCivility,
      isGender,
      isCountry,
      addressKind,
      isNameShaped,
      isKnownFirstName,
      isFullNameLike,
      isTownLike,
    ];
    fc.assert(
      fc.property(arbitraryCell, (value) => {
        for (const check of checks) check(value);
      }),
      { numRuns: 300 },
    );
  });
});

describe("isMultiWordName", () => {
  it("counts whole names, civilities and particles aside, hyphenated names as one word", async () => {
    const { isMultiWordName } = await import("../../../../src/engine/table/sniff/cellPatterns");
    expect(isMultiWordName("Mme Gaëlle Rousseau")).toBe(true);
    expect(isMultiWordName("BERNARD-ROCHE Inès")).toBe(true);
    expect(isMultiWordName("dupont jean")).toBe(true);
    expect(isMultiWordName("BERNARD-ROCHE")).toBe(false);
    expect(isMultiWordName("de La Fontaine")).toBe(false);
    expect(isMultiWordName("M. Le Bon")).toBe(false);
    expect(isMultiWordName("06 12 34 56 78")).toBe(false);
  });
});
