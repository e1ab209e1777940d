import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { STREET_TYPES, streetTypeWords } from "../../../src/engine/vocab/streetTypes";
import { addressKey } from "../../../src/engine/duplicates/normalize/normalizeAddress";
import { splitAddress } from "../../../src/engine/structure/address/splitAddress";

/** One-word street types and each way of writing them that structure reads anywhere in a line. */
const WRITTEN = STREET_TYPES.filter((type) => !type.name.includes(" ") && !type.weak).flatMap((type) =>
  type.variants.filter((variant) => !variant.includes(" ")).map((variant) => ({ name: type.name, variant })),
);

const streetName = fc.constantFrom("Victor Hugo", "de la Paix", "des Lilas", "Jean Jaurès", "du Moulin");

describe("one list of street types for structure and duplicates", () => {
  it("duplicates expands every one-word variant to its full name", () => {
    const words = streetTypeWords();
    expect(words.get("av")).toBe("avenue");
    expect(words.get("bd")).toBe("boulevard");
    expect(words.get("r")).toBe("rue");
    expect(words.get("qua")).toBe("quartier");
  });

  it("a street written with an abbreviation is the same address to duplicates, and the same street type to structure", () => {
    fc.assert(
      fc.property(fc.constantFrom(...WRITTEN), streetName, fc.integer({ min: 1, max: 300 }), ({ name, variant }, street, number) => {
        const short = `${number} ${variant} ${street}, 69003 Lyon`;
        const full = `${number} ${name} ${street}, 69003 Lyon`;
        expect(addressKey({ line: short })).toEqual(addressKey({ line: full }));
        expect(splitAddress(short).parts.streetType).toBe(name);
      }),
    );
  });
});
