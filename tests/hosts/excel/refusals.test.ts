import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { createFakeExcel } from "../../../src/tools/fakeExcel/fakeExcel";
import { customerBook, customerPlan } from "./excelFixtures";

function setup() {
  const { book, sheet } = customerBook(6);
  const excel = createFakeExcel(book);
  return { book, sheet, excel, host: createExcelHost({ run: excel.run, supports: excel.supports }), plan: customerPlan(6) };
}

/** Every refusal comes before the first write: the workbook is untouched, the message bilingual. */
async function expectRefused(s: ReturnType<typeof setup>, code: string, text: RegExp) {
  const before = s.book.state();
  const error = await s.host.apply(s.plan, { lang: "fr" }).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: "ExcelHostError", code });
  expect((error as Error).message).toMatch(text);
  expect(s.book.state()).toEqual(before);
  expect(s.excel.stats.suspendScreenUpdating).toBe(0); // the write phase never started
}

describe("the Excel host refuses before writing", () => {
  it("a protected sheet", async () => {
    const s = setup();
    s.sheet.protected = true;
    await expectRefused(s, "protected", /Ôter la protection.*\/.*Unprotect Sheet/);
  });

  it("merged cells in the table area, naming them", async () => {
    const s = setup();
    s.sheet.merged.push({ row: 2, column: 0, rows: 1, columns: 2 });
    await expectRefused(s, "merged", /Clients!A3:B3/);
  });

  it("a sheet edited since Tria read it", async () => {
    const s = setup();
    await s.host.readSheet("Clients");
    s.sheet.update(6, 0, (cell) => (cell.value = "Client modifié"));
    await expectRefused(s, "edited", /a changé.*\/.*changed since/);
  });

  it("an Excel table where columns must go", async () => {
    const s = setup();
    s.sheet.tables.push({ name: "TableClients", rect: { row: 0, column: 0, rows: 7, columns: 4 } });
    await expectRefused(s, "table", /TableClients/);
  });

  it("a sheet that no longer exists", async () => {
    const s = setup();
    s.sheet.name = "Renommée";
    await expectRefused(s, "sheetMissing", /n'existe plus.*\/.*no longer exists/);
  });

  it("an Excel too old for safe writes (ExcelApi 1.9)", async () => {
    const { book } = customerBook(3);
    const excel = createFakeExcel(book, { apiVersion: "1.8" });
    const host = createExcelHost({ run: excel.run, supports: excel.supports });
    await expect(host.apply(customerPlan(3), { lang: "en" })).rejects.toMatchObject({ code: "apiTooOld" });
    expect(excel.stats.syncs).toBe(0);
  });

  it("but writes with hidden or filtered rows: by address, hidden rows get their values too", async () => {
    const s = setup();
    await s.host.apply(s.plan, { lang: "fr" });
    expect(s.sheet.cell(6, 5).value).toBe("PARIS");
  });

  it("runs a job cancelled half-way back to where it was", async () => {
    const s = setup();
    const before = s.book.state();
    const controller = new AbortController();
    const error = await s.host
      .apply(s.plan, { lang: "en", signal: controller.signal, onProgress: (p) => p.phase === "write" && controller.abort() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "cancelled" });
    expect(s.book.state()).toEqual(before);
  });

  it("uses the global Office requirements when none are injected", async () => {
    const { book } = customerBook(3);
    const excel = createFakeExcel(book);
    const saved = (globalThis as { Office?: unknown }).Office;
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: (set: string, v: string) => set === "ExcelApi" && Number(v.split(".")[1]) <= 19 } },
    };
    try {
      await createExcelHost({ run: excel.run }).apply(customerPlan(3), { lang: "fr" });
    } finally {
      (globalThis as { Office?: unknown }).Office = saved;
    }
    // ExcelApi 1.19: no single undo group (1.20), but notes (1.18) and suspended calculation.
    expect(excel.stats.runOptions.at(-1)).toBeUndefined();
    expect(excel.stats.suspendCalculation).toBeGreaterThan(0);
    expect(book.sheet("Clients")!.notes.size).toBeGreaterThan(0);
  });
});
