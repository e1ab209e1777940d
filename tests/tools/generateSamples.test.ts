import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SHEET, DEMO_TITLE, SAMPLES_DIR, demoRows, writeSamples } from "../../src/tools/generateSamples";
import { CUSTOMER_HEADER } from "../../src/tools/samples/customers";
import { decodeWindows1252 } from "./decodeWindows1252";

let fresh = "";
beforeAll(async () => {
  fresh = mkdtempSync(join(tmpdir(), "tria-samples-"));
  await writeSamples(fresh);
});
afterAll(() => rmSync(fresh, { recursive: true, force: true }));

const committed = (name: string) => readFileSync(join(SAMPLES_DIR, name));

describe("bundled samples", () => {
  it("are exactly what the generator writes now (nobody edits them by hand)", () => {
    // If this fails after a generator change: run `npx tsx src/tools/generateSamples.ts`.
    for (const name of ["clients-demo.csv", "clients-demo.xlsx"]) {
      expect(readFileSync(join(fresh, name)).equals(committed(name)), name).toBe(true);
    }
  });

  it("CSV: Windows-1252, ';' separated, CRLF records, a quoted line break, no title", () => {
    const bytes = committed("clients-demo.csv");
    expect(bytes.includes(0x80)).toBe(true); // € in cp1252
    expect(bytes.includes(Buffer.from("€", "utf8"))).toBe(false);
    const text = decodeWindows1252(bytes);
    expect(text.startsWith(`${CUSTOMER_HEADER.join(";")}\r\n`)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toMatch(/;"[^"]*\n[^"]*";/);
    expect(text).toContain("€");
    // Outside quotes every line ends with CRLF: one record per customer plus the header.
    let records = 0;
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '"') quoted = !quoted;
      else if (ch === "\n" && !quoted) {
        expect(text[i - 1]).toBe("\r");
        records++;
      }
    }
    expect(records).toBe(501);
  });

  it("xlsx: title on row 1, empty row 2, header on row 3, the generator's cells from row 4", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(SAMPLES_DIR, "clients-demo.xlsx"));
    const sheet = workbook.getWorksheet(DEMO_SHEET);
    if (!sheet) throw new Error("no Clients sheet");
    expect(sheet.getCell("A1").value).toBe(DEMO_TITLE);
    expect(sheet.getRow(2).cellCount).toBe(0);
    const rows = demoRows();
    expect(sheet.rowCount).toBe(rows.length + 2);
    rows.forEach((row, r) => {
      const excelRow = sheet.getRow(r + 3);
      row.forEach((value, c) => {
        const cell = excelRow.getCell(c + 1);
        expect(cell.value ?? null, `row ${r + 3} col ${c + 1}`).toEqual(value);
        if (value instanceof Date) expect(cell.numFmt).toBe("dd/mm/yyyy");
        if (typeof value === "number" && CUSTOMER_HEADER[c] === "Panier moyen") expect(cell.numFmt).toContain("€");
      });
    });
    expect(workbook.created).toEqual(new Date(Date.UTC(2026, 10, 15, 9)));
  });
});
