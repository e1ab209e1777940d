import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import ExcelJS from "exceljs";
import { buildSheets } from "../../../src/tools/buildSheets";
import { BORDER_STYLES, emptyCell, FakeProperties, FakeSpreadsheet, type FakeSheet } from "./fakeSpreadsheet";

/*
 * The built add-on (dist/sheets/Code.js) in a fresh Apps Script-like global scope: the bundle,
 * then its global functions, over an in-memory spreadsheet, with the document's properties and a
 * clock that moves only when Sheets is called (FakeSpreadsheet.callCost): the six-minute limit is
 * simulated, not waited for.
 */
const root = path.resolve(import.meta.dirname, "../../..");

export interface JobOutcome {
  ok: boolean;
  message: string;
  done?: boolean;
  percent?: number;
  counts?: { rows: number };
}

export interface Addon {
  onOpen(): void;
  structureActiveSheet(quiet?: boolean): JobOutcome;
  scoreActiveSheet(quiet?: boolean, onOrders?: boolean): JobOutcome;
  undoLastRun(quiet?: boolean): JobOutcome;
  sidebarState(): { lang: string; legend: { kind: string }[]; canUndo: boolean; pending: string | null; onOrders: boolean };
  [name: string]: unknown;
}

/** Build the add-on once per test file and return Code.js. */
export async function builtCode(): Promise<string> {
  await buildSheets();
  return readFileSync(path.join(root, "dist/sheets/Code.js"), "utf8");
}

export function loadAddon(
  code: string,
  book: FakeSpreadsheet,
  options: { locale?: string; properties?: FakeProperties; clock?: () => number } = {},
): { addon: Addon; alerts: string[]; menu: [string, string][]; properties: FakeProperties } {
  const alerts: string[] = [];
  const menu: [string, string][] = [];
  const properties = options.properties ?? new FakeProperties();
  const menuObject = {
    addItem: (caption: string, fn: string) => (menu.push([caption, fn]), menuObject),
    addSeparator: () => menuObject,
    addToUi: () => undefined,
  };
  const context = vm.createContext({
    SpreadsheetApp: {
      getActiveSpreadsheet: () => book,
      getUi: () => ({ createAddonMenu: () => menuObject, alert: (m: string) => alerts.push(m), showSidebar: () => undefined }),
      BorderStyle: BORDER_STYLES,
    },
    Session: { getActiveUserLocale: () => options.locale ?? "fr_FR" },
    HtmlService: { createHtmlOutputFromFile: () => ({ setTitle: () => ({}) }) },
    PropertiesService: { getDocumentProperties: () => properties },
    __fakeNow: options.clock ?? (() => book.now),
  });
  // The script's clock is the spreadsheet's simulated one.
  vm.runInContext("Date.now = function () { return __fakeNow(); };", context);
  vm.runInContext(code, context, { filename: "Code.js" });
  return { addon: context as unknown as Addon, alerts, menu, properties };
}

/** A sample workbook's first visible sheet as Sheets' getValues would give it. */
export async function sampleRows(file: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(root, "samples", file));
  const sheet = workbook.worksheets.find((s) => s.state === "visible")!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = Array.from({ length: sheet.columnCount }, (_, c) => {
      const value = row.getCell(c + 1).value;
      return value === null || value === undefined ? "" : value instanceof Date || typeof value !== "object" ? value : row.getCell(c + 1).text;
    });
  });
  return Array.from(rows, (r) => r ?? []);
}

export function copyOf(book: FakeSpreadsheet): FakeSpreadsheet {
  const copy = new FakeSpreadsheet();
  for (const sheet of book.sheets) {
    const s = copy.insertSheet(sheet.getName());
    s.cells = sheet.cells.map((row) => row.map((c) => ({ ...c })));
    s.metadata = sheet.metadata.map((m) => ({ ...m }));
  }
  copy.active = copy.sheets[0]!;
  return copy;
}

/** Every cell as text, "row:column {…}", trailing empty cells left out: diffs name the cells that differ. */
export function grid(sheet: FakeSheet): string[] {
  const width = sheet.getLastColumn();
  return sheet.cells.flatMap((row, r) => Array.from({ length: width }, (_, c) => `${r + 1}:${c + 1} ${JSON.stringify(row[c] ?? emptyCell())}`));
}

export function differences(a: string[], b: string[]): string[] {
  const inA = new Set(a);
  const inB = new Set(b);
  return [...a.filter((line) => !inB.has(line)).slice(0, 5), ...b.filter((line) => !inA.has(line)).slice(0, 5)];
}
