import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { guessDelimiter, readCsv } from "../../../src/hosts/workbook/readCsv";
import { CsvRowStream } from "../../../src/hosts/workbook/csvRowStream";
import { encodeWindows1252ForTest } from "./cp1252";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readCsv", () => {
  it("reads a CSV saved by French Excel: Windows-1252, ';', CRLF, decimal comma kept as typed", () => {
    const text = 'Civilité;Nom;Adresse;Panier moyen\r\nMme;Hélène Dupré;"12 rue de l\'Église\r\nBât. B";1 234,50 €\r\nM.;Jean Œuvray;;#N/A\r\n';
    const { sheet, delimiter, encoding } = readCsv(encodeWindows1252ForTest(text), "clients");
    expect(delimiter).toBe(";");
    expect(encoding).toBe("windows-1252");
    expect(sheet.name).toBe("clients");
    expect(sheet.rows).toEqual([
      ["Civilité", "Nom", "Adresse", "Panier moyen"],
      ["Mme", "Hélène Dupré", "12 rue de l'Église\r\nBât. B", "1 234,50 €"],
      ["M.", "Jean Œuvray", null, { error: "#N/A" }],
    ]);
  });

  it("finds the delimiter: comma, tab, pipe, and ';' below a title line holding commas", () => {
    expect(guessDelimiter("a,b,c\n1,2,3\n4,5,6\n")).toBe(",");
    expect(guessDelimiter("a\tb\tc\n1\t2\t3\n")).toBe("\t");
    expect(guessDelimiter("a|b|c\n1|2|3\n")).toBe("|");
    expect(guessDelimiter("Export du 12/03/2024, clients, v2\nNom;Tél;Ville;CP\nA;1;Paris;75001\nB;2;Lyon;69001\n")).toBe(";");
    expect(guessDelimiter('Nom;Montant\n"Dupont, Jean";"1,5"\n"Martin, Paul";"2,5"\n')).toBe(";");
  });

  it("keeps every field of any table, whatever the delimiter and quoting", () => {
    const field = fc.oneof(
      fc.constantFrom("", "Dupont, Jean", 'Le "Bon" Coiffure', "12 rue\nde la Paix", "06 12 34 56 78", "1 234,50 €"),
      fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== "" && !/[\r\n"]/.test(s)),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(";", ",", "\t"),
        fc.integer({ min: 2, max: 6 }).chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 2, maxLength: 8 })),
        (delimiter, body) => {
          const header = body[0]!.map((_, i) => `Col${i}`);
          const rows = [header, ...body];
          const quote = (f: string) => (/[;,\t"\r\n|]/.test(f) || f.trim() !== f ? `"${f.replace(/"/g, '""')}"` : f);
          const text = rows.map((r) => r.map(quote).join(delimiter)).join("\r\n") + "\r\n";
          const { sheet } = readCsv(utf8(text), "t");
          const expected = rows.map((r) => r.map((f) => (f.trim() === "" ? null : f)));
          while (expected.length > 0 && expected[expected.length - 1]!.every((c) => c === null)) expected.pop();
          expect(sheet.rows).toEqual(expected);
          // Held column-wise (the CLI): the same rows through the view.
          expect([...readCsv(utf8(text), "t", undefined, "t", true).sheet.rows]).toEqual(expected);
        },
      ),
    );
  });

  it("reads ragged lines, lines of another delimiter and blank lines at the end the same held column-wise", () => {
    const line = fc.oneof(
      fc.array(fc.constantFrom("a", "", " ", "Jean", "#N/A", "75001"), { minLength: 1, maxLength: 5 }).map((fields) => fields.join(";")),
      fc.constantFrom("C003,Paul VINCENT,x", "C004|Marie|y", "", ";;", "solo"),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom("\n", "\r\n"), (lines, newline) => {
        const bytes = utf8(["Id;Nom;Ville", ...lines].join(newline) + newline);
        const arrays = readCsv(bytes, "t");
        const held = readCsv(bytes, "t", undefined, "t", true);
        expect([...held.sheet.rows]).toEqual(arrays.sheet.rows);
        expect(held.otherDelimiterRows).toEqual(arrays.otherDelimiterRows);
      }),
    );
  });

  // Windows-1252 is read one byte a character and € ’ œ put right row by row (decodeText's
  // windows1252AsLatin1): every field must come out as typed, in rows with and without them.
  it("reads Windows-1252 fields with € ’ œ … anywhere, in quoted and plain fields, and rows without any", () => {
    const field = fc.oneof(
      fc.constantFrom("", "1 234,50 €", "Cœur d’Alène", "« Œuvre » — l’été…", '"Le ‘Bon’", dit-il', "Société; S.A.", "12 rue\r\nBât. € B"),
      fc.array(fc.constantFrom(..."aZ 09éèàçôŒœ€’‚„…†‡‰Š‹Žž“”•–—˜™š›Ÿ°«»".split("")), { minLength: 1, maxLength: 12 }).map((c) => c.join("")),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 })),
        (body) => {
          const rows = [body[0]!.map((_, i) => `Société ${i}`), ...body];
          const quote = (f: string) => (/[;"\r\n]/.test(f) || f.trim() !== f ? `"${f.replace(/"/g, '""')}"` : f);
          const text = rows.map((r) => r.map(quote).join(";")).join("\r\n") + "\r\n";
          const { sheet, encoding } = readCsv(encodeWindows1252ForTest(text), "t");
          expect(encoding).toBe("windows-1252");
          const expected = rows.map((r) => r.map((f) => (f.trim() === "" ? null : f)));
          while (expected.length > 0 && expected[expected.length - 1]!.every((c) => c === null)) expected.pop();
          expect(sheet.rows).toEqual(expected);
          const streamed: unknown[] = [];
          new CsvRowStream(encodeWindows1252ForTest(text), "t").forEachRow((cells) => streamed.push([...cells]));
          expect(streamed.slice(0, expected.length)).toEqual(expected);
        },
      ),
    );
  });

  it("reports its progress through a long file, ending at the whole text", () => {
    const line = "Dupont;12 rue de la Paix 75002 Paris;06 12 34 56 78\n";
    const text = `Nom;Adresse;Tél.\n${line.repeat(200_000)}`;
    const seen: number[] = [];
    const { sheet } = readCsv(utf8(text), "big", ({ done, total }) => {
      expect(total).toBe(text.length);
      seen.push(done);
    });
    expect(sheet.rows).toHaveLength(200_001);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toBe(text.length);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
