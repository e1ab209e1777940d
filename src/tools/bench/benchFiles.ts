/**
 * The files `npm run bench` measures, written once into the bench folder (the generators are
 * seeded: the same files every time). Run in its own process: `tsx benchFiles.ts DIR`.
 *   customers-varied-N.csv   French Excel CSV (cp1252, ";"), invented surnames, streets and towns of all France
 *   customers-varied-N.xlsx  the same rows as a workbook, header in bold, dates and amounts formatted as a
 *                            French export shows them (at 1,048,576: the sheet full, 1,048,575 customers under the header)
 *   customers-N.csv          the sample generator's own rows (real surnames, mostly around Lyon)
 *   orders-1000000.csv       a French orders export (customer, date, amount: ~27 MB), one row per order, ~300,000 customers
 *   cdnow-x10.csv            the CDNOW sample (../shared/data) ten times over with distinct ids, as French CSV
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../engine/table/cellValue";
import { customerRecords, CUSTOMER_COLUMN_FORMATS, CUSTOMER_HEADER, type ColumnFormat } from "../samples/customers";
import { orderRecords } from "../samples/orders";
import { toExcelCsv } from "../samples/csv";
import { encodeCp1252 } from "../samples/cp1252";

export const CUSTOMER_SIZES = [10_000, 100_000, 1_048_576] as const;
/** A sheet holds 1,048,576 rows, its header included. */
export const XLSX_MAX_ROWS = 1_048_575;
export const ORDER_ROWS = 1_000_000;
export const CDNOW_FILE = "/work/shared/data/cdnow/CDNOW_sample.txt";

/** Writes rows in batches, so a million rows never sit in memory as one string. */
function writeCsv(file: string, header: readonly string[], rows: Iterable<CellValue[]>, formats: readonly ColumnFormat[]): void {
  const chunks: Uint8Array[] = [encodeCp1252(toExcelCsv([header], formats))];
  let batch: CellValue[][] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === 50_000) {
      chunks.push(encodeCp1252(toExcelCsv(batch, formats)));
      batch = [];
    }
  }
  if (batch.length > 0) chunks.push(encodeCp1252(toExcelCsv(batch, formats)));
  // Written under a temporary name: an interrupted bench leaves no half file to be reused.
  writeFileSync(`${file}.part`, Buffer.concat(chunks));
  renameSync(`${file}.part`, file);
}

const XLSX_FORMATS: Readonly<Record<ColumnFormat, string | undefined>> = { general: undefined, date: "dd/mm/yyyy", euro: '#,##0.00 "€"' };

async function writeXlsx(file: string, header: readonly string[], rows: Iterable<CellValue[]>, formats: readonly ColumnFormat[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.part`, useStyles: true });
  const sheet = workbook.addWorksheet("Clients");
  const top = sheet.addRow([...header]);
  top.font = { bold: true };
  top.commit();
  for (const values of rows) {
    const row = sheet.addRow(values as ExcelJS.CellValue[]);
    formats.forEach((format, index) => {
      const numFmt = XLSX_FORMATS[format];
      if (numFmt && values[index] !== null && values[index] !== undefined) row.getCell(index + 1).numFmt = numFmt;
    });
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  renameSync(`${file}.part`, file);
}

function* cells(rows: number, varied: boolean): Generator<CellValue[]> {
  for (const record of customerRecords(rows, 42, { keepTraits: false, varied })) yield record.cells;
}

/** CDNOW lines "00004 0001 19970101  2   29.33" → customer, date, CDs, dollars; copy k gets ids k·10000 + id. */
function* cdnowRows(copies: number): Generator<CellValue[]> {
  const lines = readFileSync(CDNOW_FILE, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");
  for (let copy = 0; copy < copies; copy++) {
    for (const line of lines) {
      const [id = "", , date = "", count = "", amount = ""] = line.trim().split(/\s+/);
      const day = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8))));
      yield [`K${String(copy * 10_000 + Number(id)).padStart(6, "0")}`, day, Number(count), Number(amount)];
    }
  }
}

/** The three columns RFM needs (N° client, Date commande, Montant TTC) of the sample orders. */
function* orderColumns(): Generator<CellValue[]> {
  for (const order of orderRecords(ORDER_ROWS, Math.floor(ORDER_ROWS / 3), 7)) yield [order[1] ?? null, order[2] ?? null, order[3] ?? null];
}

export async function writeBenchFiles(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const rows of CUSTOMER_SIZES) {
    const varied = join(dir, `customers-varied-${rows}.csv`);
    if (!existsSync(varied)) writeCsv(varied, CUSTOMER_HEADER, cells(rows, true), CUSTOMER_COLUMN_FORMATS);
    const xlsx = join(dir, `customers-varied-${rows}.xlsx`);
    if (!existsSync(xlsx)) await writeXlsx(xlsx, CUSTOMER_HEADER, cells(Math.min(rows, XLSX_MAX_ROWS), true), CUSTOMER_COLUMN_FORMATS);
  }
  const own = join(dir, `customers-${CUSTOMER_SIZES[2]}-v2.csv`);
  if (!existsSync(own)) writeCsv(own, CUSTOMER_HEADER, cells(CUSTOMER_SIZES[2], false), CUSTOMER_COLUMN_FORMATS);
  const orders = join(dir, `orders-${ORDER_ROWS}.csv`);
  if (!existsSync(orders)) writeCsv(orders, ["N° client", "Date commande", "Montant TTC"], orderColumns(), ["general", "date", "general"]);
  const cdnow = join(dir, "cdnow-x10.csv");
  if (!existsSync(cdnow) && existsSync(CDNOW_FILE))
    writeCsv(cdnow, ["N° client", "Date achat", "Nb CD", "Montant"], cdnowRows(10), ["general", "date", "general", "euro"]);
}

if (process.argv[1]?.endsWith("benchFiles.ts")) await writeBenchFiles(process.argv[2] ?? "out/bench");
