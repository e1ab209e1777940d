/**
 * Office.js as the taskpane sees it, in memory: `Office` (onReady, display language, document
 * settings, requirements) and `Excel.run` over the host tests' fake Excel (tests/hosts/excel),
 * holding the sheet the page was given. Installed before the real taskpane entry is evaluated.
 */
import { createFakeExcel, FakeWorkbook, type FakeExcel } from "../../../src/tools/fakeExcel/fakeExcel";
import type { Scalar } from "../../../src/tools/fakeExcel/fakeWorkbookModel";

/** A sheet as plain JSON: rows of cells, dates as Excel serials with their number format. */
export interface DevSheet {
  readonly name: string;
  readonly rows: readonly (readonly (Scalar | null)[])[];
  /** Number formats by "row,column" (0-based), e.g. "dd/mm/yyyy" for a date serial. */
  readonly formats?: Readonly<Record<string, string>>;
}

export interface DevOffice {
  readonly excel: FakeExcel;
  readonly settings: Map<string, unknown>;
}

export function installOfficeStub(sheet: DevSheet, displayLanguage: string): DevOffice {
  const book = new FakeWorkbook();
  const fakeSheet = book.addSheet(sheet.name, sheet.rows);
  for (const [key, format] of Object.entries(sheet.formats ?? {})) {
    const [row, column] = key.split(",").map(Number) as [number, number];
    fakeSheet.update(row, column, (cell) => void (cell.numberFormat = format));
  }
  const excel = createFakeExcel(book);
  const settings = new Map<string, unknown>();
  const office = {
    onReady: (ready?: () => void) => {
      // Office calls back asynchronously, after the page's scripts ran.
      setTimeout(() => ready?.(), 0);
      return Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
    },
    context: {
      displayLanguage,
      requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && excel.supports(version) },
      document: {
        settings: {
          get: (name: string) => settings.get(name) ?? null,
          set: (name: string, value: unknown) => void settings.set(name, JSON.parse(JSON.stringify(value))),
          saveAsync: (callback?: (result: { status: string }) => void) => setTimeout(() => callback?.({ status: "succeeded" }), 0),
        },
      },
    },
    actions: { associate: () => undefined },
    addin: { showAsTaskpane: () => Promise.resolve() },
  };
  const run = (first: unknown, second?: unknown) =>
    typeof first === "function"
      ? excel.run(first as Parameters<FakeExcel["run"]>[0])
      : excel.run(second as Parameters<FakeExcel["run"]>[0], first as Excel.RunOptions);
  Object.assign(globalThis, { Office: office, Excel: { run } });
  return { excel, settings };
}
