import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { guessDelimiter, readCsv, SPACES } from "../../../src/hosts/workbook/readCsv";
import { parseDate } from "../../../src/engine/table/parseDate";
import { WorkbookHost } from "../../../src/hosts/workbook/workbookHost";
import { openWorkbookFile } from "../../../src/hosts/workbook/node/openWorkbookFile";
import { runInspect } from "../../../src/app/runInspect";
import { runScore } from "../../../src/app/runScore";
import { CsvRowStream } from "../../../src/hosts/workbook/csvRowStream";
import { predictCsv } from "../../../src/cli/predictCsv";

/**
 * Headerless text aligned with spaces, as CDNOW_master.txt and many statistics exports are:
 * read as columns named « Colonne A… », and, being a purchase list (customer, date, amount),
 * scored. CDNOW_sample.txt (../shared/data) holds 2,357 customers (Fader, Hardie & Lee 2005).
 */
const CDNOW = "/work/shared/data/cdnow/CDNOW_sample.txt";
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("space-aligned text files", () => {
  it("splits lines on runs of spaces when no delimiter splits them", () => {
    const text = " 00004 0001 19970101  2   29.33\n 00004 0001 19970118  2   29.73\n 00021 0002 19970101  1   11.77\n";
    expect(guessDelimiter(text)).toBe(SPACES);
    expect(readCsv(utf8(text), "achats").sheet.rows[2]).toEqual(["00021", "0002", "19970101", "1", "11.77"]);
  });

  it("streams the same rows as readCsv reads (tria predict on a .txt): runs of spaces, blank lines skipped", () => {
    const line = fc
      .array(fc.stringMatching(/^[0-9]{1,8}(\.[0-9]{2})?$/), { minLength: 3, maxLength: 6 })
      .chain((fields) => fc.tuple(fc.constant(fields), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: fields.length, maxLength: fields.length })));
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 12 }), fc.constantFrom("\n", "\r\n"), (lines, newline) => {
        const width = lines[0]![0].length;
        const rows = lines.filter(([fields]) => fields.length === width);
        const text = rows.map(([fields, gaps]) => fields.map((f, i) => " ".repeat(gaps[i]!) + f).join("")).join(newline) + newline + newline;
        const read = readCsv(utf8(text), "t");
        if (read.delimiter !== SPACES) return true;
        const streamed: unknown[][] = [];
        new CsvRowStream(utf8(text), "t").forEachRow((cells) => streamed.push([...cells]));
        expect(streamed).toEqual(read.sheet.rows);
        return true;
      }),
    );
  });

  it("does not split a list of names, nor a ';' file with spaces in its fields (property)", () => {
    expect(guessDelimiter("Jean Dupont\nMarie Martin\nPaul Vincent\n")).not.toBe(SPACES);
    const word = fc.stringMatching(/^[A-Za-zé]{1,8}$/);
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 2, maxLength: 4 }), { minLength: 2, maxLength: 10 }), (rows) => {
        const text = rows.map((row) => row.join(" ")).join("\n");
        return guessDelimiter(text) !== SPACES;
      }),
    );
  });

  it("reads 19970101 as a date (ISO 8601 basic form), not 19971301 or 12345678", () => {
    expect(parseDate("19970101")).toEqual(new Date(Date.UTC(1997, 0, 1)));
    expect(parseDate("19971301")).toBeNull();
    expect(parseDate("12345678")).toBeNull();
  });

  it.skipIf(!existsSync(CDNOW))(
    "scores CDNOW_sample.txt: 2,357 customers from its 6,919 purchases",
    async () => {
      const inspected = await runInspect(await openWorkbookFile(CDNOW), { lang: "fr" });
      // No header row in the file: Tria adds one (headerAdded.test.ts), its line 1 is row 2.
      expect([inspected.report.headerRow, inspected.report.headerAdded]).toEqual([1, true]);
      expect(inspected.report.columns.map((c) => `${c.header}:${c.role}`)).toEqual([
        "Colonne A:customerId",
        "Colonne B:other",
        "Colonne C:orderDate",
        "Colonne D:other",
        "Colonne E:amount",
      ]);
      const scored = await runScore(await WorkbookHost.fromBytes(new Uint8Array(readFileSync(CDNOW)), "CDNOW_sample.txt"), { lang: "en", apply: false });
      expect(scored.report.scores).toHaveLength(2357);
    },
    120_000,
  );

  it.skipIf(!existsSync(CDNOW))(
    "predicts on CDNOW_sample.txt as read: Gamma-Gamma on the 946 repeat customers, p = 6.25 (published)",
    () => {
      const { report } = predictCsv(new Uint8Array(readFileSync(CDNOW)), "CDNOW_sample", "CDNOW_sample.txt", {
        lang: "en",
        withSheets: false,
        calibrationEnd: new Date(Date.UTC(1997, 8, 30)),
      });
      expect(report.columns.find((c) => c.role === "amount")?.header).toBe("Column E");
      expect(report.counts.flags.incomplete ?? 0).toBe(0);
      const gammaGamma = report.predictions!.model.gammaGamma!;
      expect(gammaGamma.customers).toBe(946);
      expect(gammaGamma.p).toBeCloseTo(6.25, 1);
    },
    120_000,
  );
});
