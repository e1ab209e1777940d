import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCliRun } from "../../../support/xlsx/checkCliRun";
import { readXlsxXml, sheetNamed, cellAt } from "../../../support/xlsx/readXlsxXml";
import { runCli } from "../../../cli/cliHarness";
import { openWorkbookFile } from "../../../../src/hosts/workbook/node/openWorkbookFile";

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
  });

  it("tria run (structure then score): both reports hold on the one written sheet, with the score's sheets", async () => {
    const result = await checkCliRun("run", "samples/clients-demo.csv", join(dir, "r.xlsx"), join(dir, "r.json"));
    expect(result.mismatches.slice(0, 5)).toEqual([]);
    expect(result.mismatchedCells).toBe(0);
    const book = await readXlsxXml(readFileSync(join(dir, "r.xlsx")));
    expect(book.sheets.length).toBeGreaterThan(3);
  });

  it("Tria reads its own streamed output again and a rerun updates its columns instead of adding new ones", async () => {
    const first = join(dir, "s.xlsx");
    await runCli(["structure", "samples/clients-demo.csv", "-o", first, "--report", join(dir, "s1.json")]);
    const host = await openWorkbookFile(first);
    const sheet = await host.readSheet();
    expect(sheet.name).toBe("clients-demo");
    expect(sheet.rows.length).toBe(501);
    const again = await checkCliRun("structure", first, join(dir, "s2.xlsx"), join(dir, "s2.json"), [], "samples/clients-demo.csv");
    expect(again.code).toBe(0);
    expect(again.mismatchedCells).toBe(0);
    const written = sheetNamed(await readXlsxXml(readFileSync(join(dir, "s2.xlsx"))), "clients-demo");
    const firstBook = sheetNamed(await readXlsxXml(readFileSync(first)), "clients-demo");
    expect(written.lastColumn).toBe(firstBook.lastColumn);
  });
});
