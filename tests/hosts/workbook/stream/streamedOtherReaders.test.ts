import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../../../src/engine/report";
import { readCsv } from "../../../../src/hosts/workbook/readCsv";
import { runCli } from "../../../cli/cliHarness";

/**
 * The streamed workbook opened by other programs: LibreOffice Calc converts it back to CSV
 * (the user's values in place, Tria's columns beside them), openpyxl reads the frozen header,
 * the notes (comments part + VML, as Excel needs both) and the number of rows.
 */
const soffice = spawnSync("soffice", ["--version"]).status === 0;
const openpyxl = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0;
const dir = mkdtempSync(join(tmpdir(), "tria-stream-readers-"));
const output = join(dir, "demo.xlsx");
const reportPath = join(dir, "demo.json");

async function written(): Promise<Report> {
  const run = await runCli(["structure", "samples/clients-demo.csv", "-o", output, "--report", reportPath]);
  expect(run.code).toBe(0);
  return JSON.parse(readFileSync(reportPath, "utf8")) as Report;
}

describe.skipIf(process.env.TRIA_SKIP_LIBREOFFICE === "1")("streamed workbook in LibreOffice Calc", () => {
  it("converts back to the user's rows, with Tria's columns added", async () => {
    if (!soffice) throw new Error("LibreOffice is needed: apt-get install -y libreoffice-calc-nogui (or set TRIA_SKIP_LIBREOFFICE=1).");
    await written();
    execFileSync(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1", "--outdir", dir, output],
      { stdio: "pipe", timeout: 120_000 },
    );
    const calc = readCsv(readFileSync(join(dir, "demo.csv")), "calc").sheet.rows;
    const source = readCsv(readFileSync("samples/clients-demo.csv"), "source").sheet.rows;
    expect(calc.length).toBe(source.length);
    const headers = calc[0]!.map(String);
    // Every source column is still there, in order, with its values (Calc writes what it shows).
    const sourceHeaders = source[0]!.map(String);
    const positions = sourceHeaders.map((header) => headers.indexOf(header));
    expect(positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!))).toBe(true);
    expect(headers.length).toBeGreaterThan(sourceHeaders.length);
    for (const row of [1, 2, 250, source.length - 1]) {
      positions.forEach((p, column) => expect(String(calc[row]![p] ?? "").trim()).toBe(String(source[row]![column] ?? "").trim()));
    }
  }, 150_000);
});

describe.skipIf(!openpyxl)("streamed workbook in openpyxl", () => {
  it("reads the frozen header, every flagged cell's note, and all rows", async () => {
    const report = await written();
    const script = [
      "import json, sys, openpyxl",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      "ws = wb.worksheets[0]",
      "notes = {c.coordinate: c.comment.text for row in ws.iter_rows() for c in row if c.comment}",
      "print(json.dumps({'sheets': wb.sheetnames, 'freeze': ws.freeze_panes, 'rows': ws.max_row, 'notes': notes, 'hidden': wb['_tria'].sheet_state}))",
    ].join("\n");
    const read = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, output], { encoding: "utf8", maxBuffer: 64 << 20 })) as {
      sheets: string[];
      freeze: string;
      rows: number;
      notes: Record<string, string>;
      hidden: string;
    };
    expect(read.freeze).toBe("A2");
    expect(read.rows).toBe(501);
    expect(read.hidden).toBe("veryHidden");
    const flaggedRows = new Set(report.flags.map((flag) => flag.row));
    const notedRows = new Set(
      Object.keys(read.notes)
        .map((ref) => Number(/\d+/.exec(ref)![0]))
        .filter((row) => row > 1),
    );
    expect(notedRows).toEqual(flaggedRows);
    const first = report.flags[0]!;
    expect(Object.values(read.notes).some((note) => note.includes("— Tria —") && note.includes(first.message))).toBe(true);
  }, 60_000);
});
