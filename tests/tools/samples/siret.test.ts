import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../../src/tools/samples/random";
import { isLuhnValid, luhnCheckDigit, randomSiret } from "../../../src/tools/samples/siret";

describe("SIRET", () => {
  it("checks known SIREN/SIRET numbers (Danone, Apple France)", () => {
    expect(isLuhnValid("552032534")).toBe(true);
    expect(isLuhnValid("73282932000074")).toBe(true);
    expect(isLuhnValid("73282932000075")).toBe(false);
    expect(luhnCheckDigit("55203253")).toBe("4");
  });

  it("always makes a 14-digit SIRET whose SIREN and whole pass Luhn", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const siret = randomSiret(mulberry32(seed));
        return /^\d{14}$/.test(siret) && isLuhnValid(siret) && isLuhnValid(siret.slice(0, 9));
      }),
    );
  });
});
