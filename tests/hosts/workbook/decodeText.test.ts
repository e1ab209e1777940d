import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeLatin1, decodeText, fromLatin1 } from "../../../src/hosts/workbook/decodeText";
import { encodeWindows1252ForTest } from "./cp1252";

describe("decodeText", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const plain = new TextEncoder().encode("Téléphone;Prénom");
    expect(decodeText(plain)).toEqual({ text: "Téléphone;Prénom", encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ text: "Téléphone;Prénom", encoding: "utf-8" });
  });

  it("reads Windows-1252 as French Excel writes it (é, €, œ, ’)", () => {
    const bytes = encodeWindows1252ForTest("Société;Cœur d’Alène;12,50 €;Hôtel");
    expect(decodeText(bytes)).toEqual({ text: "Société;Cœur d’Alène;12,50 €;Hôtel", encoding: "windows-1252" });
  });

  it("reads UTF-16 with its byte-order mark", () => {
    const text = "Nom\tVille";
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeText(le)).toEqual({ text, encoding: "utf-16le" });
  });

  // A cp1252 file is told from UTF-8 by an invalid UTF-8 sequence; "é;" (E9 3B) is one, as
  // almost every French word with an accent is. ("éœ«" alone happens to be valid UTF-8: 霫.)
  it("gives back any text written in UTF-8, and any cp1252 text with an accented word", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(decodeText(new TextEncoder().encode(text)).text).toBe(text.replace(/^\uFEFF/, ""));
      }),
    );
    const cp1252Char = fc.constantFrom(..."abcXYZ 012;,éèêàçùôœŒ€’«»°Ééâ".split(""));
    fc.assert(
      fc.property(
        fc.array(cp1252Char, { minLength: 1 }).map((chars) => `${chars.join("")}Société;`),
        (text) => {
          expect(decodeText(encodeWindows1252ForTest(text)).text).toBe(text);
        },
      ),
    );
  });
});

describe("fromLatin1", () => {
  it("turns bytes 0x80–0x9F into Windows-1252's characters and leaves the rest, for any one-byte text (fast-check)", () => {
    // Bytes 0x80–0x9F as Windows-1252 means them; the five it leaves undefined stay as they are.
    const table = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
    const reference = (text: string) => text.replace(/[\u0080-\u009f]/g, (c) => table[c.charCodeAt(0) - 0x80]!);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 40 }), (codes) => {
        const text = String.fromCharCode(...codes);
        expect(fromLatin1(text)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
    expect(fromLatin1("29,33 \u0080")).toBe("29,33 €");
    expect(fromLatin1("l\u0092\u009cuvre")).toBe("l’œuvre");
  });
});

describe("decodeLatin1", () => {
  it("gives each byte its own code point, through Node's Buffer and through the browsers' loop alike (fast-check)", () => {
    // Offsets inside a bigger buffer too: a file's bytes are often a view of Node's pooled memory.
    const bytes = fc.tuple(fc.uint8Array({ maxLength: 20_000 }), fc.nat({ max: 7 })).map(([all, skip]) => all.subarray(Math.min(skip, all.length)));
    fc.assert(
      fc.property(bytes, (view) => {
        const expected = Array.from(view, (byte) => String.fromCharCode(byte)).join("");
        expect(decodeLatin1(view)).toBe(expected);
        expect(decodeLatin1(view, null)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
