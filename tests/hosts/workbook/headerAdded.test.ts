import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../../src/engine/report";
import { readCsv } from "../../../src/hosts/workbook/readCsv";
import { runCli } from "../../cli/cliHarness";
import { checkWrittenWorkbook } from "../../support/xlsx/checkWrittenWorkbook";
import { cellAt, readXlsxXml, sheetNamed, type XSheet } from "../../support/xlsx/readXlsxXml";
import { sheetFromRows } from "../../support/xlsx/sheetFromRows";

/**
 * A file that starts with data (no header row) is written with a header row added above it:
 * row 1 names the columns (« Colonne A »… then Tria's headers), every line of the file is a
 * data row (line n is row n + 1), and the report says so (headerRow 1, headerAdded). Written,
 * then read back by the XML reader (and openpyxl when installed) and compared with the report.
 */
const CDNOW = "/work/shared/data/cdnow/CDNOW_sample.txt";
const FIXTURES = "tests/fixtures/workbooks";
const dir = mkdtempSync(join(tmpdir(), "tria-header-added-"));
const openpyxl = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0;

async function run(job: string, file: string, name: string, extra: readonly string[] = []): Promise<{ report: Report; sheet: XSheet; output: string }> {
  const output = join(dir, `${name}.xlsx`);
  const reportPath = join(dir, `${name}.json`);
  const result = await runCli([job, file, "-o", output, "--report", reportPath, ...extra]);
  expect(result.code, result.stderr).toBe(0);
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as Report;
  return { report, sheet: sheetNamed(await readXlsxXml(readFileSync(output)), report.sheet), output };
}

function rowValues(sheet: XSheet, row: number, from: number, to: number): unknown[] {
  return Array.from({ length: to - from + 1 }, (_, i) => cellAt(sheet, row, from + i).value);
}

describe("a file without header row gets one in the written workbook", () => {
  it.skipIf(!existsSync(CDNOW))(
    "tria score CDNOW_sample.txt --on-orders: row 1 holds the names, every order is a data row with its customer's scores; a rerun reads them",
    async () => {
      const { report, sheet, output } = await run("score", CDNOW, "cdnow", ["--on-orders"]);
      expect(report.headerRow).toBe(1);
      expect(report.headerAdded).toBe(true);
      const lines = readCsv(readFileSync(CDNOW), "cdnow").sheet.rows;
      expect(sheet.lastRow).toBe(lines.length + 1);
      const headers = rowValues(sheet, 1, 1, sheet.lastColumn);
      expect(headers.slice(0, 5)).toEqual(report.columns.map((column) => column.header));
      expect(headers.slice(5, 8)).toEqual(["R", "F", "M"]);
      const byCustomer = new Map(report.scores.map((score) => [score.customer, score]));
      for (let line = 0; line < lines.length; line++) {
        const row = line + 2;
        expect(rowValues(sheet, row, 1, 5)).toEqual(lines[line]);
        const score = byCustomer.get(String(lines[line]![0]))!;
        expect(rowValues(sheet, row, 6, 8), `row ${row}`).toEqual([score.r, score.f, score.m]);
        expect(cellAt(sheet, row, 9).value).toBe(score.code);
      }
      if (openpyxl) {
        const script =
          "import json,sys,openpyxl\nws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]\nprint(json.dumps([list(r) for r in ws.iter_rows(max_row=2,values_only=True)]+[ws.max_row,ws.freeze_panes]))";
        const [first, second, rows, freeze] = JSON.parse(spawnSync("/usr/bin/python3", ["-c", script, output], { encoding: "utf8" }).stdout) as [
          unknown[],
          unknown[],
          number,
          string,
        ];
        expect(first.slice(0, 6)).toEqual(["Colonne A", "Colonne B", "Colonne C", "Colonne D", "Colonne E", "R"]);
        expect(second.slice(0, 5)).toEqual(lines[0]);
        expect([rows, freeze]).toEqual([lines.length + 1, "A2"]);
      }
      // A second run on that output reads the names as the header and scores the same customers.
      const again = await run("score", output, "cdnow-again", ["--on-orders"]);
      expect([again.report.headerRow, again.report.headerAdded]).toEqual([1, undefined]);
      expect(again.report.scores).toEqual(report.scores);
      expect(again.sheet.lastColumn).toBe(sheet.lastColumn);
    },
    120_000,
  );

  for (const file of ["headerless.csv", "headerless.xlsx"]) {
    it(`tria structure ${file}: every cell where the report says, the names on the added row 1`, async () => {
      const { report, sheet } = await run("structure", `${FIXTURES}/${file}`, file.replace(".", "-"));
      expect([report.headerRow, report.headerAdded, report.counts.rows]).toEqual([1, true, 6]);
      expect(report.columns[0]!.header).toBe("Colonne A");
      // The user's sheet as read; the check puts it one row lower itself (report.headerAdded).
      const original = file.endsWith(".csv")
        ? sheetFromRows(report.sheet, readCsv(readFileSync(`${FIXTURES}/${file}`), report.sheet).sheet.rows)
        : sheetNamed(await readXlsxXml(readFileSync(`${FIXTURES}/${file}`)), report.sheet);
      const written = await readXlsxXml(readFileSync(join(dir, `${file.replace(".", "-")}.xlsx`)));
      const check = checkWrittenWorkbook({ original, written, sheet: report.sheet, reports: [report] });
      expect(check.mismatchedCells, JSON.stringify(check.mismatches.slice(0, 5))).toBe(0);
      // Only row 1 differs from the (empty) original: it holds the names.
      expect(check.mismatches.every((m) => /^[A-Z]+1$/.test(m.cell) && m.part === "value")).toBe(true);
      expect(rowValues(sheet, 1, 1, 2)).toEqual(["Colonne A", "Colonne B"]);
      expect(cellAt(sheet, 2, 1).value).toBe("C001");
      expect(report.flags.every((flag) => flag.row >= 2 && flag.row <= 7)).toBe(true);
    }, 60_000);
  }
});
