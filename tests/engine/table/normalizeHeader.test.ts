import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeHeader } from "../../../src/engine/table/normalizeHeader";

describe("normalizeHeader", () => {
  it.each([
    ["Tél.", "tel"],
    ["N° client", "n client"],
    ["E-mail", "e mail"],
    ["Date dernière commande", "date derniere commande"],
    ["Nb achats / an", "nb achats an"],
    ["CP", "cp"],
    ["  Code_Postal  ", "code postal"],
    ["Nom de l'entreprise", "nom de l entreprise"],
    ["Panier moyen (€ TTC)", "panier moyen ttc"],
    ["Œuvre Sœur", "oeuvre soeur"],
    ["Adresse1", "adresse 1"],
    ["Date 1ère commande", "date 1 ere commande"],
    ["ÂGE", "age"],
    ["Né(e)\nle", "ne e le"],
    ["", ""],
    ["—", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });

  it("is idempotent and never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const once = normalizeHeader(text);
        expect(normalizeHeader(once)).toBe(once);
        expect(once).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
      { numRuns: 500 },
    );
  });

  it("ignores case and accents", () => {
    fc.assert(
      fc.property(fc.constantFrom("Téléphone", "Prénom", "Société", "Civilité", "Âge"), (word) => {
        expect(normalizeHeader(word.toUpperCase())).toBe(normalizeHeader(word.toLowerCase()));
      }),
    );
  });
});
