import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { textSimilarity } from "../../src/engine/similarity/textSimilarity";

describe("textSimilarity", () => {
  it("sees the same customer written differently", () => {
    expect(textSimilarity("Lebon Coiffure", "Le Bon Coiffure")).toBe(1);
    expect(textSimilarity("SARL Le Bon Coiffure", "Lebon coiffure")).toBe(1);
    expect(textSimilarity("M. DUPONT Jean", "Jean Dupont")).toBe(1);
    expect(textSimilarity("Jean-Pierre Martin", "Martin J.P.")).toBeCloseTo(0.933, 2);
    expect(textSimilarity("Hélène Dupré", "Helene DUPRE")).toBe(1);
  });

  it("tells different customers apart", () => {
    expect(textSimilarity("Jean Dupont", "Marie Durand")).toBeLessThan(0.5);
    expect(textSimilarity("Boulangerie Martin", "Garage Lefèvre")).toBeLessThan(0.5);
    expect(textSimilarity("", "Jean")).toBe(0);
    expect(textSimilarity("", "")).toBe(1);
  });

  it("is symmetric, between 0 and 1, and 1 for the same text", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ab = textSimilarity(a, b);
        expect(ab).toBe(textSimilarity(b, a));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(textSimilarity(a, a)).toBe(1);
      }),
    );
  });
});
