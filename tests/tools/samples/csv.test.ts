import { describe, expect, it } from "vitest";
import { displayText, toExcelCsv } from "../../../src/tools/samples/csv";

describe("Excel-style ';' CSV", () => {
  it("quotes only fields that need it and doubles quotes", () => {
    const csv = toExcelCsv(
      [["a", "b;c", 'dit "Jo"', "ligne 1\nligne 2", null]],
      ["general", "general", "general", "general", "general"],
    );
    expect(csv).toBe('a;"b;c";"dit ""Jo""";"ligne 1\nligne 2";\r\n');
  });

  it("ends every record with CRLF", () => {
    expect(toExcelCsv([["x"], ["y"]], ["general"])).toBe("x\r\ny\r\n");
  });

  it("shows cells as French Excel displays them", () => {
    expect(displayText(new Date(Date.UTC(2024, 2, 3)), "date")).toBe("03/03/2024");
    expect(displayText(1234.5, "euro")).toBe("1\u00a0234,50 €");
    expect(displayText(45.9, "general")).toBe("45,9");
    expect(displayText(612345678, "general")).toBe("612345678");
    expect(displayText(73282932000074, "general")).toBe("7,32829E+13");
    expect(displayText(11687000000000, "general")).toBe("1,1687E+13");
    expect(displayText(30000000000000, "general")).toBe("3E+13");
    expect(displayText({ error: "#N/A" }, "euro")).toBe("#N/A");
    expect(displayText(null, "date")).toBe("");
  });
});
