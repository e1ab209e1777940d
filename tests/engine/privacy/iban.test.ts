import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findCardNumbers, findIbans, ibanValid } from "../../../src/engine/privacy/iban";

/** ISO 13616 check digits, computed here independently with BigInt. */
function withCheckDigits(country: string, bban: string): string {
  const numeric = [...`${bban}${country}00`].map((c) => (c >= "A" ? String(c.charCodeAt(0) - 55) : c)).join("");
  const check = 98n - (BigInt(numeric) % 97n);
  return `${country}${String(check).padStart(2, "0")}${bban}`;
}

describe("IBAN", () => {
  it("accepts published examples and refuses a changed digit", () => {
    expect(ibanValid("FR76 3000 6000 0112 3456 7890 189")).toBe(true);
    expect(ibanValid("DE89 3704 0044 0532 0130 00")).toBe(true);
    expect(ibanValid("GB82 WEST 1234 5698 7654 32")).toBe(true);
    expect(ibanValid("FR76 3000 6000 0112 3456 7890 188")).toBe(false);
    expect(ibanValid("FR76 3000 6000 0112 3456 7890")).toBe(false); // too short for France
  });

  it("accepts any French IBAN with its check digits and finds it in text (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}[0-9A-Z]{11}\d{2}$/), (bban) => {
        const iban = withCheckDigits("FR", bban);
        expect(ibanValid(iban)).toBe(true);
        const spaced = iban.replace(/(.{4})/g, "$1 ").trim();
        expect(findIbans(`RIB : ${spaced}.`)).toEqual([iban]);
      }),
    );
  });

  it("refuses any single changed character (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{23}$/), fc.integer({ min: 4, max: 26 }), fc.integer({ min: 1, max: 9 }), (bban, at, delta) => {
        const iban = withCheckDigits("FR", bban);
        const wrong = iban.slice(0, at) + String((Number(iban[at]) + delta) % 10) + iban.slice(at + 1);
        expect(ibanValid(wrong)).toBe(false);
      }),
    );
  });

  it("finds Luhn-valid card numbers, not SIRETs or phone numbers", () => {
    expect(findCardNumbers("CB 4970 1012 3456 7893 exp 12/27")).toEqual(["4970101234567893"]);
    expect(findCardNumbers("CB 4970 1012 3456 7894")).toEqual([]);
    expect(findCardNumbers("SIRET 83482294200019, tél. 06 12 34 56 78")).toEqual([]);
  });
});
