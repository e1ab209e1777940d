import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  formatBoolean,
  formatDay,
  formatIsoDay,
  formatNumber,
  formatPercent,
  inLang,
  joinAlternatives,
  ofPair,
  quote,
} from "../../../src/engine/i18n/localeFormat";
import { parseNumber } from "../../../src/engine/table/parseNumber";

describe("localeFormat: how Tria writes numbers, dates and labels in French and English", () => {
  it("groups thousands with a narrow no-break space and writes a decimal comma in French", () => {
    expect(formatNumber("fr", 37500)).toBe("37\u202f500");
    expect(formatNumber("en", 37500)).toBe("37,500");
    expect(formatNumber("fr", 1234.5)).toBe("1\u202f234,5");
    expect(formatNumber("fr", 15, { decimals: 2 })).toBe("15,00");
    expect(formatNumber("fr", 1234.567, { maxDecimals: 1, grouping: false })).toBe("1234,6");
  });

  it("writes percentages with a space before % in French only", () => {
    expect(formatPercent("fr", 45.94)).toBe("45,9 %");
    expect(formatPercent("en", 45.94)).toBe("45.9%");
    expect(formatPercent("fr", 400, 0)).toBe("400 %");
  });

  it("writes days as dd/mm/yyyy in French and ISO 8601 in English", () => {
    expect(formatIsoDay("fr", "2025-07-26")).toBe("26/07/2025");
    expect(formatIsoDay("en", "2025-07-26")).toBe("2025-07-26");
    expect(formatDay("fr", new Date(Date.UTC(2024, 1, 29)))).toBe("29/02/2024");
    expect(formatDay("fr", new Date(Number.NaN))).toBe("");
  });

  it("picks labels, booleans, quotes and alternatives by language", () => {
    expect(inLang("fr", "Autre", "Other")).toBe("Autre");
    expect(ofPair("en", ["Réaction", "Reaction"] as const)).toBe("Reaction");
    expect(formatBoolean("fr", true)).toBe("VRAI");
    expect(formatBoolean("en", false)).toBe("FALSE");
    expect(quote("fr", "Clients")).toBe("« Clients »");
    expect(joinAlternatives("fr", ["téléphone", "e-mail"])).toBe("téléphone ou e-mail");
  });

  it("a number written in French reads back as the same number (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + Math.sign(whole || 1) * (cents / 100);
        const parsed = parseNumber(formatNumber("fr", value, { decimals: 2 }));
        expect(parsed).toBeCloseTo(value, 6);
      }),
    );
  });
});
