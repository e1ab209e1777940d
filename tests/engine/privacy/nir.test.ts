import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkNir, findNirs, nirKey } from "../../../src/engine/privacy/nir";

const nirBody = fc
  .tuple(
    fc.constantFrom("1", "2"),
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 12 }),
    fc.constantFrom("01", "13", "2A", "2B", "75", "95"),
    fc.integer({ min: 1, max: 999 }),
    fc.integer({ min: 1, max: 999 }),
  )
  .map(([sex, year, month, dept, commune, order]) => `${sex}${pad(year, 2)}${pad(month, 2)}${dept}${pad(commune, 3)}${pad(order, 3)}`);

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

describe("NIR (social security number)", () => {
  it("checks the key of a published example", () => {
    expect(checkNir("2 69 05 49 588 157 80")).toEqual({ compact: "269054958815780", keyValid: true });
    expect(checkNir("2 69 05 49 588 157 81")?.keyValid).toBe(false);
  });

  it("reads Corsica's 2A as 19 and 2B as 18 for the key", () => {
    expect(nirKey("1850520A00100".replace("20A", "2A0"))).toBe(97 - Number(BigInt("1850519000100") % 97n));
  });

  it("refuses what is not shaped like a NIR", () => {
    expect(checkNir("123")).toBeNull();
    expect(checkNir("569054958815780")).toBeNull(); // no sex 5
    expect(checkNir("269134958815780")).toBeNull(); // month 13
  });

  it("accepts every number with its own key, and finds it in a note (property)", () => {
    fc.assert(
      fc.property(nirBody, fc.constantFrom("", " ", "."), (body, sep) => {
        const key = pad(nirKey(body), 2);
        const spaced = [body.slice(0, 1), body.slice(1, 3), body.slice(3, 5), body.slice(5, 7), body.slice(7, 10), body.slice(10, 13), key].join(sep);
        expect(checkNir(spaced)?.keyValid).toBe(true);
        expect(findNirs(`Client: n° SS ${spaced}, à rappeler`).some((n) => n.keyValid)).toBe(true);
      }),
    );
  });

  it("sees a wrong key when one digit is mistyped (property)", () => {
    fc.assert(
      fc.property(nirBody, fc.integer({ min: 7, max: 12 }), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const key = pad(nirKey(body), 2);
        const wrong = body.slice(0, at) + String((Number(body[at]) + delta) % 10) + body.slice(at + 1);
        expect(checkNir(wrong + key)?.keyValid).toBe(false);
      }),
    );
  });

  it("never throws on any text (property)", () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => void findNirs(text)));
  });
});
