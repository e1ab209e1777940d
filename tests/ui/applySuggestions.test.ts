import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { applySuggestions } from "../../src/ui/applySuggestions";
import { createJobRunner } from "../../src/app/jobRunner";
import { runJob } from "../../src/app/runJob";
import { WebSession } from "../../src/worker/webSession";
import { DEMO_XLSX } from "../app/demoSheet";
import { cellAt, readXlsxXml, sheetNamed, type XSheet } from "../support/xlsx/readXlsxXml";

/** The sheet as the second reader (the xlsx XML itself) sees it. */
async function xmlSheet(session: WebSession, name: string): Promise<XSheet> {
  return sheetNamed(await readXlsxXml(await session.outputBytes()), name);
}

function headersOf(sheet: XSheet, row: number): string[] {
  return Array.from({ length: sheet.lastColumn }, (_v, i) => String(cellAt(sheet, row, i + 1).value ?? ""));
}

describe("applySuggestions on the demo file, written and read back as .xlsx", async () => {
  const original = new Uint8Array(readFileSync(DEMO_XLSX));
  const session = await WebSession.open(original, "clients-demo.xlsx");
  const { plan, report } = await runJob(session.host, createJobRunner(null), "structure", { lang: "fr" });
  const email = report.flags.find((f) => f.column === "E-mail" && f.suggestion)!;
  const phone = report.flags.find((f) => f.column === "Tél." && f.suggestion)!;

  it("sends an e-mail suggestion to « E-mail (corrigé) » and leaves the typed cell alone", async () => {
    const { plan: next, edits } = applySuggestions(plan, report.columns, [email]);
    expect(edits).toEqual([]);
    expect(next!.addedColumns.length).toBe(plan.addedColumns.length);
    const before = sheetNamed(await readXlsxXml(original), report.sheet);
    const typed = cellAt(before, email.row, headersOf(before, report.headerRow).indexOf("E-mail") + 1).value;
    await session.host.apply(next!, { lang: "fr" });
    const sheet = await xmlSheet(session, report.sheet);
    const out = headersOf(sheet, report.headerRow);
    expect(out.filter((h) => h === "E-mail (corrigé)")).toHaveLength(1);
    expect(cellAt(sheet, email.row, out.indexOf("E-mail (corrigé)") + 1).value).toBe(email.suggestion);
    expect(cellAt(sheet, email.row, out.indexOf("E-mail") + 1).value).toBe(typed);
  });

  it("writes a phone suggestion (no corrected column) into the cell, and Undo puts the typed value back", async () => {
    const { plan: next, edits } = applySuggestions(plan, report.columns, [phone]);
    expect(next).toBeNull();
    expect(edits).toEqual([{ row: phone.row, userColumn: phone.columnIndex, header: "Tél.", value: phone.suggestion }]);
    const current = await xmlSheet(session, report.sheet);
    const column = headersOf(current, report.headerRow).indexOf("Tél.") + 1;
    const typed = cellAt(current, phone.row, column).value;
    expect(String(typed)).toContain(phone.suggestion);
    await session.writeCells(report.sheet, edits);
    expect(cellAt(await xmlSheet(session, report.sheet), phone.row, column).value).toBe(phone.suggestion);
    await session.undo();
    expect(cellAt(await xmlSheet(session, report.sheet), phone.row, column).value).toBe(typed);
  });

  it("ignores flags it cannot place (unknown row, no column index, no suggestion, not the job's)", () => {
    const out = applySuggestions(plan, report.columns, [
      { ...phone, row: 99999 },
      { row: phone.row, column: "Tél.", kind: "typo", message: "", suggestion: "x" },
      { ...phone, suggestion: undefined },
      { ...phone, suggestion: "not what the job said" },
    ]);
    expect(out).toEqual({ plan: null, edits: [] });
  });
});

