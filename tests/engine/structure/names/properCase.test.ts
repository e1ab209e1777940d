import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { properCase } from "../../../../src/engine/structure/names/properCase";
import { recogniseCompany } from "../../../../src/engine/structure/names/recogniseCompany";
import { referenceProperCase } from "./properCaseReference";

describe("properCase", () => {
  it.each([
    ["DUPONT", "Dupont"],
    ["jean-pierre", "Jean-Pierre"],
    ["DE LA FONTAINE", "de La Fontaine"],
    ["o'brien", "O'Brien"],
    ["MCDONALD", "McDonald"],
    ["d'alembert", "d'Alembert"],
    ["l'hermite", "L'Hermite"],
    ["ÉLODIE", "Élodie"],
    ["van", "Van"],
    ["le goff", "Le Goff"],
  ])("%s → %s", (typed, expected) => expect(properCase(typed)).toBe(expected));

  it("only changes case, and is idempotent", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-zéèàçÉÈ' -]{0,30}$/), (typed) => {
        const once = properCase(typed);
        expect(once.toLowerCase()).toBe(typed.toLowerCase());
        expect(properCase(once)).toBe(once);
      }),
    );
  });
});

describe("recogniseCompany", () => {
  it.each([
    ["Dupont SARL", "Dupont", "SARL"],
    ["S.A.R.L. Dupont", "Dupont", "SARL"],
    ["Martin Conseil (EURL)", "Martin Conseil", "EURL"],
    ["Société par actions simplifiée Alpha", "Alpha", "SAS"],
    ["Cabinet Durand - SELARL", "Cabinet Durand", "SELARL"],
    ["Alpha SASU", "Alpha", "SASU"],
    ["Dupont EI", "Dupont", "EI"],
    ["Dupont EIRL", "Dupont", "EIRL"],
    ["Transports Martin SNC", "Transports Martin", "SNC"],
  ])("%s → %s / %s", (typed, name, legalForm) => {
    expect(recogniseCompany(typed)).toMatchObject({ name, legalForm, isCompany: true });
  });

  it("a person is not a company", () => {
    for (const typed of ["Jean Dupont", "Martin A.G.", "Sa Majesté", "France Leclerc"]) expect(recogniseCompany(typed).isCompany, typed).toBe(false);
  });
});

describe("properCase (hand-written scan)", () => {
  it("agrees with the regex-split version on any text, surrogates and marks included", () => {
    const pieces = fc.constantFrom(
      "de",
      "DU",
      "van",
      "o",
      "d",
      "l",
      "mc",
      "MCDONALD",
      "é",
      "É",
      "\u0301",
      "'",
      "’",
      "-",
      " ",
      "  ",
      ".",
      "1",
      "😀",
      "\ud83d",
      "İ",
      "ß",
      "jean",
      "ÉLODIE",
      "\t",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 20 }),
          fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join("")),
        ),
        (typed) => {
          expect(properCase(typed)).toBe(referenceProperCase(typed));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
