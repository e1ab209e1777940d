import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toggleParticle } from "../../../src/tools/samples/duplicate";
import { mulberry32 } from "../../../src/tools/samples/random";
import { capitalizeWords, slug, stripAccents, typo } from "../../../src/tools/samples/text";

describe("text helpers", () => {
  it("strips accents and ligatures", () => {
    expect(stripAccents("Émile Lebœuf Łukasz")).toBe("Emile Leboeuf Lukasz");
    expect(slug("Hôtel de la Gare (SA)")).toBe("hotel-de-la-gare-sa");
    expect(slug("Jean-Pierre", "")).toBe("jeanpierre");
  });

  it("capitalises each word part", () => {
    expect(capitalizeWords("saint-étienne la VARENNE")).toBe("Saint-Étienne La Varenne");
  });

  it("glues particles the way a second entry often does", () => {
    expect(toggleParticle("Le Bon")).toBe("Lebon");
    expect(toggleParticle("de La Fontaine")).toBe("Delafontaine");
    expect(toggleParticle("d'Arcy")).toBe("Darcy");
    expect(toggleParticle("Dupont-Martin")).toBe("Dupont Martin");
    expect(toggleParticle("Martin")).toBe("Martin");
  });

  it("makes a typo that changes the word by one edit", () => {
    fc.assert(
      fc.property(fc.integer(), fc.stringMatching(/^[a-z]{4,12}$/), (seed, word) => {
        const out = typo(mulberry32(seed), word);
        return Math.abs(out.length - word.length) <= 1 && out.charAt(0) === word.charAt(0);
      }),
    );
  });
});
