import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cleanText } from "../../../src/engine/text/cleanText";

// The rule as written before its fast path: the fast path must agree with it on every input.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
// eslint-disable-next-line no-control-regex -- the control characters are the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const reference = (text: string) => text.replace(CONTROLS, "").replace(SPACES, " ").trim();

const tricky = fc.constantFrom(" ", "  ", "\t", "\n", "\u00A0", "\u202F", "\u00AD", "\u200B", "\uFEFF", "\u0085", "é", "Œ", "ß", "ł", "’", "a", "Z", "-", "€");

describe("cleanText", () => {
  it("agrees with the plain regex rule on any text (fast path included)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(cleanText(text)).toBe(reference(text));
      }),
    );
    fc.assert(
      fc.property(
        fc.array(tricky).map((parts) => parts.join("")),
        (text) => {
          expect(cleanText(text)).toBe(reference(text));
        },
      ),
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(cleanText(cleanText(text))).toBe(cleanText(text));
      }),
    );
  });

  it("collapses spaces and drops controls", () => {
    expect(cleanText("  Jean\u00A0\u00A0Dupont\u200B ")).toBe("Jean Dupont");
    expect(cleanText("Hélène Müller")).toBe("Hélène Müller");
  });
});
