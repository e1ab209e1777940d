import { readFile } from "node:fs/promises";
import type { Report } from "../../../src/engine/report";
import { readCsv } from "../../../src/hosts/workbook/readCsv";
import { runCli } from "../../cli/cliHarness";
import { checkWrittenWorkbook, triaColumns, type CheckResult } from "./checkWrittenWorkbook";
import { readXlsxXml, sheetNamed, type XSheet } from "./readXlsxXml";
import { sheetFromRows } from "./sheetFromRows";

/**
 * Run one `tria JOB FILE -o OUT --report R` in-process, then read OUT with the XML reader and
 * check it against the report. `original` is the user's file before any Tria run (for a rerun,
 * FILE is an earlier output and original the file the user started from).
 */
export async function checkCliRun(
  job: string,
  file: string,
  output: string,
  reportPath: string,
  extra: readonly string[] = [],
  original = file,
): Promise<CheckResult & { code: number; stderr: string }> {
  const run = await runCli([job, file, "-o", output, "--report", reportPath, ...extra]);
  if (run.code !== 0) return { code: run.code, stderr: run.stderr, sourceCells: 0, mismatchedCells: -1, otherMismatchedCells: 0, mismatches: [] };
  const parsed = JSON.parse(await readFile(reportPath, "utf8")) as Report | { job: "run"; reports: Report[] };
  const reports = "reports" in parsed ? parsed.reports : [parsed];
  const sheet = reports[0]!.sheet;
  const written = await readXlsxXml(await readFile(output));
  const { sheet: source, ownColumns } = await originalSheet(original, sheet);
  const result = checkWrittenWorkbook({ original: source, originalOwnColumns: ownColumns, written, sheet, reports });
  return { ...result, code: run.code, stderr: run.stderr };
}

async function originalSheet(path: string, sheet: string): Promise<{ sheet: XSheet; ownColumns: Set<number> }> {
  const bytes = new Uint8Array(await readFile(path));
  if (/\.(csv|txt)$/i.test(path)) return { sheet: sheetFromRows(sheet, readCsv(bytes, sheet).sheet.rows), ownColumns: new Set() };
  const book = await readXlsxXml(bytes);
  return { sheet: sheetNamed(book, sheet), ownColumns: new Set(triaColumns(book, sheet).values()) };
}
