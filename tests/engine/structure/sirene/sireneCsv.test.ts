import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detectSeparator, isOpenRecord, joinCsvLine, splitCsvLine } from "../../../../src/engine/structure/sirene/sireneCsv";

describe("SIRENE CSV lines", () => {
  it("reads INSEE's plain lines and quoted values", () => {
    expect(splitCsvLine("404833048,00014,40483304800014,O", ",")).toEqual(["404833048", "00014", "40483304800014", "O"]);
    expect(splitCsvLine('1,"ROUX, FILS ET ""CIE""",A', ",")).toEqual(["1", 'ROUX, FILS ET "CIE"', "A"]);
    expect(splitCsvLine(";;", ";")).toEqual(["", "", ""]);
  });

  it("tells the separator from the header line", () => {
    expect(detectSeparator("siren,nic,siret")).toBe(",");
    expect(detectSeparator("siren;nic;siret")).toBe(";");
    expect(detectSeparator("siren\tnic\tsiret")).toBe("\t");
  });

  it("knows when a record goes on past a line break inside quotes", () => {
    expect(isOpenRecord('1,"RUE DE')).toBe(true);
    expect(isOpenRecord('1,"RUE DE\nLA PAIX",2')).toBe(false);
  });

  it("splits back what it joined, for any cells and separator (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 8 }), fc.constantFrom(",", ";", "\t"), (cells, separator) => {
        expect(splitCsvLine(joinCsvLine(cells, separator), separator)).toEqual(cells);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on any text (property)", () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom(",", ";"), (line, separator) => void splitCsvLine(line, separator)));
  });
});
