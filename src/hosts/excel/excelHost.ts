import type { ApplyOptions, Host, ProgressListener } from "../host";
import type { RawSheet } from "../../engine/table/table";
import type { CellValue } from "../../engine/table/cellValue";
import type { Plan } from "../../engine/plan";
import type { Lang } from "../../engine/i18n/lang";
import { excelCell } from "./excelCell";
import { applyPlanInExcel } from "./applyPlanInExcel";
import { worksheetNotes, workbookComments } from "./cellNotes";
import { ExcelHostError } from "./excelHostError";
import { DEFAULT_MAX_REQUEST_BYTES } from "./payload";
import { restoreSnapshot } from "./restoreSnapshot";
import type { RunSnapshot } from "./runSnapshot";
import { fingerprintOf } from "./sheetFingerprint";

/** The part of Excel.run the host uses; tests pass an office-addin-mock object or fakeExcel. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, runOptions?: Excel.RunOptions) => Promise<T>;

export interface ExcelHostOptions {
  /** Defaults to the global Excel.run of Office.js. */
  readonly run?: ExcelRun;
  /** Cells (values + valueTypes) per read request; see DEFAULT_BLOCK_CELLS. */
  readonly blockCells?: number;
  /** Bytes per write request; see DEFAULT_MAX_REQUEST_BYTES. */
  readonly maxRequestBytes?: number;
  /** Office.context.requirements.isSetSupported("ExcelApi", version), injectable for tests. */
  readonly supports?: (version: string) => boolean;
}

/** The Excel host, plus Tria's own "Undo last run" (Ctrl+Z may be gone after other edits). */
export interface ExcelHost extends Host {
  undoLastRun(): Promise<void>;
  readonly canUndo: () => boolean;
}

/**
 * Excel on the web rejects a request or response over 5 MB (Microsoft docs, "Resource limits
 * and performance optimization for Office Add-ins"). A cell costs about 20-60 bytes of JSON for
 * its value plus ~10 for its valueType, so 20,000 cells stay near 1 MB: a 4x margin for long texts.
 */
export const DEFAULT_BLOCK_CELLS = 20_000;

/**
 * Rows whose number formats are read with the first block: enough for a title, the header and
 * the first customers, whose values the Columns tab shows as examples (26/07/2025, not 45864).
 */
const FORMAT_ROWS = 60;

export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const run: ExcelRun = options.run ?? ((batch, runOptions) => (runOptions ? Excel.run(runOptions, batch) : Excel.run(batch)));
  const blockCells = Math.max(1, options.blockCells ?? DEFAULT_BLOCK_CELLS);
  const supports = options.supports ?? ((version: string) => Office.context.requirements.isSetSupported("ExcelApi", version));
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const fingerprints = new Map<string, string>();
  let last: { snapshot: RunSnapshot; lang: Lang } | null = null;

  return {
    listSheets: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((sheet) => sheet.name);
      }),
    readSheet: (name?: string, onProgress?: ProgressListener) => run((context) => readSheet(context, name, blockCells, fingerprints, onProgress)),
    apply: async (plan: Plan, applyOptions: ApplyOptions) => {
      if (!supports("1.9")) throw new ExcelHostError("apiTooOld", { version: "1.9" });
      // One Ctrl+Z step for the whole run where Excel can group it (ExcelApi 1.20).
      const runOptions: Excel.RunOptions | undefined = supports("1.20") ? { mergeUndoGroup: true } : undefined;
      const result = await run(
        (context) =>
          applyPlanInExcel(context, plan, {
            lang: applyOptions.lang,
            maxBytes,
            fingerprint: fingerprints.get(plan.sheet),
            supports,
            signal: applyOptions.signal,
            onProgress: (phase, done, total) => applyOptions.onProgress?.({ phase, done, total }),
          }),
        runOptions,
      );
      last = { snapshot: result.snapshot, lang: applyOptions.lang };
      fingerprints.delete(plan.sheet);
    },
    undoLastRun: async () => {
      if (!last) throw new ExcelHostError("nothingToUndo");
      const { snapshot } = last;
      await run((context) => {
        const sheet = context.workbook.worksheets.getItem(snapshot.sheet);
        return restoreSnapshot(context, snapshot, supports("1.18") ? worksheetNotes(sheet) : workbookComments(context, snapshot.sheet), supports);
      });
      last = null;
    },
    canUndo: () => last !== null,
  };
}

async function readSheet(
  context: Excel.RequestContext,
  name: string | undefined,
  blockCells: number,
  fingerprints: Map<string, string>,
  onProgress?: ProgressListener,
): Promise<RawSheet> {
  const worksheets = context.workbook.worksheets;
  const sheet = name ? worksheets.getItem(name) : worksheets.getActiveWorksheet();
  // valuesOnly: formatting alone (a coloured empty column) must not stretch the range.
  const used = sheet.getUsedRangeOrNullObject(true);
  sheet.load("name");
  // isNullObject needs no load: Office.js sets it on every *OrNullObject result at sync.
  used.load("address,rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) {
    fingerprints.set(sheet.name, fingerprintOf(null, [], []));
    return { name: sheet.name, rows: [] };
  }

  // RawSheet.rows[i] is sheet row i + 1 and cells start at column A, so pad what lies before the used range.
  const rows: CellValue[][] = Array.from({ length: used.rowIndex }, () => []);
  const leading: CellValue[] = new Array<CellValue>(used.columnIndex).fill(null);
  const rowsPerBlock = Math.max(1, Math.floor(blockCells / used.columnCount));
  const total = used.rowCount;
  let firstRaw: unknown[] = [];
  let lastRaw: unknown[] = [];
  // Sent with the first block's request: no round trip of its own, a few kB.
  const formats = sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, Math.min(FORMAT_ROWS, rowsPerBlock, total), used.columnCount);
  formats.load("numberFormat");
  for (let done = 0; done < total; done += rowsPerBlock) {
    const count = Math.min(rowsPerBlock, total - done);
    const block = sheet.getRangeByIndexes(used.rowIndex + done, used.columnIndex, count, used.columnCount);
    block.load("values,valueTypes");
    // One sync per block on purpose: batching all blocks into one sync would put the whole sheet
    // in one response and break the 5 MB limit. Round trips grow with rows / block, never with rows.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const { values, valueTypes } = block;
    if (done === 0) firstRaw = values[0] ?? [];
    if (done + count === total) lastRaw = values[values.length - 1] ?? [];
    for (let r = 0; r < values.length; r++) {
      const types = valueTypes[r] ?? [];
      rows.push([...leading, ...(values[r] ?? []).map((value, c) => excelCell(value, types[c]))]);
    }
    onProgress?.({ phase: "read", done: done + count, total });
  }
  // The same rows preflight reads again before writing (sheetFingerprint.ts), as Excel gives them.
  fingerprints.set(sheet.name, fingerprintOf(used.address, firstRaw, lastRaw));
  const leadingFormats = new Array<string>(used.columnIndex).fill("General");
  const numberFormats = [...Array.from({ length: used.rowIndex }, () => []), ...formats.numberFormat.map((row) => [...leadingFormats, ...row.map(String)])];
  return { name: sheet.name, rows, numberFormats };
}
