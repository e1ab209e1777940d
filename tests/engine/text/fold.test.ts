import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  foldAccents,
  foldAccentsByUnicode,
  foldKey,
  foldKeyByUnicode,
  foldKeyWords,
  foldUpper,
  foldUpperWords,
  foldUpperWordsByReference,
} from "../../../src/engine/text/fold";
import { foldWords } from "../../../src/engine/structure/address/foldText";
import { foldName } from "../../../src/engine/structure/names/foldName";
import { normalizeHeader } from "../../../src/engine/table/normalizeHeader";
import { nameTokens } from "../../../src/engine/duplicates/normalize/normalizePersonName";

const latin = fc.string({ unit: fc.constantFrom(..."aeiouAEIOU éèêëàâçîïôûüÉÈÀÇŒœÆæßØøŁłĐđÞþ-'’.,0123456789".split("")), maxLength: 30 });

describe("one accent folding (engine/text/fold.ts)", () => {
  it("folds Søren, Œuvre and Straße the same way wherever text is compared", () => {
    expect(foldAccents("Søren Œuvre Straße")).toBe("Soren OEuvre Strasse");
    expect(foldUpper("Søren")).toBe("SOREN");
    expect(foldWords("Søren")).toBe("SOREN"); // addresses
    expect(foldName("Søren")).toBe("soren"); // first-name lists
    expect(foldKey("Søren")).toBe("soren"); // duplicate keys, sensitive notes
    expect(normalizeHeader("Søren")).toBe("soren"); // headers
    expect(nameTokens("Søren Kierkegaard")).toContain("soren"); // duplicates
  });

  it("gives the Unicode reference's result on the fast path, and folding twice changes nothing", () => {
    fc.assert(
      fc.property(fc.oneof(latin, fc.string({ unit: "grapheme", maxLength: 20 })), (text) => {
        expect(foldAccents(text)).toBe(foldAccentsByUnicode(text));
        expect(foldKey(text)).toBe(foldKeyByUnicode(text));
        const reference = foldKeyByUnicode(text);
        expect(foldKeyWords(text)).toEqual(reference === "" ? [] : reference.split(" "));
        expect(foldKey(foldKey(text))).toBe(foldKey(text));
        expect(foldAccents(foldAccents(text))).toBe(foldAccents(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("folds address words in one pass as the reference does (upper case, folded, separators one space)", () => {
    expect(foldUpperWords("  Saint-Étienne. ")).toBe("SAINT ETIENNE");
    expect(foldUpperWords("ŉ Straße Œuvre")).toBe(foldUpperWordsByReference("ŉ Straße Œuvre"));
    fc.assert(
      fc.property(fc.oneof(latin, fc.string({ unit: "grapheme", maxLength: 20 }), fc.string({ unit: "binary", maxLength: 20 })), (text) => {
        expect(foldUpperWords(text)).toBe(foldUpperWordsByReference(text));
      }),
      { numRuns: 3000 },
    );
    for (let code = 0; code < 0x2100; code++)
      expect(foldUpperWords(`a${String.fromCharCode(code)}b`)).toBe(foldUpperWordsByReference(`a${String.fromCharCode(code)}b`));
  });

  it("keeps case and punctuation in foldAccents, drops them in foldKey", () => {
    expect(foldAccents("Saint-Étienne.")).toBe("Saint-Etienne.");
    expect(foldKey("  Saint-Étienne. ")).toBe("saint etienne");
  });
});
