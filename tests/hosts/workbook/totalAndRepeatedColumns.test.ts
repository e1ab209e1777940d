import { describe, expect, it } from "vitest";
import fc from "fast-check";
import ExcelJS from "exceljs";
import { openWorkbookFile } from "../../../src/hosts/workbook/node/openWorkbookFile";
import { WorkbookHost } from "../../../src/hosts/workbook/workbookHost";
import { runStructure } from "../../../src/app/runStructure";
import { runScore } from "../../../src/app/runScore";
import { trailingTotalRows } from "../../../src/engine/table/totalRows";
import type { TableRow } from "../../../src/engine/table/table";
import { cellAt, readXlsxXml, sheetNamed } from "../../support/xlsx/readXlsxXml";

/**
 * A total row under the customers (LibreOffice's total-row.xlsx: "Total" and two SUMs) is no
 * customer: no job flags or scores it, the written row is the user's, the report says it was
 * left alone. Two "E-mail" columns are both checked, and so are two phones or addresses.
 */
const FIXTURES = "tests/fixtures/workbooks";

describe("a total row under the table", () => {
  it("is left alone by Structure and Score, and the report says so", async () => {
    const host = await openWorkbookFile(`${FIXTURES}/total-row.xlsx`);
    const structure = await runStructure(host, { lang: "fr", apply: true });
    expect(structure.report.leftOutRows).toEqual([{ row: 8, reason: "total" }]);
    expect(structure.report.counts.rows).toBe(6);
    expect(structure.report.flags.filter((flag) => flag.row === 8)).toEqual([]);
    const sheet = sheetNamed(await readXlsxXml(await host.outputBytes()), "Clients");
    // Row 8 as the user wrote it: "Total", the two sums, no Tria value, fill, border or note.
    const row8 = [...sheet.cells].filter(([key]) => key.startsWith("8:")).map(([, cell]) => cell);
    expect(row8.map((cell) => cell.value)).toEqual(["Total", 39, 2021.63]);
    expect(row8.every((cell) => cell.fill === null && cell.border === null && cell.note === null)).toBe(true);
    expect(cellAt(sheet, 8, 1).value).toBe("Total");

    const scored = await runScore(await openWorkbookFile(`${FIXTURES}/total-row.xlsx`), { lang: "fr", apply: false });
    expect(scored.report.scores.map((score) => score.row)).not.toContain(8);
    expect(scored.report.leftOutRows).toEqual([{ row: 8, reason: "total" }]);
  }, 60_000);

  it.each([["Total"], ["TOTAL GÉNÉRAL"], ["Sous-total"], ["total clients"]])("finds %s beside sums, not a customer named Total Énergies", (label) => {
    const rows: TableRow[] = [
      { rowNumber: 2, cells: ["C1", "Dupont", 3, 10] },
      { rowNumber: 3, cells: ["C2", "Total Énergies", 4, 20] },
      { rowNumber: 4, cells: [label, null, 7, 30] },
    ];
    expect(trailingTotalRows(rows)).toEqual([2]);
    expect(trailingTotalRows(rows.slice(0, 2))).toEqual([]);
  });

  it("finds sums alone, and never takes a row that is not the sum of its column (property)", () => {
    const customers = fc.array(fc.tuple(fc.string({ minLength: 1 }), fc.integer({ min: 1, max: 1000 })), { minLength: 2, maxLength: 20 });
    fc.assert(
      fc.property(customers, fc.integer({ min: 1, max: 1000 }), (list, other) => {
        const rows: TableRow[] = list.map(([name, amount], i) => ({ rowNumber: i + 2, cells: [`C${i}`, name, amount] }));
        const sum = list.reduce((total, [, amount]) => total + amount, 0);
        const withSum = [...rows, { rowNumber: 99, cells: [null, null, sum] }];
        const withOther = [...rows, { rowNumber: 99, cells: [null, null, other === sum ? other + 1 : other] }];
        return trailingTotalRows(withSum).join() === String(rows.length) && trailingTotalRows(withOther).length === 0;
      }),
    );
  });
});

