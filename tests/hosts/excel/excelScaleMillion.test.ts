import { expect, it } from "vitest";
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { createFakeExcel, FakeWorkbook } from "../../../src/tools/fakeExcel/fakeExcel";
import { customerPlan } from "./excelFixtures";
/** Figures for the README: TRIA_BIG=1 runs 10k, 100k and 1,048,576 rows (about 25 s, 1.2 GB). */
it.runIf(process.env.TRIA_BIG === "1")(
  "measures syncs and request sizes up to Excel's last row",
  async () => {
    for (const rows of [10_000, 100_000, 1_048_575]) {
      const book = new FakeWorkbook();
      const sheet = book.addSheet("Clients", [["Nom", "Téléphone", "Adresse", "Total"]]);
      for (const r of [1, rows]) for (let c = 0; c < 4; c++) sheet.update(r, c, (cell) => (cell.value = `v${r}`));
      book.measureOnly = true;
      const excel = createFakeExcel(book);
      const host = createExcelHost({ run: excel.run, supports: excel.supports });
      const t = Date.now();
      await host.apply(customerPlan(rows, { flagEvery: 20 }), { lang: "fr" });
      const apply = {
        syncs: excel.stats.syncs,
        maxRequestMB: +(excel.maxRequestBytes() / 2 ** 20).toFixed(2),
        maxResponseMB: +(excel.maxResponseBytes() / 2 ** 20).toFixed(2),
        ms: Date.now() - t,
      };
      excel.resetStats();
      await host.undoLastRun();
      expect(excel.maxRequestBytes()).toBeLessThan(5 * 2 ** 20);
      expect(apply.maxRequestMB).toBeLessThan(5);
      console.info(rows + 1, "rows", JSON.stringify(apply), "undo", excel.stats.syncs, "syncs, max", (excel.maxRequestBytes() / 2 ** 20).toFixed(2), "MB");
    }
  },
  600_000,
);
