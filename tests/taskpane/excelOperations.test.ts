import { describe, expect, it, vi } from "vitest";
import type { ExcelHost, ExcelRun } from "../../src/hosts/excel/excelHost";
import { excelOperations } from "../../src/taskpane/excelOperations";
import { createJobRunner } from "../../src/app/jobRunner";

/**
 * A small in-memory sheet with just the Office.js calls the taskpane's Excel glue makes
 * (getRange / getCell / load / formulas / numberFormat / findOrNullObject / select), so the
 * write-then-undo of suggestions is checked cell by cell. The Excel host itself is faked: its
 * own tests (tests/hosts/excel) cover it.
 */
function fakeSheet(grid: string[][]) {
  const formats = grid.map((row) => row.map(() => "General"));
  let selected: string | null = null;
  let syncs = 0;
  const address = (r: number, c: number) => `Clients!${String.fromCharCode(65 + c)}${r + 1}`;
  const parse = (a: string) => {
    const m = /([A-Z])(\d+)$/.exec(a)!;
    return { r: Number(m[2]) - 1, c: m[1]!.charCodeAt(0) - 65 };
  };
  const cell = (r: number, c: number) => ({
    load: () => undefined,
    get address() {
      return address(r, c);
    },
    get formulas() {
      return [[grid[r]![c]]];
    },
    set formulas(v: unknown[][]) {
      grid[r]![c] = String(v[0]![0]).replace(/^'/, "");
    },
    get numberFormat() {
      return [[formats[r]![c]]];
    },
    set numberFormat(v: unknown[][]) {
      formats[r]![c] = String(v[0]![0]);
    },
    // A formula's value is its result (this grid holds only formulas that give a number).
    get values() {
      return [[grid[r]![c]!.startsWith("=") ? 0 : grid[r]![c]]];
    },
    get valueTypes() {
      return [["String"]];
    },
    // Excel's text prefix is not part of the value.
    set values(v: unknown[][]) {
      grid[r]![c] = String(v[0]![0]).replace(/^'/, "");
    },
    select: () => void (selected = address(r, c)),
  });
  const sheet = {
    getCell: (r: number, c: number) => cell(r, c),
    getRange: (a: string) => {
      if (/^\d+:\d+$/.test(a)) {
        const r = Number(a.split(":")[0]) - 1;
        return { getUsedRange: () => ({ load: () => undefined, values: [grid[r]!], columnIndex: 0 }) };
      }
      const { r, c } = parse(a);
      return cell(r, c);
    },
    getUsedRange: () => ({
      getRow: () => ({
        findOrNullObject: (text: string) => {
          const c = grid[0]!.indexOf(text);
          return { load: () => undefined, isNullObject: c < 0, columnIndex: c };
        },
      }),
    }),
  };
  const context = {
    workbook: { worksheets: { getItem: () => sheet, getItemOrNullObject: () => ({ load: () => ({ isNullObject: true }) }), getActiveWorksheet: () => sheet } },
    sync: async () => void syncs++,
  };
  const run = (async (batch: (c: unknown) => Promise<unknown>) => batch(context)) as unknown as ExcelRun;
  return { grid, run, selected: () => selected, syncs: () => syncs };
}

function fakeHost(): ExcelHost & { undone: number } {
  const host = {
    undone: 0,
    listSheets: async () => ["Clients"],
    readSheet: async () => ({ name: "Clients", rows: [] }),
    apply: async () => undefined,
    undoLastRun: async () => void host.undone++,
    canUndo: () => true,
  };
  return host;
}

const rows = () => [
  ["Nom", "Tél.", "Total"],
  ["Ana", "06 12 34 56 78 / 04 78 00 00 00", "=SUM(1,2)"],
  ["Bruno", "0478", "12"],
];

describe("excelOperations", () => {
  it("writes suggestions into the cells found by position, skipping formulas, in a fixed number of syncs", async () => {
    const sheet = fakeSheet(rows());
    const ops = excelOperations(fakeHost(), createJobRunner(null), sheet.run);
    await ops.writeCells("Clients", [
      { row: 2, userColumn: 1, header: "Tél.", value: "06 12 34 56 78" },
      { row: 2, userColumn: 2, header: "Total", value: "3" },
    ]);
    expect(sheet.grid[1]).toEqual(["Ana", "06 12 34 56 78", "=SUM(1,2)"]);
    expect(sheet.syncs()).toBe(4);
  });

  it("Undo takes back the suggestions first, then the run", async () => {
    const sheet = fakeSheet(rows());
    const host = fakeHost();
    const ops = excelOperations(host, createJobRunner(null), sheet.run);
    await ops.writeCells("Clients", [{ row: 2, userColumn: 1, header: "Tél.", value: "06 12 34 56 78" }]);
    await ops.writeCells("Clients", [{ row: 3, userColumn: 1, header: "Tél.", value: "04 78" }]);
    await ops.undo!();
    expect(sheet.grid[2]![1]).toBe("0478");
    expect(sheet.grid[1]![1]).toBe("06 12 34 56 78");
    await ops.undo!();
    expect(sheet.grid[1]![1]).toBe("06 12 34 56 78 / 04 78 00 00 00");
    expect(host.undone).toBe(0);
    await ops.undo!();
    expect(host.undone).toBe(1);
  });

  it("selects a flag's cell by its header, wherever the column moved", async () => {
    const sheet = fakeSheet(rows());
    const ops = excelOperations(fakeHost(), createJobRunner(null), sheet.run);
    await ops.selectCell!(3, "Tél.");
    expect(sheet.selected()).toBe("Clients!B3");
    await ops.selectCell!(3, "Nope");
    expect(sheet.selected()).toBe("Clients!B3");
  });

  it("runs a job through the host: read, compute, apply", async () => {
    const host = fakeHost();
    host.readSheet = async () => ({
      name: "Clients",
      rows: [
        ["Nom", "E-mail"],
        ["Ana", "ana@gmial.com"],
      ],
    });
    const apply = vi.spyOn(host, "apply");
    const ops = excelOperations(host, createJobRunner(null), fakeSheet(rows()).run);
    const { report } = await ops.run("structure", { lang: "fr" }, {});
    expect(apply).toHaveBeenCalledTimes(1);
    expect(report.flags.some((f) => f.suggestion === "ana@gmail.com")).toBe(true);
  });
});
