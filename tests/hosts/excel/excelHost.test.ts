import { describe, expect, it } from "vitest";
import { OfficeMockObject } from "office-addin-mock";
import { createExcelHost, type ExcelRun } from "../../../src/hosts/excel/excelHost";
import { ExcelHostError } from "../../../src/hosts/excel/excelHostError";
import { excelCell } from "../../../src/hosts/excel/excelCell";
import type { Plan } from "../../../src/engine/plan";

type Grid = (string | number | boolean)[][];

function valueType(value: string | number | boolean): string {
  if (value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return value.startsWith("#") ? "Error" : "String";
}

/**
 * A fake Excel.run over a grid: ranges are office-addin-mock objects, so reading a property
 * that was not loaded and synced gives the mock's error text instead of data.
 */
function fakeExcel(grid: Grid, origin = { row: 0, column: 0 }) {
  const mocks: OfficeMockObject[] = [];
  const track = (mock: OfficeMockObject) => (mocks.push(mock), mock);
  const width = Math.max(0, ...grid.map((row) => row.length));
  const stats = { syncs: 0, blocks: [] as number[] };
  const sheet = track(
    new OfficeMockObject({
      name: "Clients",
      getUsedRangeOrNullObject: () => {
        const used = new OfficeMockObject({
          isNullObject: grid.length === 0,
          address: "Clients!A1",
          rowIndex: origin.row,
          columnIndex: origin.column,
          rowCount: grid.length,
          columnCount: width,
        });
        // Office.js fills isNullObject at every sync without a load; the mock needs one.
        used.load("isNullObject");
        return track(used);
      },
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
        stats.blocks.push(rows);
        const slice = grid.slice(row - origin.row, row - origin.row + rows).map((r) => r.slice(column - origin.column, column - origin.column + columns));
        return track(
          new OfficeMockObject({ values: slice, valueTypes: slice.map((r) => r.map(valueType)), numberFormat: slice.map((r) => r.map(() => "General")) }),
        );
      },
    }),
  );
  const context = {
    workbook: { worksheets: { getActiveWorksheet: () => sheet, getItem: () => sheet } },
    sync: async () => {
      stats.syncs += 1;
      for (const mock of mocks) await mock.sync();
    },
  };
  const run = ((batch: (ctx: unknown) => Promise<unknown>) => batch(context)) as unknown as ExcelRun;
  return { run, stats };
}

function grid(rows: number): Grid {
  const out: Grid = [["Nom", "Code postal", "Actif", "Solde"]];
  for (let i = 1; i <= rows; i++) out.push([`Client ${i}`, i % 2 ? "75002" : "", i % 3 === 0, i % 5 === 0 ? "#N/A" : i * 10]);
  return out;
}

describe("excelHost.readSheet", () => {
  it("turns Excel values into raw cells: empty → null, error → {error}, numbers and booleans kept", async () => {
    const { run } = fakeExcel(grid(5));
    const sheet = await createExcelHost({ run }).readSheet();
    expect(sheet.name).toBe("Clients");
    expect(sheet.rows).toHaveLength(6);
    expect(sheet.rows[0]).toEqual(["Nom", "Code postal", "Actif", "Solde"]);
    expect(sheet.rows[2]).toEqual(["Client 2", null, false, 20]);
    expect(sheet.rows[5]).toEqual(["Client 5", "75002", false, { error: "#N/A" }]);
  });

  it.each([
    [1, 4],
    [40, 4],
    [1000, 4],
  ])("reads %i data rows in blocks of at most blockCells, one sync per block", async (rows, columns) => {
    for (const blockCells of [4, 40, 400]) {
      const { run, stats } = fakeExcel(grid(rows));
      const progress: number[] = [];
      const sheet = await createExcelHost({ run, blockCells }).readSheet(undefined, (p) => progress.push(p.done));
      const rowsPerBlock = Math.max(1, Math.floor(blockCells / columns));
      const blocks = Math.ceil((rows + 1) / rowsPerBlock);
      expect(sheet.rows).toHaveLength(rows + 1);
      expect(stats.blocks.every((n) => n * columns <= Math.max(blockCells, columns))).toBe(true);
      // One sync for the used range, then one per block: grows with rows ÷ block, not with rows.
      expect(stats.syncs).toBe(1 + blocks);
      expect(progress.at(-1)).toBe(rows + 1);
    }
  });

  it("keeps sheet coordinates when the used range does not start at A1", async () => {
    const { run } = fakeExcel(
      [
        ["Nom", "Ville"],
        ["Ana", "Lyon"],
      ],
      { row: 2, column: 1 },
    );
    const sheet = await createExcelHost({ run }).readSheet("Clients");
    expect(sheet.rows).toHaveLength(4);
    expect(sheet.rows[0]).toEqual([]);
    expect(sheet.rows[2]).toEqual([null, "Nom", "Ville"]);
    expect(sheet.rows[3]).toEqual([null, "Ana", "Lyon"]);
  });

  it("reads an empty sheet as no rows", async () => {
    const { run, stats } = fakeExcel([]);
    expect((await createExcelHost({ run }).readSheet()).rows).toEqual([]);
    expect(stats.syncs).toBe(1);
  });
});

describe("excelHost.listSheets and apply", () => {
  it("lists sheet names in workbook order", async () => {
    const worksheets = { items: [{ name: "Clients" }, { name: "Ventes" }], load: () => undefined };
    const run = ((batch: (ctx: unknown) => Promise<unknown>) => batch({ workbook: { worksheets }, sync: async () => undefined })) as unknown as ExcelRun;
    expect(await createExcelHost({ run }).listSheets()).toEqual(["Clients", "Ventes"]);
  });

  it("refuses to apply on an Excel without ExcelApi 1.9, in French and English", async () => {
    const host = createExcelHost({ run: (() => Promise.reject(new Error("no Excel"))) as unknown as ExcelRun, supports: () => false });
    const refusal = host.apply({ job: "structure", sheet: "Clients" } as unknown as Plan, { lang: "fr" });
    await expect(refusal).rejects.toBeInstanceOf(ExcelHostError);
    await expect(refusal).rejects.toThrow(/ExcelApi 1\.9.*\/.*ExcelApi 1\.9/);
  });

  it("has nothing to undo before a run", async () => {
    const host = createExcelHost({ run: (() => Promise.reject(new Error("no Excel"))) as unknown as ExcelRun, supports: () => true });
    expect(host.canUndo()).toBe(false);
    await expect(host.undoLastRun()).rejects.toMatchObject({ code: "nothingToUndo" });
  });
});

describe("excelCell", () => {
  it("keeps text that only looks like an error when Excel says it is text", () => {
    expect(excelCell("#N/A", "String")).toBe("#N/A");
    expect(excelCell("#DIV/0!", "Error")).toEqual({ error: "#DIV/0!" });
    expect(excelCell("", "Empty")).toBeNull();
    expect(excelCell(45000, "Double")).toBe(45000);
  });
});
