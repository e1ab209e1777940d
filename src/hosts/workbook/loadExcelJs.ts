import type ExcelJSModule from "exceljs";

/**
 * ExcelJS, evaluated the first time a job needs it rather than when the CLI starts: its ~200
 * modules (archiver, unzipper, fast-csv…) took a quarter of `tria`'s start-up, and a CSV read
 * and written back streamed (`tria score orders.csv -o scores.xlsx`) never uses it. The web
 * build keeps it in the same bundle (webpack's dynamicImportMode "eager"): only the moment of
 * evaluation moves.
 */
let loading: Promise<typeof ExcelJSModule> | undefined;

export function loadExcelJs(): Promise<typeof ExcelJSModule> {
  // A CommonJS package: its exports are the namespace's default, in Node, esbuild and webpack alike.
  loading ??= import("exceljs").then((module) => (module as unknown as { default: typeof ExcelJSModule }).default);
  return loading;
}
