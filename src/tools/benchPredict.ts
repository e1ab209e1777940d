/**
 * Bench of the Predict job (DESIGN.md §6: BG/NBD + Gamma-Gamma on 1,000,000 orders in a few
 * seconds). Engine only here, on the seeded orders list built in memory (not measured): role
 * detection, reading the histories, the three fits, the per-customer forecasts and the sheets.
 * With --whole, the command a user types: a French CSV of the orders is written (not measured),
 * then `tria predict FILE --report R.json` runs in its own process under
 * /usr/bin/time: wall time from start to exit and peak memory, reading and writing included.
 *   tsx src/tools/benchPredict.ts [--orders 1000000] [--whole]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ORDER_COLUMN_FORMATS, ORDER_HEADER, orderRecords } from "./samples/orders";
import { toExcelCsv } from "./samples/csv";
import { encodeCp1252 } from "./samples/cp1252";
import type { CellValue } from "../engine/table/cellValue";
import { detectRoles } from "../engine/table/detectRoles";
import { predictTable } from "../engine/predict/predictTable";
import { ordersTable } from "./benchScore";

export interface PredictBench {
  readonly rows: number;
  readonly customers: number;
  readonly distinctTriples?: number;
  readonly totalMs: number;
  readonly cpuMs: number;
  readonly peakMemoryMb: number;
  readonly bgnbd: string;
}

export function benchPredict(rows: number): PredictBench {
  const table = ordersTable(rows);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const { histories, predictions } = predictTable(table, detectRoles(table), {}, "fr");
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  const b = predictions.models.bgNbd;
  return {
    rows,
    customers: histories.ids.length,
    totalMs: Math.round(end - start),
    cpuMs: Math.round((used.user + used.system) / 1000),
    peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024),
    bgnbd: `r=${b.r.toFixed(4)} α=${b.alpha.toFixed(4)} a=${b.a.toFixed(4)} b=${b.b.toFixed(4)} LL=${b.logLikelihood.toFixed(2)}`,
  };
}

/** `tria predict` on a generated CSV of `rows` orders, timed from start to exit. */
export function benchPredictCommand(rows: number): { readonly rows: number; readonly wallMs: number; readonly peakMemoryMb: number; readonly output: string } {
  const dir = join(tmpdir(), "tria-bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `orders-${rows}.csv`);
  if (!existsSync(file)) {
    const chunks: Uint8Array[] = [encodeCp1252(toExcelCsv([ORDER_HEADER as CellValue[]], ORDER_COLUMN_FORMATS))];
    let batch: CellValue[][] = [];
    for (const cells of orderRecords(rows, Math.max(1, Math.floor(rows / 5)), 7)) {
      batch.push(cells);
      if (batch.length === 50_000) {
        chunks.push(encodeCp1252(toExcelCsv(batch, ORDER_COLUMN_FORMATS)));
        batch = [];
      }
    }
    if (batch.length > 0) chunks.push(encodeCp1252(toExcelCsv(batch, ORDER_COLUMN_FORMATS)));
    writeFileSync(file, Buffer.concat(chunks));
  }
  const start = performance.now();
  const stderr = join(dir, "predict-time.txt");
  const output = execFileSync(
    "/usr/bin/time",
    [
      "-f",
      "%M",
      "-o",
      stderr,
      process.execPath,
      "--max-old-space-size=8192",
      "src/cli/tria.mjs",
      "predict",
      file,
      "--report",
      join(dir, "orders.predict.json"),
    ],
    { encoding: "utf8" },
  );
  const wallMs = Math.round(performance.now() - start);
  const peakKb = Number(execFileSync("tail", ["-1", stderr], { encoding: "utf8" }).trim());
  return { rows, wallMs, peakMemoryMb: Math.round(peakKb / 1024), output: output.split("\n")[0] ?? "" };
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const index = process.argv.indexOf("--orders");
  const rows = index >= 0 ? Number(process.argv[index + 1]) : 1_000_000;
  console.log(JSON.stringify(process.argv.includes("--whole") ? benchPredictCommand(rows) : benchPredict(rows)));
}
