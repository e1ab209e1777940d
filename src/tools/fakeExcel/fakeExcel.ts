import type { ExcelRun } from "../../hosts/excel/excelHost";
import { FakeContext, PAYLOAD_LIMIT_BYTES, type FakeStats, type SyncFailure } from "./fakeContext";
import { FakeWorksheets } from "./fakeWorksheet";
import { FakeWorkbook } from "./fakeWorkbookModel";

/**
 * A small in-memory Excel for the host's tests: the part of the Excel JavaScript API that
 * src/hosts/excel uses, with Office's batching rules (queue, sync, load before read) and
 * accounting per request. office-addin-mock cannot express request sizes, sync counts, or
 * what Range.insert and an undo do to a sheet; this can. What it cannot prove (real fills,
 * real payload envelopes, comments on Excel 2016) is listed in the README notes.
 */
export { FakeWorkbook, FakeSheet, columnIndex, columnName, parseAddress } from "./fakeWorkbookModel";
export { FakeRichApiError, PAYLOAD_LIMIT_BYTES } from "./fakeContext";
export type { FakeStats, SyncFailure } from "./fakeContext";

export interface FakeExcelOptions {
  /** The highest ExcelApi version this Excel supports ("1.20" by default). */
  readonly apiVersion?: string;
}

export interface FakeExcel {
  readonly book: FakeWorkbook;
  readonly stats: FakeStats;
  /** Pass as createExcelHost({ run }). */
  readonly run: ExcelRun;
  /** Office.context.requirements.isSetSupported("ExcelApi", v), for createExcelHost({ supports }). */
  readonly supports: (version: string) => boolean;
  /** Make a later sync fail (counted from the first sync of this fake). */
  failAt(failure: SyncFailure): void;
  /** Forget the counters (e.g. after setting the sheet up through the host). */
  resetStats(): void;
  readonly maxRequestBytes: () => number;
  readonly maxResponseBytes: () => number;
}

function versionAtMost(wanted: string, max: string): boolean {
  const [a = 0, b = 0] = wanted.split(".").map(Number);
  const [x = 0, y = 0] = max.split(".").map(Number);
  return a < x || (a === x && b <= y);
}

function freshStats(): FakeStats {
  return { syncs: 0, requestBytes: [], responseBytes: [], runOptions: [], suspendCalculation: 0, suspendScreenUpdating: 0 };
}

export function createFakeExcel(book = new FakeWorkbook(), options: FakeExcelOptions = {}): FakeExcel {
  const apiVersion = options.apiVersion ?? "1.20";
  const failures: SyncFailure[] = [];
  const stats = freshStats();

  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>, runOptions?: Excel.RunOptions): Promise<T> => {
    stats.runOptions.push(runOptions);
    const ctx = new FakeContext(book, stats, failures);
    const context = {
      sync: () => ctx.sync(),
      workbook: {
        worksheets: new FakeWorksheets(ctx),
        application: {
          suspendApiCalculationUntilNextSync: () => void (stats.suspendCalculation += 1),
          suspendScreenUpdatingUntilNextSync: () => void (stats.suspendScreenUpdating += 1),
        },
        get comments(): never {
          throw new Error("fake Excel: comments are not modelled; use ExcelApi 1.18 notes");
        },
      },
    };
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run sends what is still queued when the batch returns.
      if (ctx.pendingOperations > 0) await ctx.sync();
      return result;
    } finally {
      ctx.closed = true;
    }
  };

  return {
    book,
    stats,
    run: run as ExcelRun,
    supports: (version) => versionAtMost(version, apiVersion),
    failAt: (failure) => failures.push(failure),
    resetStats: () => Object.assign(stats, freshStats()),
    maxRequestBytes: () => Math.max(0, ...stats.requestBytes),
    maxResponseBytes: () => Math.max(0, ...stats.responseBytes),
  };
}

/** `Office` global with requirements.isSetSupported, for the host's default `supports`. */
export function fakeOfficeGlobal(apiVersion: string) {
  return { context: { requirements: { isSetSupported: (set: string, version: string) => set === "ExcelApi" && versionAtMost(version, apiVersion) } } };
}

export const LIMIT = PAYLOAD_LIMIT_BYTES;
