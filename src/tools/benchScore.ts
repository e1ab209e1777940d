/**
 * Bench of the Score job's engine (DESIGN.md §6: RFM on 1,000,000 order rows under 2 s).
 * Builds the Table in memory from the seeded generators (not measured), then times role
 * detection and scoreTable (aggregation, quintiles, segments, groups, Plan, summary sheet).
 * Prints one JSON line per case; `npm run bench` can call it in a fresh process:
 *   tsx src/tools/benchScore.ts [--orders 1000000] [--customers 1048576]
 */
import { fileURLToPath } from "node:url";
import type { Table } from "../engine/table/table";
import { detectRoles } from "../engine/table/detectRoles";
import { scoreTable } from "../engine/scoring/scoreTable";
import { customerRecords, CUSTOMER_HEADER } from "./samples/customers";
import { ORDER_HEADER, orderRecords } from "./samples/orders";

export interface ScoreBench {
  readonly case: "orders" | "customers";
  readonly rows: number;
  readonly customers: number;
  readonly detectMs: number;
  readonly scoreMs: number;
  readonly totalMs: number;
  /** CPU time of this process (user + system), less sensitive than wall time to a busy machine. */
  readonly cpuMs: number;
  readonly peakMemoryMb: number;
}

export function ordersTable(rows: number): Table {
  const list = [];
  let i = 0;
  // A fifth as many buyers as orders: a shop's orders list over a few years.
  for (const cells of orderRecords(rows, Math.max(1, Math.floor(rows / 5)), 7)) list.push({ rowNumber: 2 + i++, cells });
  return { sheet: "Commandes", headerRow: 1, headers: [...ORDER_HEADER], rows: list };
}

export function customersTable(rows: number): Table {
  const list = [];
  let i = 0;
  for (const record of customerRecords(rows, 42, { keepTraits: false })) list.push({ rowNumber: 2 + i++, cells: record.cells });
  return { sheet: "Clients", headerRow: 1, headers: [...CUSTOMER_HEADER], rows: list };
}

export function benchScore(kind: "orders" | "customers", table: Table): ScoreBench {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const columns = detectRoles(table);
  const detected = performance.now();
  const { measures } = scoreTable(table, columns, {}, "fr");
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  return {
    case: kind,
    rows: table.rows.length,
    customers: measures.customers.length,
    detectMs: Math.round(detected - start),
    scoreMs: Math.round(end - detected),
    totalMs: Math.round(end - start),
    cpuMs: Math.round((used.user + used.system) / 1000),
    peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const arg = (name: string, fallback: number) => {
    const index = process.argv.indexOf(name);
    return index >= 0 ? Number(process.argv[index + 1]) : fallback;
  };
  const orders = arg("--orders", 1_000_000);
  const customers = arg("--customers", 1_048_576);
  if (orders > 0) console.log(JSON.stringify(benchScore("orders", ordersTable(orders))));
  if (customers > 0) console.log(JSON.stringify(benchScore("customers", customersTable(customers))));
}
