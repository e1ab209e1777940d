/**
 * Writes the bundled demo files in samples/ from a fixed seed:
 *   samples/clients-demo.xlsx  sheet "Clients", title row, empty row, header on row 3
 *   samples/clients-demo.csv   the same customers as French Excel's ";" CSV in Windows-1252
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

export const DEMO_SEED = 20261115;
export const DEMO_COUNT = 500;
export const DEMO_SHEET = "Clients";
export const DEMO_TITLE = "Fichier clients — Boutique Tria, export du 15/11/2026";
const COLUMN_WIDTHS = [10, 30, 30, 55, 20, 34, 20, 14, 10, 14, 14];

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
  return [xlsxPath, csvPath];
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  for (const path of await writeSamples()) console.log(`wrote ${path}`);
}