describe("two columns titled E-mail", () => {
  it("are both checked: a typo in the second is flagged too", async () => {
    const host = await openWorkbookFile(`${FIXTURES}/two-email-columns.xlsx`);
    const { report } = await runStructure(host, { lang: "fr", apply: true });
    expect(report.columns.filter((column) => column.role === "email").map((column) => column.index)).toEqual([2, 4]);
    const typos = report.flags.filter((flag) => flag.kind === "typo").map((flag) => `${flag.row}:${flag.columnIndex}`);
    expect(typos.sort()).toEqual(["2:2", "3:4", "4:2"]);
    const sheet = sheetNamed(await readXlsxXml(await host.outputBytes()), "Clients");
    const noted = [...sheet.cells].filter(([, cell]) => cell.note?.includes("hotmial.com"));
    expect(noted).toHaveLength(1);
  }, 60_000);
});

describe("two columns of the same role (phones, addresses)", () => {
  it("checks both addresses and both phones of openpyxl's repeated-role-columns.xlsx, each split beside its own column (second reader)", async () => {
    const host = await openWorkbookFile(`${FIXTURES}/repeated-role-columns.xlsx`);
    const { report } = await runStructure(host, { lang: "fr", apply: true });
    expect(report.columns.map((column) => column.role)).toEqual(["customerId", "fullName", "phone", "mobile", "address", "address"]);
    const incomplete = report.flags.filter((flag) => flag.kind === "incomplete").map((flag) => `${flag.row}:${flag.column}`);
    expect(incomplete.sort()).toEqual(["2:Portable", "3:Tél. fixe"]);
    expect(report.splits.filter((split) => split.column === "Adresse de livraison").map((split) => split.parts.postalCode)).toEqual([
      "69007",
      "69002",
      "44000",
    ]);
    const sheet = sheetNamed(await readXlsxXml(await host.outputBytes()), "Clients");
    const headers = Array.from({ length: sheet.lastColumn }, (_, c) => cellAt(sheet, 1, c + 1).value);
    // Tria's columns of the delivery address carry its name: never two "Code postal" columns.
    const delivery = headers.indexOf("Code postal (Adresse de livraison)") + 1;
    expect(delivery).toBeGreaterThan(headers.indexOf("Adresse de livraison") + 1);
    expect([2, 3, 4].map((row) => cellAt(sheet, row, delivery).value)).toEqual(["69007", "69002", "44000"]);
    expect(headers.filter((header) => header === "Code postal")).toHaveLength(1);
  }, 60_000);

  it("checks a third phone column (« Tél. bureau ») instead of leaving it unchecked as « other »", async () => {
    const workbook = new ExcelJS.Workbook();
    const clients = workbook.addWorksheet("Clients");
    clients.addRow(["Nom", "Tél. fixe", "Portable", "Tél. bureau"]);
    clients.addRow(["Aurélie MOREAU", "0410039879", "0675814911", "01 53 36"]);
    clients.addRow(["Paul VINCENT", "0478123456", "0624710712", "0153365019"]);
    const host = await WorkbookHost.fromBytes(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), "phones.xlsx");
    const { report } = await runStructure(host, { lang: "en", apply: false });
    expect(report.columns.map((column) => column.role)).toEqual(["fullName", "phone", "mobile", "phone"]);
    expect(report.flags.filter((flag) => flag.kind === "incomplete").map((flag) => `${flag.row}:${flag.columnIndex}`)).toEqual(["2:3"]);
  }, 60_000);
});

describe("a total row under a CSV's orders, where every cell is text", () => {
  const orders: TableRow[] = [
    { rowNumber: 2, cells: ["1000", "C001", "11/11/2024", "284,53 €"] },
    { rowNumber: 3, cells: ["1001", "C001", "04/07/2024", "60,50 €"] },
    { rowNumber: 4, cells: ["1002", "C002", "11/07/2024", "192,47 €"] },
  ];

  it("finds 'Total' beside the text of the amounts' sum (537.50), in any column", () => {
    expect(trailingTotalRows([...orders, { rowNumber: 5, cells: [null, "Total", null, "537.50"] }])).toEqual([3]);
    expect(trailingTotalRows([...orders, { rowNumber: 5, cells: ["TOTAL", null, null, "537,5 €"] }])).toEqual([3]);
  });

  it("keeps a customer named Total Énergies whose phone or amount is text, and a text that is not the sum", () => {
    expect(trailingTotalRows([...orders, { rowNumber: 5, cells: ["1003", "Total Énergies", null, "12,00 €"] }])).toEqual([]);
    expect(trailingTotalRows([...orders, { rowNumber: 5, cells: [null, "Total Énergies", null, "06 12 34 56 78"] }])).toEqual([]);
  });
});
