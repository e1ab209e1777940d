/**
 * The web page's preview of a CSV's output is made from the streamed grid (gridPreview.ts), not
 * read back from the workbook: it must say exactly what readResultGrid reads back from the bytes
 * the user downloads (ExcelJS, a second reader), on the demo files, after one job and after two,
 * and on random CSVs (numbers, dates, amounts, blanks, spaces, an empty last column).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { WorkbookHost } from "../../src/hosts/workbook/workbookHost";
import { readResultGrid } from "../../src/hosts/workbook/resultGrid";
import { createJobRunner } from "../../src/app/jobRunner";
import { runJob } from "../../src/app/runJob";
import type { JobKind } from "../../src/app/jobProtocol";
import type { Lang } from "../../src/engine/i18n/lang";
import { WebSession } from "../../src/worker/webSession";
import { customerRecords, CUSTOMER_COLUMN_FORMATS, CUSTOMER_HEADER } from "../../src/tools/samples/customers";
import { toExcelCsv } from "../../src/tools/samples/csv";
import { encodeCp1252 } from "../../src/tools/samples/cp1252";
import { DEMO_XLSX } from "../app/demoSheet";

const ROOT = new URL("../../", import.meta.url);
const csv = (name: string) => new Uint8Array(readFileSync(new URL(`samples/${name}`, ROOT)));

/** Runs the jobs on a streamed host, then gives both previews: from the grid, and read back from the output. */
async function bothPreviews(bytes: Uint8Array, fileName: string, jobs: readonly JobKind[], lang: Lang, rows = 200) {
  const host = await WorkbookHost.fromBytes(bytes, fileName, undefined, { streamedOutput: true });
  const runner = createJobRunner(null);
  let report = null;
  for (const job of jobs) report = (await runJob(host, runner, job, { lang })).report;
  const { sheet, headerRow } = report!;
  const fromGrid = host.previewGrid(sheet, headerRow, rows, lang);
  const readBack = await readResultGrid(await host.outputBytes(), sheet, headerRow, rows, lang);
  return { fromGrid, readBack };
}

describe("the preview made from the streamed grid (web page, issue 11)", () => {
  it.each([
    ["clients-demo.csv", ["structure"], "fr", true],
    ["clients-demo.csv", ["structure", "score"], "en", true],
    ["commandes-demo.csv", ["score"], "fr", true],
  ] as const)(
    "%s after %j (%s): the same cells as read back from the workbook",
    async (name, jobs, lang, flagged) => {
      const { fromGrid, readBack } = await bothPreviews(csv(name), name, jobs, lang);
      expect(fromGrid).not.toBeNull();
      expect(readBack.rows.length).toBeGreaterThan(100);
      expect(readBack.rows.some((row) => row.cells.some((cell) => cell.fill || cell.border))).toBe(flagged);
      expect(fromGrid).toEqual(readBack);
    },
    120_000,
  );

  it("varied customers as Excel writes a French CSV: the same cells", async () => {
    const cells = Array.from(customerRecords(400, 7, { keepTraits: false, varied: true }), (record) => record.cells);
    const bytes = new Uint8Array(encodeCp1252(toExcelCsv([CUSTOMER_HEADER, ...cells], CUSTOMER_COLUMN_FORMATS)));
    const { fromGrid, readBack } = await bothPreviews(bytes, "clients.csv", ["structure"], "fr", 150);
    expect(readBack.rows.some((row) => row.cells.some((cell) => cell.note))).toBe(true);
    expect(fromGrid).toEqual(readBack);
  }, 120_000);

  it("random CSVs (numbers, dates, amounts, blanks, spaces, an empty last column): the same cells", async () => {
    const cell = fc.oneof(
      fc.constantFrom("", " ", "VRAI", "#N/A", "=1+1", "0612345678", "12/03/2024", "1 234,50 €", "3,14", "-7", "Paris", "a@b.fr", " lead", "x\ny"),
      fc.string({ maxLength: 12 }).map((text) => text.replace(/[;"\r\n]/g, "")),
      fc.integer({ min: -1e6, max: 1e6 }).map(String),
    );
    const header = ["Nom", "E-mail", "Tél.", "Date", "Montant", "Ville"];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 30 }), fc.boolean(), async (rows, emptyLast) => {
        const lines = [header, ...rows].map((row) => (emptyLast ? [...row, ""] : row).join(";"));
        const bytes = new TextEncoder().encode(lines.join("\r\n") + "\r\n");
        const { fromGrid, readBack } = await bothPreviews(bytes, "random.csv", ["structure"], "fr", 20);
        expect(fromGrid).toEqual(readBack);
      }),
      { numRuns: 25, seed: 11 },
    );
  }, 300_000);

  it("a workbook's output (no streamed grid) is still read back from its bytes", async () => {
    const session = await WebSession.open(new Uint8Array(readFileSync(DEMO_XLSX)), "clients-demo.xlsx");
    const { report } = await runJob(session.host, createJobRunner(null), "structure", { lang: "fr" });
    const preview = await session.previewGrid(report.sheet, report.headerRow, 50, "fr");
    expect(preview).toEqual(await readResultGrid(await session.outputBytes(), report.sheet, report.headerRow, 50, "fr"));
    expect(preview.rows.length).toBe(50);
  }, 120_000);
});
