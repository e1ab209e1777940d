import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findSensitive, sensitiveHeader } from "../../../src/engine/privacy/findSensitive";

const categories = (text: string) => findSensitive(text).map((hit) => hit.category);

describe("sensitive data in free-text notes", () => {
  it("finds each category of GDPR art. 9 with accents and capitals as typed", () => {
    expect(categories("Diabétique, livrer le matin")).toEqual(["health"]);
    expect(categories("Cliente ENCEINTE, pas de port de charge")).toEqual(["health"]);
    expect(categories("Ne mange que halal")).toEqual(["religion"]);
    expect(categories("Délégué syndical CGT")).toEqual(["political"]);
    expect(categories("son compagnon, homosexuel, …")).toEqual(["sexLife"]);
    expect(categories("d'origine marocaine")).toEqual(["origin"]);
    expect(categories("casier judiciaire chargé")).toEqual(["offence"]);
    expect(categories("n° sécu 2 69 05 49 588 157 80")).toEqual(["nir"]);
    expect(categories("IBAN FR76 3000 6000 0112 3456 7890 189")).toEqual(["bank"]);
  });

  it("leaves ordinary customer notes alone", () => {
    for (const note of [
      "Rue de l'Église, vin AOC d'origine contrôlée",
      "Parti en vacances, rappeler en septembre",
      "Commande 269054958815781 livrée", // a NIR shape with a wrong key: an order number
      "Préfère être appelé le matin",
      "Traitement de la commande en cours",
      "SIRET 83482294200019",
    ]) {
      expect(categories(note), note).toEqual([]);
    }
  });

  it("knows sensitive headers but not their look-alikes", () => {
    expect(sensitiveHeader("Religion")).toBe("religion");
    expect(sensitiveHeader("N° sécu")).toBe("nir");
    expect(sensitiveHeader("IBAN")).toBe("bank");
    expect(sensitiveHeader("Allergies")).toBe("health");
    expect(sensitiveHeader("Date de traitement")).toBeNull();
    expect(sensitiveHeader("Code INSEE")).toBeNull();
    expect(sensitiveHeader("N° carte fidélité")).toBeNull();
  });

  it("never throws on any text (property)", () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => void findSensitive(text)));
  });
});
