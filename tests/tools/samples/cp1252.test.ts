import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CP1252_SPECIAL_CHARACTERS, encodeCp1252 } from "../../../src/tools/samples/cp1252";
import { decodeWindows1252 } from "../decodeWindows1252";

const decoder = { decode: decodeWindows1252 };

const cp1252Char = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xa0, max: 0xff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...CP1252_SPECIAL_CHARACTERS),
  fc.constantFrom("\r", "\n", "\t"),
);

describe("Windows-1252 encoder", () => {
  it("round-trips every cp1252 text through TextDecoder('windows-1252')", () => {
    fc.assert(
      fc.property(fc.array(cp1252Char, { maxLength: 60 }).map((cs) => cs.join("")), (text) => {
        const bytes = encodeCp1252(text);
        return bytes.length === text.length && decoder.decode(bytes) === text;
      }),
    );
  });

  it("puts the euro, the ligatures and the curly apostrophe in 0x80-0x9F", () => {
    expect([...encodeCp1252("€œŒ’…")]).toEqual([0x80, 0x9c, 0x8c, 0x92, 0x85]);
    expect([...encodeCp1252("é\u00a0")]).toEqual([0xe9, 0xa0]);
  });

  it("agrees with the decoder on every special byte", () => {
    for (const ch of CP1252_SPECIAL_CHARACTERS) {
      expect(decoder.decode(encodeCp1252(ch))).toBe(ch);
    }
    expect(CP1252_SPECIAL_CHARACTERS).toHaveLength(27);
  });

  it("decodes the specials right (guards the Node TextDecoder workaround)", () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x92, 0xe9]))).toBe("€’é");
  });

  it("writes '?' for one character outside cp1252, as Excel does", () => {
    expect(decoder.decode(encodeCp1252("Nguyễn Łukasz 😀 \u202f"))).toBe("Nguy?n ?ukasz ? ?");
  });
});
