import { afterEach, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { rfm, rfmTable, segment } from "../../src/functions/functions";
import { InvalidValueError } from "../../src/app/functionError";
import { openWorkbookFile } from "../../src/hosts/workbook/node/openWorkbookFile";
import { readTable } from "../../src/app/readTable";
import { inspectTable } from "../../src/engine/inspect";
import { scoreTable } from "../../src/engine/scoring/scoreTable";
import type { ReportScore } from "../../src/engine/report";
import type { CellValue } from "../../src/engine/table/cellValue";

type Range = (string | number | boolean | null)[][];
const globals = globalThis as { Office?: unknown };
afterEach(() => delete globals.Office);

/** Excel hands a column range as rows of one cell; a date comes as a serial or as typed text. */
const asRange = (cells: readonly CellValue[]): Range =>
  cells.map((c) => [c instanceof Date ? c.getTime() / 86_400_000 + 25_569 : c === null ? "" : (c as string | number)]);

describe("CRM.SEGMENT", () => {
  it("names the segment of the R × F map in Excel's language", () => {
    expect(segment(5, 5)).toBe("Champions");
    expect(segment(1, 5)).toBe("À ne pas perdre");
    globals.Office = { context: { displayLanguage: "en-GB" } };
    expect(segment(3, 3)).toBe("Need Attention");
  });

  it("gives #VALUE! with a message for scores outside 1–5", () => {
    expect(() => segment(0, 3)).toThrow(InvalidValueError);
    expect(() => segment(2.5, 3)).toThrow(/notes entières de 1 à 5/);
    fc.assert(
      fc.property(fc.double(), fc.double(), (r, f) => {
        try {
          expect(typeof segment(r, f)).toBe("string");
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidValueError);
        }
      }),
    );
  });

  it("is fast: 10,000 calls well under a second", () => {
    const start = performance.now();
    for (let i = 0; i < 10_000; i++) segment(1 + (i % 5), 1 + ((i * 7) % 5));
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("CRM.RFM and CRM.RFMTABLE give the job's values", () => {
  let dates: Range = [];
  let frequencies: Range = [];
  let amounts: Range = [];
  let job: readonly ReportScore[] = [];

  beforeAll(async () => {
    const host = await openWorkbookFile("samples/clients-demo.xlsx");
    const table = await readTable(host, { lang: "fr" });
    const columns = inspectTable(table, "fr");
    job = scoreTable(table, columns, {}, "fr").plan.extras.scores!;
    const cellsOf = (role: string) => table.rows.map((row) => row.cells[columns.find((c) => c.role === role)!.index] ?? null);
    dates = asRange(cellsOf("lastPurchaseDate"));
    frequencies = asRange(cellsOf("purchasesPerYear"));
    amounts = asRange(cellsOf("averageBasket"));
  });

  it("RFMTABLE spills R, F, M, code and segment equal to `tria score` for every customer", () => {
    const table = rfmTable(dates, frequencies, amounts);
    expect(table).toHaveLength(500);
    let scored = 0;
    table.forEach((row, i) => {
      const s = job[i]!;
      if (s.code === null) return expect(row).toEqual(["", "", "", "", ""]);
      scored++;
      expect(row.slice(0, 4)).toEqual([s.r, s.f, s.m, s.code]);
    });
    expect(scored).toBeGreaterThan(400);
  });

  // Speed is the bench's to measure (a timed assertion fails on a loaded machine, not on slow code).
  it("RFM gives each customer the job's code, over 10,000 calls", () => {
    let calls = 0;
    while (calls < 10_000) {
      for (let i = 0; i < dates.length && calls < 10_000; i++, calls++) {
        const s = job[i]!;
        if (s.code === null) continue;
        expect(rfm(dates[i]![0] as number, frequencies[i]![0] as number, amounts[i]![0] as number, dates, frequencies, amounts)).toBe(s.code);
      }
    }
  });

  it("RFM gives #VALUE! for a customer without date, RFMTABLE for ranges of different sizes", () => {
    expect(() => rfm("", 3, 100, dates, frequencies, amounts)).toThrow(/Date, fréquence ou montant manquant/);
    expect(() => rfmTable(dates, frequencies.slice(1), amounts)).toThrow(/même nombre de lignes/);
  });
});
