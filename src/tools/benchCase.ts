/**
 * Writes the bench's generated customer files, in its own process (a million rows):
 *   generate FORMAT ROWS FILE   FORMAT csv (Excel's French CSV, Windows-1252) or xlsx
 * The bench times the commands users type on these files (bench.ts), not the engine alone.
 */
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { customerRecords, CUSTOMER_HEADER, CUSTOMER_COLUMN_FORMATS } from "./samples/customers";
import { toExcelCsv } from "./samples/csv";
import { encodeCp1252 } from "./samples/cp1252";

async function generate(format: string, rows: number, file: string): Promise<void> {
  if (format === "csv") {
    const chunks: Uint8Array[] = [encodeCp1252(toExcelCsv([CUSTOMER_HEADER], CUSTOMER_COLUMN_FORMATS))];
    let batch: (typeof CUSTOMER_HEADER)[] = [];
    for (const record of customerRecords(rows, 42)) {
      batch.push(record.cells as unknown as typeof CUSTOMER_HEADER);
      if (batch.length === 50_000) {
        chunks.push(encodeCp1252(toExcelCsv(batch, CUSTOMER_COLUMN_FORMATS)));
        batch = [];
      }
    }
    if (batch.length > 0) chunks.push(encodeCp1252(toExcelCsv(batch, CUSTOMER_COLUMN_FORMATS)));
    writeFileSync(file, Buffer.concat(chunks));
    return;
  }
  // The streaming writer keeps a million rows out of memory while the file is made.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const sheet = workbook.addWorksheet("Clients");
  sheet.addRow([...CUSTOMER_HEADER]).commit();
  for (const record of customerRecords(rows, 42)) sheet.addRow(record.cells as ExcelJS.CellValue[]).commit();
  sheet.commit();
  await workbook.commit();
}

const [command, ...args] = process.argv.slice(2);
if (command === "generate") await generate(args[0]!, Number(args[1]), args[2]!);
else throw new Error(`usage: benchCase generate csv|xlsx ROWS FILE`);
