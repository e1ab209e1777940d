import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseNumber } from "../../../src/engine/table/parseNumber";

/** Format like French Excel: narrow no-break space thousands, decimal comma, " €". */
const french = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const english = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const cents = fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }).map((n) => n / 100);

describe("parseNumber", () => {
  it.each([
    ["1 234,50 €", 1234.5],
    ["1\u00a0234,50\u00a0€", 1234.5],
    ["1,234.50", 1234.5],
    ["1.234.567,8", 1234567.8],
    ["1'234.50", 1234.5],
    ["12 %", 0.12],
    ["12,5%", 0.125],
    ["(123)", -123],
    ["(1 234,50 €)", -1234.5],
    ["-45", -45],
    ["+3", 3],
    ["EUR 12", 12],
    ["12 euros", 12],
    ["$1,000", 1000],
    ["£12,500", 12500],
    ["1,000", 1],
    ["1.5E3", 1500],
    ["45,90", 45.9],
    ["1 234 567", 1234567],
    [",5", 0.5],
  ])("reads %s", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([["12abc"], ["1,2,3"], [""], ["  "], ["abc"], ["1.2.3,4.5"], ["(-5)"], ["--3"], ["12/01/2024"], ["#N/A"]])("gives null for %s", (text) =>
    expect(parseNumber(text)).toBeNull(),
  );

  it("passes numbers through and refuses other cells", () => {
    expect(parseNumber(42.5)).toBe(42.5);
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeNull();
    expect(parseNumber(null)).toBeNull();
    expect(parseNumber(true)).toBeNull();
    expect(parseNumber({ error: "#DIV/0!" })).toBeNull();
    expect(parseNumber(new Date())).toBeNull();
  });

  it("round-trips French-formatted amounts with €", () => {
    fc.assert(
      fc.property(cents, (n) => {
        expect(parseNumber(`${french.format(n)} €`)).toBe(n);
      }),
    );
  });

  it("round-trips English-formatted amounts", () => {
    fc.assert(
      fc.property(cents, (n) => {
        expect(parseNumber(english.format(n))).toBe(n);
        expect(parseNumber(`$${english.format(n)}`)).toBe(n);
      }),
    );
  });

  it("reads accounting negatives and percentages", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (n) => {
        expect(parseNumber(`(${n})`)).toBe(-n);
        expect(parseNumber(`${n} %`)).toBe(Number.parseFloat((n / 100).toPrecision(15)));
      }),
    );
  });

  it("reads plain amounts ('257,92', '-12', '1.234') by its quick path exactly as by the general one", () => {
    // " €" after the number sends the same amount down the general path (currency, spaces).
    const plain = fc
      .tuple(fc.boolean(), fc.stringMatching(/^\d{1,16}$/), fc.option(fc.tuple(fc.constantFrom(",", "."), fc.stringMatching(/^\d{1,16}$/))))
      .map(([negative, whole, decimals]) => `${negative ? "-" : ""}${whole}${decimals ? decimals[0] + decimals[1] : ""}`);
    fc.assert(
      fc.property(plain, (text) => {
        expect(Object.is(parseNumber(text), parseNumber(`${text} €`)), text).toBe(true);
      }),
      { numRuns: 2_000 },
    );
    expect(Object.is(parseNumber("-0"), 0)).toBe(true);
    expect(parseNumber("257,92")).toBe(257.92);
  });

  it("reads a plain amount of up to 15 digits to the last bit of Number('257.92')", () => {
    // The quick path adds up the digits and divides once: it must never round differently from JavaScript's own reading.
    const plain = fc
      .tuple(
        fc.boolean(),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 0, max: 14 }),
        fc.constantFrom(",", "."),
        fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
      )
      .map(([negative, length, decimals, separator, digits]) => {
        const text = digits.toString().padStart(15, "0").slice(0, length);
        const cut = Math.min(decimals, length - 1);
        return `${negative ? "-" : ""}${cut === 0 ? text : `${text.slice(0, length - cut)}${separator}${text.slice(length - cut)}`}`;
      });
    fc.assert(
      fc.property(plain, (text) => {
        expect(Object.is(parseNumber(text), Number(text.replace(",", ".")) + 0), text).toBe(true);
      }),
      { numRuns: 5_000 },
    );
    for (const [text, value] of [
      ["0,1", 0.1],
      ["999999999999,999", 999999999999.999],
      ["-0,00", 0],
      ["007", 7],
      ["1.", 1],
      ["1,2,3", null],
      [",5", 0.5],
    ] as const)
      expect(parseNumber(text), text).toBe(value);
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseNumber(text);
        expect(result === null || Number.isFinite(result)).toBe(true);
      }),
    );
  });
});
