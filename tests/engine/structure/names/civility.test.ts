import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { matchCivility } from "../../../../src/engine/structure/names/civility";
import { CIVILITY_FORMS } from "../../../../src/engine/vocab/civilities";

describe("matchCivility", () => {
  it("reads every listed form, whatever its case, dots and what follows", () => {
    for (const [form, civility] of CIVILITY_FORMS) {
      expect(matchCivility(`${form.toUpperCase()} Dupont`)?.civility, form).toBe(civility);
      expect(matchCivility(`${form}.`)?.civility, form).toBe(civility);
    }
  });

  it("prefers the longest form and leaves names alone", () => {
    expect(matchCivility("M. et Mme Dupont")).toEqual({ civility: "M. et Mme", typed: "M. et Mme", rest: "Dupont" });
    expect(matchCivility("Mme Gaëlle Rousseau")?.rest).toBe("Gaëlle Rousseau");
    expect(matchCivility("Martin Dupont")).toBeNull();
    expect(matchCivility("Mélanie Dupont")).toBeNull();
    expect(matchCivility("Met Dupont")).toBeNull();
  });

  it("never throws, and what it finds is the start of the text (nothing lost)", () => {
    const start = fc.constantFrom(...CIVILITY_FORMS.map(([form]) => form), "M.", "mr.", "Mme.", "Dr.", "Me", "");
    fc.assert(
      fc.property(start, fc.string({ maxLength: 10 }), (head, tail) => {
        const text = `${head}${tail}`;
        const found = matchCivility(text);
        if (found) expect(text.replace(/\s+/g, "")).toContain((found.typed + found.rest).replace(/\s+/g, ""));
      }),
    );
  });
});
