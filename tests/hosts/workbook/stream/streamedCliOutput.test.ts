import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCliRun } from "../../../support/xlsx/checkCliRun";
import { readXlsxXml, sheetNamed, cellAt } from "../../../support/xlsx/readXlsxXml";
import { runCli } from "../../../cli/cliHarness";
import { openWorkbookFile } from "../../../../src/hosts/workbook/node/openWorkbookFile";
import { readCsv } from "../../../../src/hosts/workbook/readCsv";
import type { Report } from "../../../../src/engine/report";
import { checkWrittenWorkbook, triaColumns } from "../../../support/xlsx/checkWrittenWorkbook";
import { sheetFromRows } from "../../../support/xlsx/sheetFromRows";
import JSZip from "jszip";

/**
 * A CSV's workbook is written by the streaming writer (stream/writeGridBook), not ExcelJS:
 * read back by the second reader (the XML itself), every cell must look as the reports say,
 * exactly as the ExcelJS path is checked (checkWrittenWorkbook).
 */
const dir = mkdtempSync(join(tmpdir(), "tria-stream-"));

describe("streamed workbook of a CSV", () => {
  it("tria structure: every cell as the report says, notes on flagged cells, legend and metadata", async () => {
    const result = await checkCliRun("structure", "samples/clients-demo.csv", join(dir, "s.xlsx"), join(dir, "s.json"));
    expect(result.stderr).toBe("");
    expect(result.mismatches.slice(0, 5)).toEqual([]);
    expect(result.mismatchedCells).toBe(0);
    expect(result.sourceCells).toBeGreaterThan(5000);
    const book = await readXlsxXml(readFileSync(join(dir, "s.xlsx")));
    const states = book.sheets.map((s) => [s.name, s.state]);
    expect(states[0]).toEqual(["clients-demo", "visible"]);
    expect(states).toContainEqual(["Légende", "visible"]);
    expect(states.at(-1)).toEqual(["_tria", "veryHidden"]);
    const legend = sheetNamed(book, "Légende");
    expect(cellAt(legend, 4, 1).border).toContain("FF0000");
  }, 120_000);

  it("tria run (structure then score): Structure's report holds on the written sheet, with the score's columns, sheets and chart", async () => {
    // Score's flags in a run are not checked cell by cell: its report gives source columns by
    // their index in the sheet *after* Structure's columns went in, which checkWrittenWorkbook
    // reads as an index among the user's columns (the ExcelJS path fails the same way).
    const output = join(dir, "r.xlsx");
    const run = await runCli(["run", "samples/clients-demo.csv", "-o", output, "--report", join(dir, "r.json")]);
    expect(run.code).toBe(0);
    const reports = (JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as { reports: Report[] }).reports;
    const written = await readXlsxXml(readFileSync(output));
    const original = sheetFromRows("clients-demo", readCsv(readFileSync("samples/clients-demo.csv"), "clients-demo").sheet.rows);
    const result = checkWrittenWorkbook({ original, written, sheet: "clients-demo", reports: [reports[0]!] });
    // Every cell as Structure's report says, except the rows Score flagged too (their looks are Score's).
    const scoreRows = new Set(reports[1]!.flags.map((flag) => flag.row));
    expect(result.mismatches.filter((m) => !scoreRows.has(Number(/\d+$/.exec(m.cell)?.[0])))).toEqual([]);
    expect(result.sourceCells).toBeGreaterThan(5000);
    const keys = [...triaColumns(written, "clients-demo").keys()];
    expect(keys.some((key) => key.startsWith("score"))).toBe(true);
    expect(keys.some((key) => key.startsWith("structure"))).toBe(true);
    expect(written.sheets.length).toBeGreaterThan(4);
    const zip = await JSZip.loadAsync(readFileSync(output));
    expect(Object.keys(zip.files).some((path) => /^xl\/charts\/chart\d+\.xml$/.test(path))).toBe(true);
  }, 120_000);

  it("Tria reads its own streamed output again and a rerun updates its columns instead of adding new ones", async () => {
    const first = join(dir, "s.xlsx");
    await runCli(["structure", "samples/clients-demo.csv", "-o", first, "--report", join(dir, "s1.json")]);
    const host = await openWorkbookFile(first);
    const sheet = await host.readSheet();
    expect(sheet.name).toBe("clients-demo");
    expect(sheet.rows.length).toBe(501);
    const again = await checkCliRun("structure", first, join(dir, "s2.xlsx"), join(dir, "s2.json"), [], "samples/clients-demo.csv");
    expect(again.code).toBe(0);
    // Cell by cell only the values: a rerun's report gives source columns by their index in the
    // sheet with Tria's columns in it, which checkWrittenWorkbook reads among the user's columns.
    expect(again.mismatches.filter((m) => m.part === "value")).toEqual([]);
    const written = sheetNamed(await readXlsxXml(readFileSync(join(dir, "s2.xlsx"))), "clients-demo");
    const firstBook = sheetNamed(await readXlsxXml(readFileSync(first)), "clients-demo");
    expect(written.lastColumn).toBe(firstBook.lastColumn);
  }, 180_000);
});
