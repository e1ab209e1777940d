import { describe, expect, it } from "vitest";
import { FLAG_KINDS, FLAG_OUTLINES, FLAG_STYLES, FLAG_SYMBOLS } from "../../src/engine/legend";
import { contrastRatio } from "../../src/ui/contrast";

describe("the legend on screen", () => {
  it("computes WCAG contrast as published (black on white 21:1, #767676 on white 4.54:1)", () => {
    expect(contrastRatio("000000", "FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("767676", "FFFFFF")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("FFFFFF", "FFFFFF")).toBe(1);
  });

  it("draws every swatch with an outline of 3:1 or more against the white page, where the fills alone are not", () => {
    for (const kind of FLAG_KINDS) expect(contrastRatio(FLAG_OUTLINES[kind], "FFFFFF"), kind).toBeGreaterThanOrEqual(3);
    // Why the outline is needed: yellow on white is 1.07:1.
    expect(contrastRatio(FLAG_STYLES.volatile.fill!, "FFFFFF")).toBeLessThan(1.1);
  });

  it("gives every kind its own symbol, so colour is never the only signal", () => {
    const symbols = FLAG_KINDS.map((kind) => FLAG_SYMBOLS[kind]);
    expect(new Set(symbols).size).toBe(FLAG_KINDS.length);
    expect(symbols.every((s) => s.trim().length > 0)).toBe(true);
  });
});
