import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitPersonName } from "../../../../src/engine/structure/names/splitPersonName";

// [typed, civility, first name, last name]
const PEOPLE: ReadonlyArray<readonly [string, string | null, string, string]> = [
  ["DUPONT Jean", null, "Jean", "Dupont"],
  ["Jean DUPONT", null, "Jean", "Dupont"],
  ["Jean Dupont", null, "Jean", "Dupont"],
  ["Dupont Jean", null, "Jean", "Dupont"],
  ["Dupont, Jean", null, "Jean", "Dupont"],
  ["DUPONT, JEAN", null, "Jean", "Dupont"],
  ["dupont jean", null, "Jean", "Dupont"],
  ["jean dupont", null, "Jean", "Dupont"],
  ["DUPONT JEAN", null, "Jean", "Dupont"],
  ["MARTIN Pierre", null, "Pierre", "Martin"],
  ["Martin Pierre", null, "Pierre", "Martin"],
  ["Pierre Martin", null, "Pierre", "Martin"],
  ["Bernard Sophie", null, "Sophie", "Bernard"],
  ["Nathalie Petit", null, "Nathalie", "Petit"],
  ["jean-pierre de la fontaine", null, "Jean-Pierre", "de La Fontaine"],
  ["Jean de LA FONTAINE", null, "Jean", "de La Fontaine"],
  ["Charles de Gaulle", null, "Charles", "de Gaulle"],
  ["Joachim du Bellay", null, "Joachim", "du Bellay"],
  ["d'Alembert Jean", null, "Jean", "d'Alembert"],
  ["Vincent van Gogh", null, "Vincent", "van Gogh"],
  ["Wernher von Braun", null, "Wernher", "von Braun"],
  ["LE GOFF Yann", null, "Yann", "Le Goff"],
  ["Mlle LE GOFF Nolwenn", "Mlle", "Nolwenn", "Le Goff"],
  ["o'brien kevin", null, "Kevin", "O'Brien"],
  ["mr john mcdonald", "M.", "John", "McDonald"],
  ["Mme Gaëlle Rousseau", "Mme", "Gaëlle", "Rousseau"],
  ["Madame ROUSSEAU Gaëlle", "Mme", "Gaëlle", "Rousseau"],
  ["M. DUPONT Jean", "M.", "Jean", "Dupont"],
  ["M Dupont Jean", "M.", "Jean", "Dupont"],
  ["Mr. Jean Dupont", "M.", "Jean", "Dupont"],
  ["Monsieur Jean-Claude DUSSE", "M.", "Jean-Claude", "Dusse"],
  ["Mme. Marie-Christine LEROY", "Mme", "Marie-Christine", "Leroy"],
  ["Melle Marie Dubois", "Mlle", "Marie", "Dubois"],
  ["Mademoiselle Léa Moreau", "Mlle", "Léa", "Moreau"],
  ["Docteur Olivier Girard", "Dr", "Olivier", "Girard"],
  ["Dr. Olivier O'BRIEN", "Dr", "Olivier", "O'Brien"],
  ["Maître Éric Dupond-Moretti", "Me", "Éric", "Dupond-Moretti"],
  ["Me Laurent Fabre", "Me", "Laurent", "Fabre"],
  ["Pr Anne Lefèvre", "Pr", "Anne", "Lefèvre"],
  ["M. et Mme MARTIN Pierre", "M. et Mme", "Pierre", "Martin"],
  ["Monsieur et Madame Durand", "M. et Mme", "", "Durand"],
  ["M.Dupont", "M.", "", "Dupont"],
  ["Martin J.P.", null, "J.P.", "Martin"],
  ["J.-P. Martin", null, "J.-P.", "Martin"],
  ["J. Dupont", null, "J.", "Dupont"],
  ["Jean Pierre Dupont", null, "Jean Pierre", "Dupont"],
  ["Dupont", null, "", "Dupont"],
  ["  DUPONT\u00A0 Jean  ", null, "Jean", "Dupont"],
  ["ÉLODIE FAURE", null, "Élodie", "Faure"],
  ["Mohamed BENALI", null, "Mohamed", "Benali"],
];

describe("splitPersonName", () => {
  it.each(PEOPLE)("%s", (typed, civility, firstName, lastName) => {
    const result = splitPersonName(typed);
    expect(result.company).toBeNull();
    expect({ civility: result.civility, firstName: result.firstName, lastName: result.lastName }).toEqual({ civility, firstName, lastName });
  });

  it("gives the gender the civility tells, and no more", () => {
    expect(splitPersonName("M. Jean Dupont").gender).toBe("male");
    expect(splitPersonName("Mme Camille Dupont").gender).toBe("female");
    expect(splitPersonName("Mlle Camille Dupont").gender).toBe("female");
    expect(splitPersonName("Camille Dupont").gender).toBeNull();
    expect(splitPersonName("Dr Camille Dupont").gender).toBeNull();
  });

  it("says when the order was a guess", () => {
    expect(splitPersonName("Kowalski Zbigniew").ambiguous).toBe(true);
    expect(splitPersonName("DUPONT Jean").ambiguous).toBe(false);
  });

  // [typed, name, legal form]
  const COMPANIES: ReadonlyArray<readonly [string, string, string | null]> = [
    ["SARL Dupont & Fils", "Dupont & Fils", "SARL"],
    ["Boulangerie Martin S.A.S.", "Boulangerie Martin", "SAS"],
    ["Association Les Amis du Vélo", "Les Amis du Vélo", "association"],
    ["Garage du Centre", "Garage du Centre", null],
    ["Ets Moreau", "Ets Moreau", null],
    ["DUPONT SA", "DUPONT", "SA"],
    ["SCI Les Tilleuls", "Les Tilleuls", "SCI"],
  ];
  it.each(COMPANIES)("recognises the company %s", (typed, name, legalForm) => {
    const result = splitPersonName(typed);
    expect(result.company).toMatchObject({ name, legalForm, isCompany: true });
    expect(result.firstName + result.lastName).toBe("");
  });

  const letters = (text: string): string => [...text.toLocaleUpperCase("fr").replace(/[^\p{L}\p{N}]/gu, "")].sort().join("");
  const nameChars = fc.stringMatching(/^[A-Za-zÀÂÄÇÉÈÊËÎÏÔÖÙÛÜàâäçéèêëîïôöùûüÿœ' .,-]{0,40}$/);
  it("no letter of the input is lost: civility + first + last (or company + form) hold them all", () => {
    fc.assert(
      fc.property(nameChars, (typed) => {
        const result = splitPersonName(typed);
        const kept = result.company
          ? result.civilityTyped + result.company.name + (result.company.legalFormTyped ?? "")
          : result.civilityTyped + result.firstName + result.lastName;
        expect(letters(kept)).toBe(letters(typed));
      }),
      { numRuns: 500 },
    );
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (typed) => void splitPersonName(typed)));
  });
});
