import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseBoolean } from "../../../src/engine/table/parseBoolean";

describe("parseBoolean", () => {
  it.each(["oui", "OUI", " Oui ", "o", "yes", "Y", "vrai", "TRUE", "1", "x", "X", "✓"])("reads %s as true", (text) => expect(parseBoolean(text)).toBe(true));
  it.each(["non", "NON", "n", "no", "faux", "false", "0"])("reads %s as false", (text) => expect(parseBoolean(text)).toBe(false));
  it.each(["", "peut-être", "2", "-", "#N/A"])("gives null for %s", (text) => expect(parseBoolean(text)).toBeNull());

  it("keeps real booleans, reads 1/0 numbers, and refuses empty and error cells", () => {
    expect(parseBoolean(true)).toBe(true);
    expect(parseBoolean(false)).toBe(false);
    expect(parseBoolean(1)).toBe(true);
    expect(parseBoolean(0)).toBe(false);
    expect(parseBoolean(3)).toBeNull();
    expect(parseBoolean(null)).toBeNull();
    expect(parseBoolean({ error: "#N/A" })).toBeNull();
  });

  it("is case- and space-insensitive and never throws", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("", " ", "  "), (text, pad) => {
        const plain = parseBoolean(text);
        expect(parseBoolean(pad + text.toUpperCase() + pad)).toBe(parseBoolean(text.toLowerCase()));
        expect([true, false, null]).toContain(plain);
      }),
    );
  });
});
