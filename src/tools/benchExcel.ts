/**
 * The Excel host on the fake Excel (src/tools/fakeExcel), as the taskpane runs a job: read the
 * bench's varied customer rows through createExcelHost, make Structure's Plan (duplicates
 * included, as the taskpane's default), apply it, then Tria's own undo. `npm run bench` runs
 * it in its own process (`tsx src/tools/benchExcel.ts ROWS`) and times it whole; this prints,
 * per phase, what Excel on the web would see (DESIGN.md §6: every request and answer under
 * 5 MB, syncs growing with rows ÷ batch, never with rows):
 *   syncs     context.sync() calls, Excel.run's closing one included (each a round trip)
 *   requests  the syncs that sent operations (an empty sync still waits for Excel)
 *   request   bytes of a request's operations: largest and mean
 *   answer    bytes of the largest answer (loaded values, formats, cell properties)
 * Request sizes are the fake's estimate: JSON of the arguments plus 40 bytes per operation.
 */
import { createExcelHost } from "../hosts/excel/excelHost";
import { readTable } from "../app/readTable";
import { structurePlan } from "../app/runStructure";
import { dateToExcelSerial } from "../engine/table/excelSerial";
import { customerRecords, CUSTOMER_COLUMN_FORMATS, CUSTOMER_HEADER, type ColumnFormat } from "./samples/customers";
import { createFakeExcel, FakeWorkbook, PAYLOAD_LIMIT_BYTES, type FakeExcel, type FakeStats } from "./fakeExcel/fakeExcel";

/** The number formats the bench's .xlsx gives its columns (benchFiles.ts), as Excel holds them. */
const FORMATS: Readonly<Record<ColumnFormat, string>> = { general: "General", date: "dd/mm/yyyy", euro: '#,##0.00 "€"' };

/** The same rows as out/bench/customers-varied-N.xlsx (seed 42, varied), typed as Excel holds them: dates are serials. */
function customerWorkbook(rows: number): FakeWorkbook {
  const data: (string | number | boolean | null)[][] = [[...CUSTOMER_HEADER]];
  for (const record of customerRecords(rows, 42, { keepTraits: false, varied: true }))
    data.push(record.cells.map((cell) => (cell instanceof Date ? dateToExcelSerial(cell) : (cell as string | number | boolean | null))));
  const book = new FakeWorkbook();
  const sheet = book.addSheet("Clients", data);
  CUSTOMER_COLUMN_FORMATS.forEach((format, column) => {
    if (format === "general") return;
    for (let row = 1; row < data.length; row++)
      if (data[row]![column] !== null) sheet.update(row, column, (cell) => void (cell.numberFormat = FORMATS[format]));
  });
  return book;
}

interface PhaseFigures {
  readonly phase: string;
  readonly syncs: number;
  readonly requests: number;
  readonly maxRequestBytes: number;
  readonly meanRequestBytes: number;
  readonly maxAnswerBytes: number;
  readonly wallMs: number;
}

function figuresOf(phase: string, stats: FakeStats, wallMs: number): PhaseFigures {
  const sent = stats.requestBytes.filter((bytes) => bytes > 0);
  return {
    phase,
    syncs: stats.syncs,
    requests: sent.length,
    maxRequestBytes: Math.max(0, ...sent),
    meanRequestBytes: sent.length === 0 ? 0 : Math.round(sent.reduce((sum, bytes) => sum + bytes, 0) / sent.length),
    maxAnswerBytes: Math.max(0, ...stats.responseBytes),
    wallMs: Math.round(wallMs),
  };
}

/** Run one phase on fresh counters and keep its figures. */
async function phase<T>(excel: FakeExcel, name: string, figures: PhaseFigures[], work: () => Promise<T>): Promise<T> {
  excel.resetStats();
  const start = performance.now();
  const result = await work();
  figures.push(figuresOf(name, excel.stats, performance.now() - start));
  return result;
}

export async function benchExcel(rows: number): Promise<{ figures: PhaseFigures[]; plan: string }> {
  const excel = createFakeExcel(customerWorkbook(rows));
  const host = createExcelHost({ run: excel.run, supports: excel.supports });
  const figures: PhaseFigures[] = [];
  const table = await phase(excel, "read", figures, () => readTable(host, { lang: "fr" }));
  const { plan } = await phase(excel, "plan (Structure, no Excel)", figures, async () => structurePlan(table, { lang: "fr" }));
  await phase(excel, "apply", figures, () => host.apply(plan, { lang: "fr" }));
  await phase(excel, "undo", figures, () => host.undoLastRun());
  const summary = `${rows} rows × ${CUSTOMER_HEADER.length} columns; the Plan adds ${plan.addedColumns.length} columns and ${plan.addedSheets.length} sheet${plan.addedSheets.length === 1 ? "" : "s"}, flags ${plan.flags.length} cells`;
  return { figures, plan: summary };
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(2);

if (process.argv[1]?.endsWith("benchExcel.ts")) {
  const rows = Number(process.argv[2] ?? 100_000);
  const { figures, plan } = await benchExcel(rows);
  console.log(`  ${plan}`);
  console.log(
    `  ${"phase".padEnd(28)} ${"syncs".padStart(5)} ${"requests".padStart(8)} ${"request MB max".padStart(14)} ${"mean".padStart(5)} ${"answer MB max".padStart(13)} ${"wall s".padStart(7)}`,
  );
  for (const f of figures)
    console.log(
      `  ${f.phase.padEnd(28)} ${String(f.syncs).padStart(5)} ${String(f.requests).padStart(8)} ${mb(f.maxRequestBytes).padStart(14)} ${mb(f.meanRequestBytes).padStart(5)} ${mb(f.maxAnswerBytes).padStart(13)} ${(f.wallMs / 1000).toFixed(2).padStart(7)}`,
    );
  // The fake refuses such a request as Excel does and the host halves it: it still cost a round trip.
  const over = figures.filter((f) => f.maxRequestBytes > PAYLOAD_LIMIT_BYTES);
  if (over.length > 0) console.log(`  a request over Excel on the web's 5 MB was refused, then halved: ${over.map((f) => f.phase).join(", ")}`);
}
