import { describe, expect, it } from "vitest";
import { createExcelHost } from "../../../src/hosts/excel/excelHost";
import { NOTE_MARKER } from "../../../src/hosts/triaNote";
import { FLAG_STYLES } from "../../../src/engine/legend";
import { createFakeExcel } from "../../../src/tools/fakeExcel/fakeExcel";
import { customerBook, customerPlan } from "./excelFixtures";

const YELLOW = `#${FLAG_STYLES.volatile.fill}`;
const TYPO = `#${FLAG_STYLES.typo.fill}`;
const ORANGE = `#${FLAG_STYLES.invalid.fill}`;

function setup(rows = 6) {
  const { book, sheet } = customerBook(rows);
  // The user's own note on a cell Tria flags, and a border of theirs on a cell it styles.
  sheet.notes.set("1,1", "Rappeler lundi");
  sheet.update(3, 1, (cell) => (cell.borders.EdgeTop = { style: "Continuous", color: "#00FF00", weight: "Thin" }));
  const excel = createFakeExcel(book);
  const host = createExcelHost({ run: excel.run, supports: excel.supports });
  return { book, sheet, excel, host, plan: customerPlan(rows) };
}

describe("applyPlanInExcel with the fake Excel", () => {
  it("inserts columns beside their source and writes values, flags, notes and sheets", async () => {
    const { book, sheet, excel, host, plan } = setup();
    await host.readSheet("Clients");
    await host.apply(plan, { lang: "fr" });

    // A Nom, B Téléphone, C Téléphone (E.164), D Adresse, E Code postal, F Ville, G Total
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => sheet.cell(0, c).value)).toEqual([
      "Nom",
      "Téléphone",
      "Téléphone (E.164)",
      "Adresse",
      "Code postal",
      "Ville",
      "Total",
    ]);
    expect(sheet.cell(0, 2).bold).toBe(true);
    // Text stays text: Excel would have made numbers of "+336…" and "75001" without the prefix.
    expect(sheet.cell(1, 2).value).toBe("+33612343401");
    expect(sheet.cell(1, 4).value).toBe("75001");
    expect(sheet.cell(6, 5).value).toBe("PARIS");
    // The formula moved with its column and was not replaced.
    expect(sheet.cell(1, 6).formula).toBe("=B2*2");
    // Column flag on every data row of B, the cell's own flag painted over it.
    expect(sheet.cell(0, 1).fill).toBeNull();
    expect([2, 4, 6].map((r) => sheet.cell(r, 1).fill)).toEqual([YELLOW, YELLOW, YELLOW]);
    expect([1, 3, 5].map((r) => sheet.cell(r, 1).fill)).toEqual([TYPO, TYPO, TYPO]);
    expect(sheet.cell(1, 4).fill).toBe(ORANGE);
    expect(sheet.cell(2, 4).fill).toBeNull();
    // Notes: the user's kept above the marker; the column flag explained on the header only.
    expect(sheet.notes.get("1,1")).toBe(`Rappeler lundi\n${NOTE_MARKER}\nNuméro mal saisi → +33612345678`);
    expect(sheet.notes.get("3,1")).toBe(`${NOTE_MARKER}\nNuméro mal saisi → +33612345678`);
    expect(sheet.notes.get("0,1")).toBe(`${NOTE_MARKER}\nUn téléphone change : revérifiez-le régulièrement.`);
    expect(sheet.notes.get("2,1")).toBeUndefined();
    expect(sheet.notes.get("1,4")).toBe(`${NOTE_MARKER}\nCode postal inconnu`);
    // Legend, summary and the very hidden metadata sheet.
    expect(book.sheets.map((s) => s.name)).toEqual(["Clients", "Notes perso", "Légende", "Synthèse", "_tria"]);
    expect(book.sheet("Synthèse")!.cell(0, 1).value).toBe(6);
    expect(book.sheet("Légende")!.cell(3, 0).borders.EdgeTop?.color).toBe("#FF0000");
    expect(book.sheet("_tria")!.visibility).toBe("VeryHidden");
    expect(JSON.parse(String(book.sheet("_tria")!.cell(0, 0).value)).columns).toContainEqual({ sheet: "Clients", key: "phone.e164", column: 3 });
    expect(excel.stats.runOptions.at(-1)).toEqual({ mergeUndoGroup: true });
    expect(excel.stats.suspendScreenUpdating).toBe(1);
  });

  it("Undo last run restores values, formats, notes and column count, and removes added sheets", async () => {
    const { book, host, plan } = setup();
    const before = book.state();
    await host.apply(plan, { lang: "fr" });
    expect(book.state()).not.toEqual(before);
    expect(host.canUndo()).toBe(true);
    await host.undoLastRun();
    expect(book.state()).toEqual(before);
    expect(host.canUndo()).toBe(false);
  });

  it("a second run updates Tria's columns in place, even renamed, and undo goes back to the first run", async () => {
    const { book, sheet, host, plan } = setup();
    await host.apply(plan, { lang: "fr" });
    sheet.update(0, 2, (cell) => (cell.value = "Tél. international"));
    // The user typed a formula in one of Tria's cells: it must survive the second run.
    sheet.update(3, 4, (cell) => ((cell.formula = '="75"&"010"'), (cell.value = "75010")));
    const afterFirst = book.state();
    const second = { ...plan, addedColumns: plan.addedColumns.map((c) => ({ ...c, values: c.values.map((v) => (c.key === "address.city" ? "LYON" : v)) })) };
    await host.apply(second, { lang: "fr" });
    expect(sheet.columnCount()).toBe(7);
    expect(sheet.cell(0, 2).value).toBe("Téléphone (E.164)");
    expect(sheet.cell(4, 5).value).toBe("LYON");
    expect(sheet.cell(3, 4).formula).toBe('="75"&"010"');
    // The user's note keeps one Tria part, not two.
    expect(sheet.notes.get("1,1")!.split(NOTE_MARKER)).toHaveLength(2);
    expect(book.sheets.filter((s) => s.name.startsWith("Légende"))).toHaveLength(1);
    await host.undoLastRun();
    expect(book.state()).toEqual(afterFirst);
  });

  it("a user's sheet named like the legend is never replaced", async () => {
    const { book, host, plan } = setup();
    book.addSheet("Légende", [["mes couleurs"]]);
    await host.apply(plan, { lang: "fr" });
    expect(book.sheet("Légende")!.cell(0, 0).value).toBe("mes couleurs");
    expect(book.sheet("Légende (2)")).toBeDefined();
  });

  it("a failure at any sync leaves the workbook exactly as before", async () => {
    const probe = setup();
    await probe.host.apply(probe.plan, { lang: "fr" });
    const total = probe.excel.stats.syncs;
    expect(total).toBeGreaterThan(8);
    // Excel applies none, half, or all of the failing request (a lost answer) before saying so.
    for (const applyFirst of [0, undefined, 10_000]) {
      for (let n = 1; n <= total; n++) {
        const { book, excel, host, plan } = setup();
        const before = book.state();
        excel.failAt({ atSync: n, code: "GeneralException", applyFirst });
        await expect(host.apply(plan, { lang: "en" }), `sync ${n}`).rejects.toMatchObject({ name: "ExcelHostError" });
        expect(book.state(), `failure at sync ${n} of ${total}, ${applyFirst ?? "half"} applied`).toEqual(before);
      }
    }
  });

  it("a failure during a second run puts back the first run's result, Tria's sheets included", async () => {
    const probe = setup();
    await probe.host.apply(probe.plan, { lang: "fr" });
    const first = probe.excel.stats.syncs;
    await probe.host.apply(probe.plan, { lang: "fr" });
    const total = probe.excel.stats.syncs - first;
    for (let n = 1; n <= total; n++) {
      const { book, excel, host, plan } = setup();
      await host.apply(plan, { lang: "fr" });
      const before = book.state();
      excel.failAt({ atSync: excel.stats.syncs + n, code: "GeneralException" });
      await expect(host.apply(plan, { lang: "fr" })).rejects.toMatchObject({ name: "ExcelHostError" });
      expect(book.state(), `failure at sync ${n} of ${total}`).toEqual(before);
    }
  });

  it("says so, in both languages, when even the rollback fails", async () => {
    const { excel, host, plan } = setup();
    excel.failAt({ atSync: 9, code: "GeneralException", sticky: true });
    const error = await host.apply(plan, { lang: "fr" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "failedNotRestored" });
    expect(String((error as Error).message)).toMatch(/Ctrl\+Z.*\/.*Ctrl\+Z/);
  });

  it("payload too large: the block is halved and the run succeeds", async () => {
    const { sheet, excel, plan } = setup(2000);
    // A budget above Excel's limit: the fake refuses the first value block, the host halves it.
    const host = createExcelHost({ run: excel.run, supports: excel.supports, maxRequestBytes: 40_000 });
    excel.failAt({ atSync: 12, code: "RequestPayloadSizeLimitExceeded", applyFirst: 0 });
    await host.apply(plan, { lang: "fr" });
    expect(sheet.cell(2000, 5).value).toBe("PARIS");
    expect(sheet.cell(2000, 2).value).toBe("+33612343400");
  });

  it("Excel's own refusal of a request over 5 MB is met by halving too", async () => {
    const { sheet, excel, plan } = setup(20_000);
    const long = "x".repeat(300);
    const heavy = { ...plan, addedColumns: plan.addedColumns.map((c) => (c.key === "address.city" ? { ...c, values: c.values.map(() => long) } : c)) };
    const host = createExcelHost({ run: excel.run, supports: excel.supports, maxRequestBytes: 20 * 1024 * 1024 });
    await host.apply(heavy, { lang: "fr" });
    expect(excel.stats.requestBytes.some((b) => b > 5 * 1024 * 1024)).toBe(true);
    expect(sheet.cell(20_000, 5).value).toBe(long);
  });
});
