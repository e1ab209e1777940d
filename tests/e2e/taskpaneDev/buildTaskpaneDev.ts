/**
 * Builds the taskpane's development page into a folder: taskpane-dev.html, its bundle (esbuild:
 * a second or two, no webpack) and demo-sheet.js, the first sheet of a workbook as the fake
 * Excel will hold it. Open the page from disk in any browser: no Office, no server, no network.
 *   npm run dev:taskpane            → build/taskpane-dev/taskpane-dev.html on samples/clients-demo.xlsx
 *   npm run dev:taskpane -- my.xlsx → the same on your own file
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import ExcelJS from "exceljs";
import type { DevSheet } from "./officeStub";

const root = path.resolve(import.meta.dirname, "../../..");
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

type Scalar = string | number | boolean;

/** A cell as Office.js `values` gives it: dates are serial numbers, formulas their result. */
function officeValue(value: ExcelJS.CellValue): Scalar | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if (typeof value === "object") {
    if ("result" in value) return officeValue(value.result as ExcelJS.CellValue);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("error" in value) return String(value.error);
    return null;
  }
  return value;
}

export async function readDevSheet(file: string, maxRows = 200): Promise<DevSheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error(`${file} has no sheet`);
  const rows: (Scalar | null)[][] = [];
  const formats: Record<string, string> = {};
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (rowNumber > maxRows + 1) return;
    const cells: (Scalar | null)[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const cell = row.getCell(column);
      cells.push(officeValue(cell.value));
      if (cell.value instanceof Date) formats[`${rowNumber - 1},${column - 1}`] = cell.numFmt || "dd/mm/yyyy";
      else if (cell.numFmt && typeof cell.value === "number") formats[`${rowNumber - 1},${column - 1}`] = cell.numFmt;
    }
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { name: sheet.name, rows, formats };
}

/** Writes the page into outDir and returns its path. */
export async function buildTaskpaneDev(outDir: string, workbook = path.join(root, "samples/clients-demo.xlsx")): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(import.meta.dirname, "entry.ts")],
    bundle: true,
    format: "iife",
    target: "es2020",
    jsx: "automatic",
    outfile: path.join(outDir, "taskpane-dev.js"),
    define: { "process.env.NODE_ENV": '"production"' },
    // import.meta.url has no meaning in a classic script: the engine runs on the page's thread.
    logOverride: { "empty-import-meta": "silent" },
    logLevel: "error",
  });
  const sheet = await readDevSheet(workbook);
  writeFileSync(path.join(outDir, "demo-sheet.js"), `window.__triaDevSheet = ${JSON.stringify(sheet)};\n`);
  const page = path.join(outDir, "taskpane-dev.html");
  writeFileSync(
    page,
    `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Tria (taskpane, development page)</title>
  </head>
  <body style="margin: 0">
    <div id="container"></div>
    <script src="demo-sheet.js"></script>
    <script src="taskpane-dev.js"></script>
  </body>
</html>
`,
  );
  return page;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  const page = await buildTaskpaneDev(path.join(root, "build/taskpane-dev"), file);
  console.log(`Open ${pathToFileURL(page).href}`);
}
