import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSiren, checkSiret } from "../../../../src/engine/structure/siret/checkSiret";
import { luhnCheckDigit, luhnValid } from "../../../../src/engine/structure/siret/luhn";

describe("luhn", () => {
  it("computes check digits (worked by hand: 73282932 → 0)", () => {
    expect(luhnCheckDigit("73282932")).toBe("0");
    expect(luhnValid("732829320")).toBe(true);
    expect(luhnValid("732829321")).toBe(false);
  });
});

describe("checkSiren / checkSiret", () => {
  // Valid by Luhn: published SIRENs (INSEE's directory) and SIRETs built on them.
  const VALID_SIREN = ["732 829 320", "552100554", "542 107 651", "380.129.866", "443 061 841", "775 670 417", "552 081 317", "356 000 000"];
  it.each(VALID_SIREN)("SIREN %s is valid", (typed) => {
    const result = checkSiren(typed);
    expect(result.valid).toBe(true);
    expect(result.siren).toBe(typed.replace(/\D/g, ""));
    expect(result.issues).toEqual([]);
  });

  const VALID_SIRET = ["732 829 320 00074", "55210055400013", "542 107 651 00045", "44306184100047", "356 000 000 00047", "35600000049837"];
  it.each(VALID_SIRET)("SIRET %s is valid, SIREN derived", (typed) => {
    const result = checkSiret(typed);
    expect(result.valid).toBe(true);
    expect(result.siret).toBe(typed.replace(/\D/g, ""));
    expect(result.siren).toBe(typed.replace(/\D/g, "").slice(0, 9));
  });

  it("our valid examples were computed, not guessed", () => {
    for (const siret of VALID_SIRET.map((typed) => typed.replace(/\D/g, "")).filter((digits) => !digits.startsWith("356000000"))) {
      expect(luhnCheckDigit(siret.slice(0, 13))).toBe(siret.charAt(13));
    }
  });

  it("La Poste: SIREN 356000000, valid when the digit sum is a multiple of 5", () => {
    expect(checkSiret("35600000049837").valid).toBe(true); // digits sum to 45; fails Luhn
    expect(luhnValid("35600000049837")).toBe(false);
    expect(checkSiret("35600000049838").valid).toBe(false); // sum 46
    expect(checkSiret("35600000000047").valid).toBe(true); // sum 25
    expect(checkSiret("35600000000048").valid).toBe(false); // sum 26
  });

  it("a number cell holds the SIRET as a number", () => {
    expect(checkSiret(73282932000074)).toMatchObject({ valid: true, siret: "73282932000074", siren: "732829320" });
    expect(checkSiren(732829320).valid).toBe(true);
  });

  // [typed, code, kind]
  const FLAGGED: ReadonlyArray<readonly [string, string, string]> = [
    ["8,34823E+13", "siret.scientificNotation", "invalid"],
    ["8.34823e+13", "siret.scientificNotation", "invalid"],
    ["7,32829E+13", "siret.scientificNotation", "invalid"],
    ["732 829 320 0007", "siret.length", "incomplete"],
    ["732829320000741", "siret.length", "incomplete"],
    ["732 829 321 00074", "siret.checksum", "invalid"],
    ["73282932000075", "siret.checksum", "invalid"],
    ["FR 732 829 320", "siret.notDigits", "invalid"],
    ["", "siret.length", "incomplete"],
  ];
  it.each(FLAGGED)("SIRET %s → %s", (typed, code, kind) => {
    const result = checkSiret(typed);
    expect(result.valid).toBe(false);
    expect(result.issues[0]).toMatchObject({ code, kind });
    expect(result.issues[0]?.message.fr.length).toBeGreaterThan(20);
    expect(result.issues[0]?.message.en.length).toBeGreaterThan(20);
  });

  it("SIREN errors", () => {
    expect(checkSiren("73282932").issues[0]?.code).toBe("siren.length");
    expect(checkSiren("732829321").issues[0]?.code).toBe("siren.checksum");
  });

  it("the scientific-notation note says to format the column as text", () => {
    expect(checkSiret("8,34823E+13").issues[0]?.message.fr).toMatch(/format Texte/);
    expect(checkSiret("8,34823E+13").issues[0]?.message.en).toMatch(/as Text/);
  });

  const digits13 = fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: 13, maxLength: 13 })
    .map((list) => list.join(""))
    .filter((base) => !base.startsWith("356000000"));
  it("a 13-digit base plus its Luhn digit is valid; any one-digit change is invalid", () => {
    fc.assert(
      fc.property(digits13, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1, max: 9 }), (base, position, shift) => {
        const siret = base + luhnCheckDigit(base);
        expect(checkSiret(siret).valid).toBe(true);
        const changed = siret.slice(0, position) + String((Number(siret.charAt(position)) + shift) % 10) + siret.slice(position + 1);
        fc.pre(!changed.startsWith("356000000"));
        expect(checkSiret(changed).valid).toBe(false);
      }),
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.double().map((n) => n as number | string),
        ),
        (typed) => {
          void checkSiret(typed);
          void checkSiren(typed);
        },
      ),
    );
  });
});