/**
 * The cases the issue found: two "Tél." columns (the second one's fix overwrote the first's
 * cell), an address whose postal code lost its zero ("01000" replaced the whole address), and
 * a user's "Ville" column beside Tria's own "Ville".
 */
async function twoPhonesFile(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Clients");
  sheet.addRows([
    ["Nom", "Tél.", "Adresse", "Ville", "Tél."],
    ["Ana Martin", "04 78 00 00 01", "3 rue Neuve 1000 Bourg-en-Bresse", "Bourg", "O6 12 34 56 78"],
    ["Bruno Petit", "O4 78 00 00 02", "12 rue de la Paix 75002 Paris", "Paris", "06 98 76 54 32"],
  ]);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("applySuggestions by sheet position, not header text", async () => {
  const session = await WebSession.open(await twoPhonesFile(), "clients.xlsx");
  const { plan, report } = await runJob(session.host, createJobRunner(null), "structure", { lang: "fr" });
  const secondPhone = report.flags.find((f) => f.row === 2 && f.columnIndex === 4 && f.suggestion)!;
  const firstPhone = report.flags.find((f) => f.row === 3 && f.columnIndex === 1 && f.suggestion)!;
  const postalCode = report.flags.find((f) => f.row === 2 && f.column === "Adresse" && f.suggestion === "01000")!;

  it("names each flag's column by position and the part a postal-code fix belongs to", () => {
    expect(secondPhone).toMatchObject({ column: "Tél.", suggestion: "06 12 34 56 78" });
    expect(firstPhone).toMatchObject({ column: "Tél.", suggestion: "04 78 00 00 02" });
    expect(postalCode).toMatchObject({ columnIndex: 2, suggestionColumn: "Code postal" });
  });

  it("writes the second « Tél. » column's fix into that column, the first one untouched", async () => {
    const { edits } = applySuggestions(plan, report.columns, [secondPhone, firstPhone]);
    await session.writeCells(report.sheet, edits);
    const sheet = await xmlSheet(session, report.sheet);
    const headers = headersOf(sheet, 1);
    const phones = headers.flatMap((h, i) => (h === "Tél." ? [i + 1] : []));
    expect(phones).toHaveLength(2);
    expect([cellAt(sheet, 2, phones[0]!).value, cellAt(sheet, 2, phones[1]!).value]).toEqual(["04 78 00 00 01", "06 12 34 56 78"]);
    expect([cellAt(sheet, 3, phones[0]!).value, cellAt(sheet, 3, phones[1]!).value]).toEqual(["04 78 00 00 02", "06 98 76 54 32"]);
    // The user's "Ville" and the row's other cells are as typed.
    expect(cellAt(sheet, 2, headers.indexOf("Adresse") + 1).value).toBe("3 rue Neuve 1000 Bourg-en-Bresse");
    // The user's "Ville" keeps its name; Tria's own town column beside the address is named after its source.
    expect(headers.filter((h) => h === "Ville")).toHaveLength(1);
    expect(headers.indexOf("Ville (Adresse)")).toBeGreaterThan(headers.indexOf("Adresse"));
    await session.undo();
  });

  it("puts the postal-code fix « 01000 » into Tria's « Code postal » column as text, never over the address", async () => {
    const { plan: next, edits } = applySuggestions(plan, report.columns, [postalCode]);
    expect(edits).toEqual([]);
    await session.host.apply(next!, { lang: "fr" });
    const sheet = await xmlSheet(session, report.sheet);
    const headers = headersOf(sheet, 1);
    const address = headers.indexOf("Adresse") + 1;
    expect(cellAt(sheet, 2, address).value).toBe("3 rue Neuve 1000 Bourg-en-Bresse");
    // Tria's "Code postal" is the one right of the address, among its parts.
    const code = headers.indexOf("Code postal", address) + 1;
    expect(code).toBeGreaterThan(address);
    expect(cellAt(sheet, 2, code).value).toBe("01000");
  });
});
