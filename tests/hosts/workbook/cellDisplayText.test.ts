import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cellDisplayText } from "../../../src/hosts/workbook/cellDisplayText";

/** Intl writes no-break spaces where Excel shows a space: compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("cellDisplayText: the preview shows cells as Excel does", () => {
  it("writes a date as 26/07/2025 in French and British English, a time only when there is one", () => {
    const day = new Date(Date.UTC(2025, 6, 26));
    expect(cellDisplayText(day, "dd/mm/yyyy", "fr", String(day))).toBe("26/07/2025");
    expect(cellDisplayText(day, undefined, "en", String(day))).toBe("26/07/2025");
    expect(cellDisplayText(new Date(Date.UTC(2025, 6, 26, 14, 5)), undefined, "fr", "")).toBe("26/07/2025 14:05");
  });

  it("writes an amount with a € format as 191,69 € (fr-FR) and €191.69 (en-GB)", () => {
    expect(plain(cellDisplayText(191.69, '#,##0.00 "€"', "fr", "191.69"))).toBe("191,69 €");
    expect(cellDisplayText(191.69, '#,##0.00 "€"', "en", "191.69")).toBe("€191.69");
    expect(plain(cellDisplayText(37500, "#,##0.00 €", "fr", ""))).toBe("37 500,00 €");
  });

  it("keeps General numbers as Excel shows them: locale decimal mark, no grouping", () => {
    expect(cellDisplayText(12.5, "General", "fr", "12.5")).toBe("12,5");
    expect(cellDisplayText(37500, undefined, "fr", "37500")).toBe("37500");
    expect(cellDisplayText(0.25, "0%", "en", "")).toBe("25%");
  });

  it("leaves text as typed", () => {
    expect(cellDisplayText("amoreau@@gmail.com", undefined, "fr", "amoreau@@gmail.com")).toBe("amoreau@@gmail.com");
  });

  it("writes every date of 1900–2100 as a dd/mm/yyyy that reads back to the same day (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2100, 11, 31) / 864e5 }), (days) => {
        const date = new Date(days * 864e5);
        const [d, m, y] = cellDisplayText(date, undefined, "fr", "").split("/").map(Number) as [number, number, number];
        expect(Date.UTC(y, m - 1, d)).toBe(date.getTime());
      }),
    );
  });
});
