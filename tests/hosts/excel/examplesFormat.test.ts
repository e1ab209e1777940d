import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { runInspect } from "../../../src/app/runInspect";
import { createFakeExcel, FakeWorkbook } from "../../../src/tools/fakeExcel/fakeExcel";
import { dateToExcelSerial } from "../../../src/engine/table/excelSerial";

/** A sheet as Office.js gives it: dates are serials, amounts plain numbers; formats say what they are. */
function bookWithFormats(): FakeWorkbook {
  const book = new FakeWorkbook();
  const sheet = book.addSheet("Clients", [
    ["Fichier clients 2025"],
    ["Nom", "E-mail", "Date dernier achat", "Panier moyen", "Remise", "Nb achats"],
    ["Ana Martin", "ana@exemple.fr", 45864, 191.69, 0.1, 4],
    ["Bruno Petit", "bruno@exemple.fr", 45443, 37500, 0.25, 12],
    ["Chloé Roy", "chloe@exemple.fr", 45443.5, 12.5, 0, 7],
  ]);
  for (const row of [2, 3, 4]) {
    sheet.update(row, 2, (cell) => void (cell.numberFormat = row === 4 ? "dd/mm/yyyy hh:mm" : "m/d/yyyy"));
    sheet.update(row, 3, (cell) => void (cell.numberFormat = '#,##0.00 "€"'));
    sheet.update(row, 4, (cell) => void (cell.numberFormat = "0%"));
  }
  return book;
}

async function examples(lang: "fr" | "en"): Promise<Record<string, readonly string[]>> {
  const excel = createFakeExcel(bookWithFormats());
  const host = createExcelHost({ run: excel.run, supports: excel.supports });
  const { report } = await runInspect(host, { lang });
  return Object.fromEntries(report.columns.map((column) => [column.header, column.examples ?? []]));
}

const plain = (texts: readonly string[]) => texts.map((text) => text.replace(/[\u00a0\u202f]/g, " "));

describe("Columns tab examples from Excel: shown as the number format shows them, not as serials", () => {
  it("reads dates, amounts and percentages in French", async () => {
    const shown = await examples("fr");
    expect(shown["Date dernier achat"]).toEqual(["26/07/2025", "31/05/2024", "31/05/2024 12:00"]);
    expect(plain(shown["Panier moyen"]!)).toEqual(["191,69 €", "37 500,00 €", "12,50 €"]);
    expect(plain(shown["Remise"]!)).toEqual(["10 %", "25 %", "0 %"]);
    expect(shown["Nb achats"]).toEqual(["4", "12", "7"]);
  });

  it("reads them as an en-GB Excel does in English", async () => {
    const shown = await examples("en");
    expect(shown["Date dernier achat"]).toEqual(["26/07/2025", "31/05/2024", "31/05/2024 12:00"]);
    expect(shown["Panier moyen"]).toEqual(["€191.69", "€37,500.00", "€12.50"]);
    expect(shown["Remise"]).toEqual(["10%", "25%", "0%"]);
  });

  it("any day Excel can hold reads back as the same day, whatever date format it carries", () => {
    const days = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true });
    const formats = fc.constantFrom("dd/mm/yyyy", "m/d/yyyy", "[$-40C]d mmmm yyyy", "yyyy-mm-dd", "d/m/yy;@");
    fc.assert(
      fc.asyncProperty(days, formats, async (date, format) => {
        const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
        const book = new FakeWorkbook();
        const sheet = book.addSheet("Clients", [
          ["Nom", "E-mail", "Date"],
          ["Ana", "ana@exemple.fr", dateToExcelSerial(day)],
        ]);
        sheet.update(1, 2, (cell) => void (cell.numberFormat = format));
        const excel = createFakeExcel(book);
        const { report } = await runInspect(createExcelHost({ run: excel.run, supports: excel.supports }), { lang: "fr" });
        const [dd, mm, yyyy] = day.toISOString().slice(0, 10).split("-").reverse();
        expect(report.columns[2]?.examples).toEqual([`${dd}/${mm}/${yyyy}`]);
      }),
      { numRuns: 60 },
    );
  });
});
