import { describe, expect, it } from "vitest";
import { asCellError, cellText, isCellError, isEmptyCell } from "../../../src/engine/table/cellValue";

describe("cell values", () => {
  it("recognises Excel errors written as text and keeps them as errors", () => {
    expect(asCellError(" #n/a ")).toEqual({ error: "#N/A" });
    expect(asCellError("#DIV/0!")).toEqual({ error: "#DIV/0!" });
    expect(asCellError("N/A")).toBeNull();
    expect(isCellError({ error: "#N/A" })).toBe(true);
    expect(isCellError(new Date())).toBe(false);
    expect(isCellError("#N/A")).toBe(false);
  });

  it("treats only null and white space as empty", () => {
    expect(isEmptyCell(null)).toBe(true);
    expect(isEmptyCell("  ")).toBe(true);
    expect(isEmptyCell(0)).toBe(false);
    expect(isEmptyCell(false)).toBe(false);
    expect(isEmptyCell({ error: "#N/A" })).toBe(false);
  });

  it("shows each kind of cell as text", () => {
    expect(cellText(12.5)).toBe("12.5");
    expect(cellText(new Date(Date.UTC(2024, 0, 12)))).toBe("2024-01-12");
    expect(cellText({ error: "#REF!" })).toBe("#REF!");
    expect(cellText(null)).toBe("");
    expect(cellText(new Date(Number.NaN))).toBe("");
  });
});
