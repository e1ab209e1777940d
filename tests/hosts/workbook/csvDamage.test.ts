import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Papa from "papaparse";
import { readFileSync } from "node:fs";
import { readCsv } from "../../../src/hosts/workbook/readCsv";
import { unclosedQuoteLine } from "../../../src/hosts/workbook/csvDamage";
import { WorkbookHost } from "../../../src/hosts/workbook/workbookHost";
import { TriaError } from "../../../src/engine/errors";

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/workbooks/${name}`));

describe("CSV files damaged or written by other tools", () => {
  it("reads UTF-16LE without a byte-order mark, header included", () => {
    const { sheet, encoding, delimiter } = readCsv(fixture("utf16le-no-bom.csv"), "clients");
    expect(encoding).toBe("utf-16le");
    expect(delimiter).toBe(";");
    expect(sheet.rows[0]).toEqual(["N° client", "Nom", "E-mail", "Date dernier achat", "Panier moyen"]);
    expect(sheet.rows).toHaveLength(4);
  });

  it("refuses a quote never closed, naming its line, in French and English", async () => {
    const error = await WorkbookHost.fromBytes(fixture("unbalanced-quote.csv"), "unbalanced-quote.csv").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TriaError);
    expect((error as TriaError).messageIn("fr")).toContain("unbalanced-quote.csv, ligne 3 : un guillemet");
    expect((error as TriaError).messageIn("en")).toContain("line 3: a quote");
  });

  it("re-reads rows written with another delimiter and says which", async () => {
    const { sheet, delimiter, otherDelimiterRows } = readCsv(fixture("mixed-delimiters.csv"), "clients");
    expect(delimiter).toBe(";");
    expect(otherDelimiterRows).toEqual([
      { row: 4, delimiter: "," },
      { row: 5, delimiter: "," },
    ]);
    expect(sheet.rows[3]).toEqual(["C003", "Paul VINCENT", "paul.vincent@icloud.com", "30/04/2024", "424.06"]);
  });

  it("finds no unclosed quote in any well-quoted file, and the line of one added at the end", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "b", ";", ",", '"', "\n", " ", "é"), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = Papa.unparse(rows, { delimiter: ";", newline: "\r\n", quotes: false });
        expect(unclosedQuoteLine(text, ";")).toBeNull();
        const lines = text.split("\n").length;
        expect(unclosedQuoteLine(`${text}\r\nx;"never closed;y`, ";")).toBe(lines + 1);
      }),
    );
  });
});
