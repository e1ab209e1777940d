/**
 * Bench of the Predict job (DESIGN.md §6: BG/NBD + Gamma-Gamma on 1,000,000 orders in a few
 * seconds). Engine only here, on the seeded orders list built in memory (not measured): role
 * detection, reading the histories, the three fits, the per-customer forecasts and the sheets.
 * The whole command (`tria predict` on a CSV, reading and writing included) is timed by bench.ts.
 *   tsx src/tools/benchPredict.ts [--orders 1000000]
 */
import { fileURLToPath } from "node:url";
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

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const index = process.argv.indexOf("--orders");
  console.log(JSON.stringify(benchPredict(index >= 0 ? Number(process.argv[index + 1]) : 1_000_000)));
}
