import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../../../src/engine/report";
import { openWorkbookFile } from "../../../../src/hosts/workbook/node/openWorkbookFile";
import { runCli } from "../../../cli/cliHarness";
import { checkWrittenWorkbook } from "../../../support/xlsx/checkWrittenWorkbook";
import { cellAt, readXlsxXml, sheetNamed } from "../../../support/xlsx/readXlsxXml";

/**
 * An .xlsx holding values and looks only (pandas, openpyxl, a CRM export) is written back by
 * the streaming writer, as a CSV is: bounded memory at a million rows. Nothing may be lost on
 * the way: every user cell keeps its value, fill, border, number format (checkWrittenWorkbook,
 * against the reports), the header its bold font and borders, the other sheets their order,
 * text and visibility. A workbook with merges, rules, charts… still goes through ExcelJS.
 * Read back by the XML reader and by openpyxl.
 */
const FIXTURES = "tests/fixtures/workbooks";
const dir = mkdtempSync(join(tmpdir(), "tria-plain-xlsx-"));
const openpyxl = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0;

async function structure(file: string, name: string): Promise<{ report: Report; output: string }> {
  const output = join(dir, `${name}.xlsx`);
  const reportPath = join(dir, `${name}.json`);
  const run = await runCli(["structure", `${FIXTURES}/${file}`, "-o", output, "--report", reportPath]);
  expect(run.code, run.stderr).toBe(0);
  return { report: JSON.parse(readFileSync(reportPath, "utf8")) as Report, output };
}

describe("a plain .xlsx is written back streamed, losing nothing", () => {
  it("takes the streamed path for values-and-looks workbooks only", async () => {
    for (const file of ["pandas-named-sheet.xlsx", "readme-first.xlsx", "hidden-first-sheet.xlsx", "headerless.xlsx", "customers-and-results.xlsx"])
      expect((await openWorkbookFile(`${FIXTURES}/${file}`)).streamsOutput, file).toBe(true);
    for (const file of ["openpyxl-features.xlsx", "openpyxl-comments.xlsx", "merged-note-row.xlsx", "libreoffice-table.xlsx", "headerless-features.xlsx"])
      expect((await openWorkbookFile(`${FIXTURES}/${file}`)).streamsOutput, file).toBe(false);
  });

  it("pandas' workbook: every user cell as the report says, the header's look and the dates' format kept", async () => {
    const { report, output } = await structure("pandas-named-sheet.xlsx", "pandas");
    const original = await readXlsxXml(readFileSync(`${FIXTURES}/pandas-named-sheet.xlsx`));
    const written = await readXlsxXml(readFileSync(output));
    const check = checkWrittenWorkbook({ original: sheetNamed(original, "Clients"), written, sheet: "Clients", reports: [report] });
    expect(check.sourceCells).toBeGreaterThan(40);
    expect(check.mismatchedCells, JSON.stringify(check.mismatches.slice(0, 5))).toBe(0);
    // pandas draws its header with thin borders: still there on the user's header cells.
    const clients = sheetNamed(written, "Clients");
    expect(cellAt(clients, 1, 1).border).toBe(cellAt(sheetNamed(original, "Clients"), 1, 1).border);
    expect(cellAt(clients, 1, 1).border).not.toBeNull();
    if (openpyxl) {
      const script = [
        "import json, sys, openpyxl",
        "ws = openpyxl.load_workbook(sys.argv[1])['Clients']",
        "dates = [c for c in ws[2] if c.is_date]",
        "print(json.dumps([ws['A1'].font.b, ws['A1'].alignment.horizontal, dates[0].number_format if dates else None, dates[0].value.isoformat() if dates else None]))",
      ].join("\n");
      const [bold, alignment, format, day] = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, output], { encoding: "utf8" })) as unknown[];
      expect([bold, alignment, format, day]).toEqual([true, "center", "YYYY-MM-DD HH:MM:SS", "2025-07-26T00:00:00"]);
    }
  }, 60_000);

  it("a read-me sheet first, a hidden settings sheet: order, text and visibility kept; the customer sheet is the active one", async () => {
    const readme = await structure("readme-first.xlsx", "readme");
    const book = await readXlsxXml(readFileSync(readme.output));
    const original = await readXlsxXml(readFileSync(`${FIXTURES}/readme-first.xlsx`));
    expect(book.sheets.slice(0, original.sheets.length).map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
    const first = original.sheets[0]!;
    expect(sheetNamed(book, first.name).cells).toEqual(first.cells);
    const workbookXml = execFileSync("unzip", ["-p", readme.output, "xl/workbook.xml"], { encoding: "utf8" });
    expect(workbookXml).toContain(`activeTab="${original.sheets.findIndex((s) => s.name === readme.report.sheet)}"`);

    const hidden = await structure("hidden-first-sheet.xlsx", "hidden");
    const written = await readXlsxXml(readFileSync(hidden.output));
    expect(hidden.report.sheet).toBe("Clients");
    expect(sheetNamed(written, "Paramètres").state).toBe("hidden");
    expect(cellAt(sheetNamed(written, "Paramètres"), 1, 2).value).toBe(0.2);
    // A second run on the output reads the same sheet and updates its own columns.
    const again = await runCli(["structure", hidden.output, "-o", join(dir, "hidden-again.xlsx"), "--report", join(dir, "again.json")]);
    expect(again.code, again.stderr).toBe(0);
    const rerun = await readXlsxXml(readFileSync(join(dir, "hidden-again.xlsx")));
    expect(sheetNamed(rerun, "Clients").lastColumn).toBe(sheetNamed(written, "Clients").lastColumn);
  }, 60_000);
});
