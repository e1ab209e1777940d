/**
 * One bench measurement in its own process, so that its peak memory (maxRSS) is its own:
 *   generate FORMAT ROWS FILE   write a generated customer file (not measured)
 *   job NAME FILE               read the file, then run the job (inspect, structure); one JSON line
 */
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { openWorkbookFile } from "../hosts/workbook/node/openWorkbookFile";
import { tableFromSheet } from "../engine/table/tableFromSheet";
import type { Table } from "../engine/table/table";
import { structureTable } from "../engine/structure/structureTable";
import { structureProcessors } from "../app/structureProcessors";
import { findDuplicates } from "../engine/duplicates/findDuplicates";
import { detectRoles } from "../engine/table/detectRoles";
import { scoreTable } from "../engine/scoring/scoreTable";
import { inspectTable } from "../engine/inspect";
import { parseDate } from "../engine/table/parseDate";
import { parseNumber } from "../engine/table/parseNumber";
import type { ColumnRole } from "../engine/table/columnRole";
import { customerRecords, CUSTOMER_HEADER, CUSTOMER_COLUMN_FORMATS } from "./samples/customers";
import { toExcelCsv } from "./samples/csv";
import { encodeCp1252 } from "./samples/cp1252";

const DATE_ROLES: ReadonlySet<ColumnRole> = new Set(["lastPurchaseDate", "firstPurchaseDate", "orderDate", "birthDate", "lastContactDate"]);
const NUMBER_ROLES: ReadonlySet<ColumnRole> = new Set(["frequency", "purchasesPerYear", "amount", "totalAmount", "averageBasket", "age"]);

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

/** The jobs the bench measures after reading: each gets the Table and returns how much it did. */
const JOBS: Readonly<Record<string, (table: Table) => number>> = {
  inspect: (table) => {
    const columns = inspectTable(table, "fr");
    let parsed = 0;
    for (const column of columns) {
      const parse = DATE_ROLES.has(column.role) ? parseDate : NUMBER_ROLES.has(column.role) ? parseNumber : null;
      if (!parse) continue;
      for (const row of table.rows) if (parse(row.cells[column.index] ?? null) !== null) parsed++;
    }
    return parsed;
  },
  structure: (table) => {
    const roles = inspectTable(table, "fr").map((column) => column.role);
    return structureTable(table, roles, { lang: "fr", operations: ["address", "names", "phones", "emails", "siret", "text"] }, structureProcessors()).flags
      .length;
  },
  dedupe: (table) => findDuplicates(table, detectRoles(table)).clusters.length,
  score: (table) => scoreTable(table, inspectTable(table, "fr"), {}, "fr").plan.rows.length,
};

/** Read the file (open, parse, find the table), then run the job; one JSON line of figures. */
async function measure(job: string, file: string): Promise<void> {
  const run = JOBS[job];
  if (!run) throw new Error(`unknown job ${job}`);
  const start = performance.now();
  const host = await openWorkbookFile(file);
  const table = tableFromSheet(await host.readSheet(), { lang: "fr" });
  const read = performance.now();
  const output = run(table);
  const end = performance.now();
  const result = {
    rows: table.rows.length,
    readMs: Math.round(read - start),
    jobMs: Math.round(end - read),
    totalMs: Math.round(end - start),
    output,
    peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const [command, ...args] = process.argv.slice(2);
if (command === "generate") await generate(args[0]!, Number(args[1]), args[2]!);
else if (command === "job") await measure(args[0]!, args[1]!);
else throw new Error(`usage: benchCase generate csv|xlsx ROWS FILE | job inspect|structure FILE`);
