import { describe, expect, it } from "vitest";
import fc from "fast-check";
import Papa from "papaparse";
import { parseCsvText } from "../../../src/hosts/workbook/parseCsvText";

function rowsOf(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  parseCsvText(text, delimiter, (fields) => rows.push(fields));
  return rows;
}

function papaRows(text: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;
}

/** A field as spreadsheet programs write it: plain, or quoted with doubled quotes when it must be. */
const field = fc.oneof(
  fc.stringMatching(/^[a-zé0-9 ,;.€-]{0,6}$/),
  fc.stringMatching(/^[a-z;"\r\n ]{0,6}$/).map((s) => `"${s.replace(/"/g, '""')}"`),
);

describe("parseCsvText", () => {
  it("reads quoted fields with delimiters, line breaks and doubled quotes", () => {
    const text = 'Nom;Adresse\r\n"Dupont; Jean";"12 rue\r\nBât. ""B"""\r\n;\r\n\r\nx';
    expect(rowsOf(text, ";")).toEqual([["Nom", "Adresse"], ["Dupont; Jean", '12 rue\r\nBât. "B"'], ["", ""], [""], ["x"]]);
  });

  it("reads any well-formed CSV as Papa Parse does (same rows, same fields)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(";", ",", "\t", "|"),
        fc.constantFrom("\r\n", "\n", "\r"),
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (delimiter, newline, rows, finalBreak) => {
          const body = rows.map((row) => row.map((f) => (f.startsWith('"') ? f : f.split(delimiter).join(""))).join(delimiter)).join(newline);
          const text = finalBreak ? body + newline : body;
          expect(rowsOf(text, delimiter)).toEqual(papaRows(text, delimiter));
        },
      ),
    );
  });
});
