import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { runScore } from "../../../src/app/runScore";
import { createFakeExcel, FakeWorkbook } from "../../../src/tools/fakeExcel/fakeExcel";

/** An orders list as a shop keeps it: 3 customers, 7 orders, dates as Excel serials (45352 = 01/03/2024). */
function ordersBook() {
  const book = new FakeWorkbook();
  book.addSheet("Commandes", [
    ["N° commande", "N° client", "Date commande", "Montant TTC"],
    ["O1", "C1", 45352, 120],
    ["O2", "C1", 45360, 80],
    ["O3", "C2", 45300, 40],
    ["O4", "C3", 45361, 300],
    ["O5", "C3", 45340, 250],
    ["O6", "C3", 45330, 90],
    ["O7", "C2", 45200, 10],
  ]);
  return book;
}

describe("Score on an orders list in Excel", () => {
  it("adds « Clients notés », one row per customer, best first, with real dates; the order rows keep their four columns", async () => {
    const book = ordersBook();
    const excel = createFakeExcel(book);
    const host = createExcelHost({ run: excel.run, supports: excel.supports });
    const { report } = await runScore(host, { lang: "fr", apply: true });
    expect(book.sheet("Commandes")!.columnCount()).toBe(4);
    const sheet = book.sheet("Clients notés")!;
    expect(sheet.cell(0, 0).value).toBe("N° client");
    const ids = [1, 2, 3].map((row) => sheet.cell(row, 0).value);
    expect(ids).toEqual(["C3", "C1", "C2"]);
    const byId = new Map(report.scores.map((s) => [s.customer, s]));
    for (const row of [1, 2, 3]) {
      const entry = byId.get(String(sheet.cell(row, 0).value))!;
      expect(sheet.cell(row, 3).value).toBe(entry.frequency);
      expect(sheet.cell(row, 8).value).toBe(entry.code);
      // The last purchase is a date serial shown as a French day.
      expect(sheet.cell(row, 1).numberFormat).toBe("dd/mm/yyyy");
    }
    expect(sheet.cell(1, 1).value).toBe(45361);
  });

  it("with onOrders, the scores are also on every order row", async () => {
    const book = ordersBook();
    const excel = createFakeExcel(book);
    const host = createExcelHost({ run: excel.run, supports: excel.supports });
    await runScore(host, { lang: "fr", apply: true, onOrders: true });
    const orders = book.sheet("Commandes")!;
    expect(orders.columnCount()).toBeGreaterThan(4);
    expect(orders.cell(0, 4).value).toBe("R");
    expect(book.sheet("Clients notés")).toBeDefined();
  });
});
