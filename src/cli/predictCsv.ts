import { DateOrderVote } from "../engine/table/dateOrder";
import type { Lang } from "../engine/i18n/lang";
import type { Plan } from "../engine/plan";
import type { Report } from "../engine/report";
import type { Table } from "../engine/table/table";
import { TriaError } from "../engine/errors";
import { buildReport } from "../engine/buildReport";
import { inspectTable } from "../engine/inspect";
import { tableFromSheet } from "../engine/table/tableFromSheet";
import { OrderAccumulator } from "../engine/predict/orderAccumulator";
import { predictHistories, predictInput } from "../engine/predict/predictTable";
import type { PredictOptions } from "../engine/predict/predictOptions";
import type { ProgressListener } from "../hosts/host";
import { CsvRowStream } from "../hosts/workbook/csvRowStream";

export interface PredictCsvOptions extends PredictOptions {
  readonly lang: Lang;
  readonly headerRow?: number;
  /** Build the two sheets (a workbook will be written); false: the report only. */
  readonly withSheets: boolean;
  readonly onProgress?: ProgressListener;
}

/**
 * `tria predict` on a CSV, streamed: the columns are found on the first lines, then each order
 * is added to its customer's history as it is parsed and dropped. One row per customer is all
 * that is kept (the whole-file Table was 1.3 GB for a million orders). Roles and fill rates in
 * the report are those of the first lines (SAMPLE_LINES).
 */
export function predictCsv(bytes: Uint8Array, sheetName: string, fileName: string, options: PredictCsvOptions): { plan: Plan; report: Report } {
  const stream = new CsvRowStream(bytes, sheetName, fileName);
  if (!stream.sample.rows.some((row) => row.some((cell) => cell !== null))) throw new TriaError("emptySheet", { sheet: sheetName });
  const sample = tableFromSheet(stream.sample, { lang: options.lang, ...(options.headerRow === undefined ? {} : { headerRow: options.headerRow }) });
  options.onProgress?.({ phase: "detect", done: 0, total: sample.rows.length });
  const columns = inspectTable(sample, options.lang);
  const { input, calibrationEnd } = predictInput(columns, options, sheetName);
  const accumulator = new OrderAccumulator(input, streamedDayFirst(stream, sample, input.date));
  const rows: number[] = [];
  const width = sample.headers.length;
  stream.forEachRow((cells, rowNumber) => {
    if (rowNumber <= sample.headerRow) return;
    // As tableFromSheet: a row with nothing in the table's columns is no data.
    let filled = false;
    for (let c = 0; c < width && !filled; c++) filled = cells[c] !== null && cells[c] !== undefined;
    if (!filled) return;
    rows.push(rowNumber);
    accumulator.add(cells, rowNumber);
  }, options.onProgress);
  options.onProgress?.({ phase: "score", done: 0, total: rows.length });
  const base: Plan = { job: "predict", sheet: sheetName, headerRow: sample.headerRow, rows, addedColumns: [], flags: [], addedSheets: [], extras: {} };
  const { plan } = predictHistories(accumulator.histories(calibrationEnd), base, options, options.lang, options.withSheets);
  options.onProgress?.({ phase: "score", done: rows.length, total: rows.length });
  return { plan, report: buildReport(plan, columns) };
}

const PROVEN = Symbol("day first");

/**
 * The date column's order, as the whole-Table job decides it (columnDayFirst over every row). A
 * French file shows a day over 12 in its first lines and is decided there. Otherwise the column
 * is read once more before the orders are added: a US export sorted by date shows only 01/01 to
 * 01/12 in its first 5,000 lines, and 01/05/2024 must then be 5 January, not 1 May.
 */
function streamedDayFirst(stream: CsvRowStream, sample: Table, column: number): boolean {
  const vote = new DateOrderVote();
  for (const row of sample.rows) vote.add(row.cells[column] ?? null);
  // No numeric date in the first lines (ISO dates, Excel's serial numbers): nothing to decide.
  if (vote.proven || !vote.numeric) return vote.dayFirst;
  try {
    stream.forEachRow((cells) => {
      vote.add(cells[column] ?? null);
      if (vote.proven) throw PROVEN;
    });
  } catch (stop) {
    if (stop !== PROVEN) throw stop;
  }
  return vote.dayFirst;
}
