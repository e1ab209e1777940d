import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../../../src/engine/text/cleanText";
import { fixCase } from "../../../../src/engine/structure/text/fixCase";

describe("cleanText", () => {
  it("trims, collapses spaces (no-break ones too), removes control characters", () => {
    expect(cleanText("  12\u00A0rue   de la\tPaix \n")).toBe("12 rue de la Paix");
    expect(cleanText("Dupont\u202F;\u0007 Jean\u200B")).toBe("Dupont ; Jean");
    expect(cleanText("\uFEFFParis")).toBe("Paris");
  });

  it("keeps every letter, digit and sign, and is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), (typed) => {
        const once = cleanText(typed);
        expect(cleanText(once)).toBe(once);
        const visible = (text: string) => text.replace(/[\s\p{Cc}\p{Cf}\u00AD]/gu, "");
        expect(visible(once)).toBe(visible(typed));
      }),
    );
  });
});

describe("fixCase", () => {
  it.each([
    ["SAINT ETIENNE", "city", "Saint-Étienne"],
    ["saint etienne", "city", "Saint-Étienne"],
    ["AIX-EN-PROVENCE", "city", "Aix-en-Provence"],
    ["LE HAVRE", "city", "Le Havre"],
    ["la roche-sur-yon", "city", "La Roche-sur-Yon"],
    ["RUE DE LA PAIX", "city", "Rue de la Paix"],
    ["BOULEVARD DU GENERAL DE GAULLE", "city", "Boulevard du Général de Gaulle"],
    ["VILLENEUVE-LES-AVIGNON", "city", "Villeneuve-les-Avignon"],
    ["L'ISLE-D'ABEAU", "city", "L'Isle-d'Abeau"],
    ["JEAN-PIERRE", "name", "Jean-Pierre"],
    ["de la fontaine", "name", "de La Fontaine"],
    ["CLIENT FIDÈLE. A RAPPELER", "sentence", "Client fidèle. A rappeler"],
  ] as const)("%s (%s) → %s", (typed, kind, expected) => expect(fixCase(typed, kind)).toBe(expected));

  it("leaves mixed case as the user typed it", () => {
    expect(fixCase("McDonald's", "name")).toBe("McDonald's");
    expect(fixCase("SARL Dupont", "sentence")).toBe("SARL Dupont");
    expect(fixCase("Saint Etienne", "city")).toBe("Saint Etienne");
  });

  it("never throws and never loses a letter (case and accents aside)", () => {
    const fold = (text: string) =>
      text
        .normalize("NFD")
        .replace(/[^\p{L}\p{N}]/gu, "")
        .toLowerCase();
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom("name", "city", "sentence" as const), (typed, kind) => {
        const fixed = fixCase(typed, kind);
        expect(fold(fixed)).toBe(fold(cleanText(typed)));
      }),
    );
  });
});

describe("acronyms in a sentence typed in capitals", () => {
  it("stay in capitals: job titles and services", () => {
    expect(fixCase("PDG", "sentence")).toBe("PDG");
    expect(fixCase("DIRECTEUR DES RH", "sentence")).toBe("Directeur des RH");
    expect(fixCase("RESPONSABLE SAV", "sentence")).toBe("Responsable SAV");
    // Typed in lower case, nothing says it was an acronym.
    expect(fixCase("responsable sav", "sentence")).toBe("Responsable sav");
  });
});
