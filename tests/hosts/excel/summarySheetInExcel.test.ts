import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { columnWidthPoints } from "../../../src/hosts/excel/sheetLook";
import { customerBook } from "./excelFixtures";
import { createFakeExcel } from "../../../src/tools/fakeExcel/fakeExcel";
import { HEAT, heatOf, scorePlan, TITLE_FILL } from "./summaryFixtures";

function setup(grid = 5) {
  const { book } = customerBook(6);
  const excel = createFakeExcel(book);
  const host = createExcelHost({ run: excel.run, supports: excel.supports });
  return { book, excel, host, plan: scorePlan(6, grid) };
}

describe("the Excel host draws the summary sheet", () => {
  it("writes fills, bold, number formats, widths and one bar chart from the Plan", async () => {
    const { book, host, plan } = setup();
    await host.readSheet("Clients");
    await host.apply(plan, { lang: "fr" });
    const summary = book.sheet("Synthèse RFM")!;

    // The heat map: every grid cell has the fill the Plan gave it, the R labels the title fill.
    for (let row = 10; row < 15; row++) {
      expect(summary.cell(row, 0).fill).toBe(`#${TITLE_FILL}`);
      expect(summary.cell(row, 0).bold).toBe(true);
      for (let column = 1; column <= 5; column++) expect(summary.cell(row, column).fill, `${row},${column}`).toBe(`#${heatOf(row, column)}`);
    }
    expect(new Set([10, 11, 12, 13, 14].flatMap((r) => [1, 2, 3, 4, 5].map((c) => summary.cell(r, c).fill))).size).toBeGreaterThan(2);
    // Title and header bold, the header filled; unstyled cells untouched.
    expect(summary.cell(0, 0).bold).toBe(true);
    expect([0, 1, 2].map((c) => summary.cell(2, c).fill)).toEqual([`#${TITLE_FILL}`, `#${TITLE_FILL}`, `#${TITLE_FILL}`]);
    expect(summary.cell(3, 1).fill).toBeNull();
    expect(summary.cell(3, 1).bold).toBe(false);
    // Percentages formatted, counts left General; values as written.
    expect(summary.cell(3, 2).numberFormat).toBe("0.0%");
    expect(summary.cell(3, 1).numberFormat).toBe("General");
    expect(summary.cell(3, 1).value).toBe(20);
    // Widths in points (30 characters ≈ 161 pt).
    expect(summary.columnWidths.get(0)).toBe(columnWidthPoints(30));
    expect(summary.columnWidths.get(0)).toBeCloseTo(161.25, 2);
    expect([...summary.columnWidths.keys()]).toEqual([0, 1, 2]);
    // One chart: bar, over the header row and the segment rows, category and count columns.
    expect(summary.charts).toHaveLength(1);
    expect(summary.charts[0]).toMatchObject({
      type: "BarClustered",
      source: "'Synthèse RFM'!A3:B8",
      seriesBy: "Columns",
      title: "Clients",
      from: "I3",
      to: "P20",
      legendVisible: false,
      reversePlotOrder: true,
    });
    // The metadata remembers the chart, for the undo of a later run.
    expect(JSON.parse(String(book.sheet("_tria")!.cell(0, 0).value)).charts).toEqual([{ sheet: "Synthèse RFM", chart: plan.addedSheets[0]!.charts![0] }]);
  });

  it("undo removes the summary sheet and its chart: the workbook is as before", async () => {
    const { book, host, plan } = setup();
    const before = book.state();
    await host.apply(plan, { lang: "fr" });
    expect(book.sheet("Synthèse RFM")!.charts).toHaveLength(1);
    await host.undoLastRun();
    expect(book.sheet("Synthèse RFM")).toBeUndefined();
    expect(book.state()).toEqual(before);
  });

  it("a second run redraws Tria's sheet with one chart, not two; its undo brings the first run's back", async () => {
    const { book, host, plan } = setup();
    await host.apply(plan, { lang: "fr" });
    const afterFirst = book.state();
    await host.apply(scorePlan(6, 3), { lang: "fr" });
    const summary = book.sheet("Synthèse RFM")!;
    expect(summary.charts).toHaveLength(1);
    // The 5 × 5 grid of the first run is gone where the 3 × 3 one does not reach.
    expect(summary.cell(14, 5).fill).toBeNull();
    expect(book.sheets.filter((s) => s.name.startsWith("Synthèse"))).toHaveLength(1);
    await host.undoLastRun();
    expect(book.sheet("Synthèse RFM")!.charts).toHaveLength(1);
    expect(book.state()).toEqual(afterFirst);
  });

  it("a failure at any sync of a second run leaves the first run's sheet, chart included", async () => {
    const probe = setup();
    await probe.host.apply(probe.plan, { lang: "fr" });
    const first = probe.excel.stats.syncs;
    await probe.host.apply(scorePlan(6, 3), { lang: "fr" });
    const total = probe.excel.stats.syncs - first;
    for (let n = 1; n <= total; n++) {
      const { book, excel, host, plan } = setup();
      await host.apply(plan, { lang: "fr" });
      const afterFirst = book.state();
      excel.failAt({ atSync: excel.stats.syncs + n, code: "GeneralException" });
      await expect(host.apply(scorePlan(6, 3), { lang: "fr" }), `sync ${n}`).rejects.toMatchObject({ name: "ExcelHostError" });
      expect(book.state(), `failure at sync ${n} of ${total}`).toEqual(afterFirst);
    }
  });

  it("syncs do not grow with the number of styled cells", async () => {
    const count = async (grid: number) => {
      const { excel, host, plan } = setup(grid);
      await host.apply(plan, { lang: "fr" });
      return excel.stats.syncs;
    };
    const small = await count(5);
    // 25 heat cells against 14,400, each of its own colour run: the same requests' worth of syncs.
    const big = await count(120);
    expect(big).toBe(small);
  });

  it("a chart whose value columns do not follow the category column is left out, the rest drawn", async () => {
    const { book, host, plan } = setup();
    const sheet = plan.addedSheets[0]!;
    const odd = { ...plan, addedSheets: [{ ...sheet, charts: [{ ...sheet.charts![0]!, valueColumns: [2] }] }] };
    await host.apply(odd, { lang: "en" });
    const summary = book.sheet("Synthèse RFM")!;
    expect(summary.charts).toHaveLength(0);
    expect(summary.cell(10, 1).fill).toBe(`#${heatOf(10, 1)}`);
    expect(HEAT).toContain(heatOf(10, 1));
  });
});
