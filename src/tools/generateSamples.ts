/**
 * Writes the bundled demo files in samples/ from a fixed seed:
 *   samples/clients-demo.xlsx  sheet "Clients", title row, empty row, header on row 3
 *   samples/clients-demo.csv   the same customers as French Excel's ";" CSV in Windows-1252
 *   samples/commandes-demo.csv/.xlsx  2,000 orders of 200 of those customers (the Score job's orders list)
 * Run: npx tsx src/tools/generateSamples.ts   (twice gives byte-identical files; tests check it)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { encodeCp1252 } from "./samples/cp1252";
import { toExcelCsv } from "./samples/csv";
import { CUSTOMER_COLUMN_FORMATS, generateCustomers } from "./samples/customers";
import { withFixedZipTimestamps } from "./samples/stableZip";
import { buildWorkbook } from "./samples/xlsx";
import { generateOrders, ORDER_COLUMN_FORMATS } from "./samples/orders";

export const DEMO_SEED = 20261115;
export const DEMO_COUNT = 500;
export const DEMO_SHEET = "Clients";
export const DEMO_TITLE = "Fichier clients — Boutique Tria, export du 15/11/2026";
const COLUMN_WIDTHS = [10, 30, 30, 55, 20, 34, 20, 14, 10, 14, 14];
export const ORDERS_SEED = 20261116;
export const ORDERS_COUNT = 2000;
export const ORDERS_CUSTOMERS = 200;
export const ORDERS_SHEET = "Commandes";
const ORDERS_TITLE = "Commandes — Boutique Tria, export du 15/11/2026";
const ORDER_WIDTHS = [14, 10, 14, 14, 18, 12, 10];

export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "samples");

export function demoRows() {
  return generateCustomers(DEMO_COUNT, DEMO_SEED);
}

export function demoCsvBytes(): Uint8Array {
  return encodeCp1252(toExcelCsv(demoRows(), CUSTOMER_COLUMN_FORMATS));
}

export async function writeSamples(dir = SAMPLES_DIR): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const rows = demoRows();
  const xlsxPath = join(dir, "clients-demo.xlsx");
  const workbook = buildWorkbook(rows, CUSTOMER_COLUMN_FORMATS, { sheetName: DEMO_SHEET, title: DEMO_TITLE, widths: COLUMN_WIDTHS });
  const zip = new Uint8Array(await workbook.xlsx.writeBuffer());
  writeFileSync(xlsxPath, withFixedZipTimestamps(zip));
  const csvPath = join(dir, "clients-demo.csv");
  writeFileSync(csvPath, encodeCp1252(toExcelCsv(rows, CUSTOMER_COLUMN_FORMATS)));
  return [xlsxPath, csvPath, ...(await writeOrderSamples(dir))];
}

/** The orders list the Score job reads (one row per order): CSV as French Excel writes it, and .xlsx. */
async function writeOrderSamples(dir: string): Promise<string[]> {
  const orders = generateOrders(ORDERS_COUNT, ORDERS_CUSTOMERS, ORDERS_SEED);
  const csvPath = join(dir, "commandes-demo.csv");
  writeFileSync(csvPath, encodeCp1252(toExcelCsv(orders, ORDER_COLUMN_FORMATS)));
  const xlsxPath = join(dir, "commandes-demo.xlsx");
  const workbook = buildWorkbook(orders, ORDER_COLUMN_FORMATS, { sheetName: ORDERS_SHEET, title: ORDERS_TITLE, widths: ORDER_WIDTHS });
  writeFileSync(xlsxPath, withFixedZipTimestamps(new Uint8Array(await workbook.xlsx.writeBuffer())));
  return [csvPath, xlsxPath];
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  for (const path of await writeSamples()) console.log(`wrote ${path}`);
}
