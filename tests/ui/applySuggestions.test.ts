import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { applySuggestions } from "../../src/ui/applySuggestions";
import { createJobRunner } from "../../src/app/jobRunner";
import { runJob } from "../../src/app/runJob";
import { WebSession } from "../../src/web/webSession";
import { readFileSync } from "node:fs";
import { DEMO_XLSX } from "../app/demoSheet";

async function sheetOf(bytes: Uint8Array, name: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.getWorksheet(name)!;
}

function headersOf(sheet: ExcelJS.Worksheet, row: number): string[] {
  return Array.from({ length: sheet.columnCount }, (_v, i) => sheet.getRow(row).getCell(i + 1).text);
}

describe("applySuggestions on the demo file, written and read back as .xlsx", async () => {
  const original = new Uint8Array(readFileSync(DEMO_XLSX));
  const session = await WebSession.open(original, "clients-demo.xlsx");
  const { plan, report } = await runJob(session.host, createJobRunner(null), "structure", { lang: "fr" });
  const headers: string[] = [];
  for (const c of report.columns) headers[c.index] = c.header;
  const email = report.flags.find((f) => f.column === "E-mail" && f.suggestion)!;
  const phone = report.flags.find((f) => f.column === "Tél." && f.suggestion)!;

  it("sends an e-mail suggestion to « E-mail (corrigé) » and leaves the typed cell alone", async () => {
    const { plan: next, edits } = applySuggestions(plan, headers, [email]);
    expect(edits).toEqual([]);
    expect(next!.addedColumns.length).toBe(plan.addedColumns.length);
    await session.host.apply(next!, { lang: "fr" });
    const sheet = await sheetOf(await session.outputBytes(), report.sheet);
    const out = headersOf(sheet, report.headerRow);
    expect(out.filter((h) => h === "E-mail (corrigé)")).toHaveLength(1);
    expect(sheet.getRow(email.row).getCell(out.indexOf("E-mail (corrigé)") + 1).text).toBe(email.suggestion);
    const before = await sheetOf(original, report.sheet);
    expect(sheet.getRow(email.row).getCell(out.indexOf("E-mail") + 1).text).toBe(before.getRow(email.row).getCell(headers.indexOf("E-mail") + 1).text);
  });

  it("writes a phone suggestion (no corrected column) into the cell, and Undo puts the typed value back", async () => {
    const { plan: next, edits } = applySuggestions(plan, headers, [phone]);
    expect(next).toBeNull();
    expect(edits).toEqual([{ row: phone.row, column: "Tél.", value: phone.suggestion }]);
    const current = await sheetOf(await session.outputBytes(), report.sheet);
    const typed = current.getRow(phone.row).getCell(headersOf(current, report.headerRow).indexOf("Tél.") + 1).text;
    expect(typed).toContain(phone.suggestion);
    await session.writeCells(report.sheet, report.headerRow, edits);
    const sheet = await sheetOf(await session.outputBytes(), report.sheet);
    const column = headersOf(sheet, report.headerRow).indexOf("Tél.") + 1;
    expect(sheet.getRow(phone.row).getCell(column).text).toBe(phone.suggestion);
    await session.undo();
    expect((await sheetOf(await session.outputBytes(), report.sheet)).getRow(phone.row).getCell(column).text).toBe(typed);
  });

  it("ignores flags it cannot place (unknown row or column)", () => {
    const out = applySuggestions(plan, headers, [
      { row: 99999, column: "Tél.", kind: "typo", message: "", suggestion: "x" },
      { row: 4, column: "Nope", kind: "typo", message: "", suggestion: "x" },
      { row: 4, column: "Tél.", kind: "typo", message: "" },
    ]);
    expect(out).toEqual({ plan: null, edits: [] });
  });
});
