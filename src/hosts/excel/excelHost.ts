import type { ApplyOptions, Host, ProgressListener } from "../host";
import type { RawSheet } from "../../engine/table/table";
import type { CellValue } from "../../engine/table/cellValue";
import type { Plan } from "../../engine/plan";
import { excelCell } from "./excelCell";

/** The part of Excel.run the host uses; tests pass an office-addin-mock object. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** Defaults to the global Excel.run of Office.js. */
  readonly run?: ExcelRun;
  /** Cells (values + valueTypes) per read request; see DEFAULT_BLOCK_CELLS. */
  readonly blockCells?: number;
}

/**
 * Excel on the web rejects a request or response over 5 MB (Microsoft docs, "Resource limits
 * and performance optimization for Office Add-ins"). A cell costs about 20-60 bytes of JSON for
 * its value plus ~10 for its valueType, so 20,000 cells stay near 1 MB: a 4x margin for long texts.
 */
export const DEFAULT_BLOCK_CELLS = 20_000;

export const APPLY_NOT_AVAILABLE =
  "Appliquer un plan dans Excel n'est pas encore disponible dans cette version de Tria. / " +
  "Applying plans in Excel is not available in this version of Tria.";

export function createExcelHost(options: ExcelHostOptions = {}): Host {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  const blockCells = Math.max(1, options.blockCells ?? DEFAULT_BLOCK_CELLS);

  return {
    listSheets: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((sheet) => sheet.name);
      }),
    readSheet: (name?: string, onProgress?: ProgressListener) =>
      run((context) => readSheet(context, name, blockCells, onProgress)),
    apply: (_plan: Plan, _options: ApplyOptions) => Promise.reject(new Error(APPLY_NOT_AVAILABLE)),
  };
}

async function readSheet(
  context: Excel.RequestContext,
  name: string | undefined,
  blockCells: number,
  onProgress?: ProgressListener,
): Promise<RawSheet> {
  const worksheets = context.workbook.worksheets;
  const sheet = name ? worksheets.getItem(name) : worksheets.getActiveWorksheet();
  // valuesOnly: formatting alone (a coloured empty column) must not stretch the range.
  const used = sheet.getUsedRangeOrNullObject(true);
  sheet.load("name");
  // isNullObject needs no load: Office.js sets it on every *OrNullObject result at sync.
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return { name: sheet.name, rows: [] };

  // RawSheet.rows[i] is sheet row i + 1 and cells start at column A, so pad what lies before the used range.
  const rows: CellValue[][] = Array.from({ length: used.rowIndex }, () => []);
  const leading: CellValue[] = new Array<CellValue>(used.columnIndex).fill(null);
  const rowsPerBlock = Math.max(1, Math.floor(blockCells / used.columnCount));
  const total = used.rowCount;
  for (let done = 0; done < total; done += rowsPerBlock) {
    const count = Math.min(rowsPerBlock, total - done);
    const block = sheet.getRangeByIndexes(used.rowIndex + done, used.columnIndex, count, used.columnCount);
    block.load("values,valueTypes");
    // One sync per block on purpose: batching all blocks into one sync would put the whole sheet
    // in one response and break the 5 MB limit. Round trips grow with rows / block, never with rows.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const { values, valueTypes } = block;
    for (let r = 0; r < values.length; r++) {
      const types = valueTypes[r] ?? [];
      rows.push([...leading, ...(values[r] ?? []).map((value, c) => excelCell(value, types[c]))]);
    }
    onProgress?.({ phase: "read", done: done + count, total });
  }
  return { name: sheet.name, rows };
}
