import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detachedString } from "../../../src/engine/table/detachedString";

describe("detachedString", () => {
  it("gives back every text unchanged, accents, emoji, lone surrogates and quotes included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(detachedString(text)).toBe(text);
      }),
    );
  });

  it("copies a text cut out of a bigger one (same characters, no view into the piece)", () => {
    const piece = `<c r="A1" t="str"><v>${"Société Générale d'Éditions ".repeat(3)}</v></c>`.repeat(100);
    const cut = piece.slice(21, 21 + 84);
    expect(detachedString(cut)).toBe("Société Générale d'Éditions ".repeat(3));
  });
});
