import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isColumnRole } from "../../../src/engine/table/columnRole";
import { rankHeaderRoles, roleFromHeader } from "../../../src/engine/table/headerRole";
import { ENGLISH_HEADERS, FRENCH_HEADERS } from "./headerCorpus";

describe("roleFromHeader", () => {
  it("has a corpus of at least 40 headers per language", () => {
    expect(FRENCH_HEADERS.length).toBeGreaterThanOrEqual(40);
    expect(ENGLISH_HEADERS.length).toBeGreaterThanOrEqual(40);
  });

  it.each([...FRENCH_HEADERS, ...ENGLISH_HEADERS])("$header → $role", ({ header, role }) => {
    const guess = roleFromHeader(header);
    expect(guess.role).toBe(role);
    expect(guess.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("gives exact synonyms a high confidence and containment a lower one", () => {
    expect(roleFromHeader("Code postal").confidence).toBeGreaterThanOrEqual(0.9);
    const contained = roleFromHeader("Date de la dernière commande client");
    expect(contained.role).toBe("lastPurchaseDate");
    expect(contained.confidence).toBeGreaterThanOrEqual(0.6);
    expect(contained.confidence).toBeLessThanOrEqual(0.8);
  });

  it.each([
    ["date dernier achat", "lastPurchaseDate"],
    ["tel portable", "mobile"],
    ["nom", "lastName"],
    ["nom prenom", "fullName"],
    ["nom complet", "fullName"],
    ["nom de la societe", "company"],
    ["Adresse e-mail du client", "email"],
    ["Montant total TTC", "totalAmount"],
    ["Newsletter (O/N)", "consent"],
    ["Accord e-mail", "consent"],
    ["Opt-in e-mail", "consent"],
    ["Accord SMS", "consent"],
    ["Commandes", "frequency"],
    ["N° commande", "orderId"],
  ])("prefers the most specific synonym: %j → %s", (header, role) => {
    expect(roleFromHeader(header).role).toBe(role);
  });

  it("treats one-word generic headers as hints", () => {
    const date = roleFromHeader("Date");
    expect(date.role).toBe("orderDate");
    expect(date.confidence).toBeLessThan(0.7);
  });

  it("returns other with a low confidence for unknown or empty headers", () => {
    expect(roleFromHeader("Commentaires")).toEqual({ role: "other", confidence: 0.2 });
    expect(roleFromHeader("   ")).toEqual({ role: "other", confidence: 0 });
  });

  it("ranks alternatives best first, one per role", () => {
    const ranked = rankHeaderRoles("Date dernière commande");
    expect(ranked[0]?.role).toBe("lastPurchaseDate");
    expect(ranked.map((c) => c.role)).toContain("orderDate");
    expect(new Set(ranked.map((c) => c.role)).size).toBe(ranked.length);
  });

  it("never throws and returns a valid role with 0 ≤ confidence ≤ 1", () => {
    const headerish = fc
      .array(fc.constantFrom("date", "nom", "tel", "n°", "de", "client", "e-mail", "1er", "o/n", "x", " ", "/"), { maxLength: 8 })
      .map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), headerish), (header) => {
        const guess = roleFromHeader(header);
        expect(isColumnRole(guess.role)).toBe(true);
        expect(guess.confidence).toBeGreaterThanOrEqual(0);
        expect(guess.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });
});
