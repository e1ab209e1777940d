import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { createFakeExcel, LIMIT } from "../../../src/tools/fakeExcel/fakeExcel";
import { customerBook, customerPlan } from "./excelFixtures";

/**
 * Round trips and request sizes on big sheets (DESIGN.md §6): syncs grow with rows ÷ block,
 * never with rows, and no request goes over Excel on the web's 5 MB. One flagged cell in 20.
 */
async function measure(rows: number) {
  const { book, sheet } = customerBook(rows);
  const excel = createFakeExcel(book);
  const host = createExcelHost({ run: excel.run, supports: excel.supports });
  await host.readSheet("Clients");
  const read = excel.stats.syncs;
  excel.resetStats();
  await host.apply(customerPlan(rows, { flagEvery: 20 }), { lang: "fr" });
  const apply = { syncs: excel.stats.syncs, maxRequest: excel.maxRequestBytes(), maxResponse: excel.maxResponseBytes() };
  excel.resetStats();
  await host.undoLastRun();
  const undo = { syncs: excel.stats.syncs, maxRequest: excel.maxRequestBytes() };
  return { read, apply, undo, sheet };
}

describe("the Excel host on big sheets", () => {
  it("100,000 rows: a few dozen syncs, every request and answer under 5 MB, and undo too", async () => {
    const half = await measure(50_000);
    const full = await measure(100_000);
    console.info("excel host, 50k rows:", JSON.stringify(half.apply), "undo", JSON.stringify(half.undo));
    console.info("excel host, 100k rows:", JSON.stringify(full.apply), "undo", JSON.stringify(full.undo));
    expect(full.apply.syncs).toBeLessThan(100);
    expect(full.apply.maxRequest).toBeLessThan(LIMIT);
    expect(full.apply.maxResponse).toBeLessThan(LIMIT);
    expect(full.undo.maxRequest).toBeLessThan(LIMIT);
    // Doubling rows roughly doubles the syncs that depend on rows (a dozen are fixed: checks, sheets).
    const fixed = 14;
    const ratio = (full.apply.syncs - fixed) / Math.max(1, half.apply.syncs - fixed);
    expect(ratio).toBeGreaterThan(1.4);
    expect(ratio).toBeLessThan(2.6);
    expect(full.undo.syncs).toBeLessThan(full.apply.syncs);
    expect(full.sheet.columnCount()).toBe(4);
  }, 120_000);
});
