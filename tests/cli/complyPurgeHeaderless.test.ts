import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/engine/report";
import { runCli } from "./cliHarness";

/*
 * `tria comply --purge` on a file without header row: the report's rows count the header row
 * Tria adds above the data (headerRowAdded.ts), the purged file is the user's file without the
 * expired lines, with no added row. Written by openpyxl (or as a CSV), read back by openpyxl.
 */
const openpyxl = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0;
const dir = mkdtempSync(join(tmpdir(), "tria-purge-headerless-"));

// Orders without header: customer, date, quantity, amount. On 01/12/2026 the customers 00021
// (last order 03/03/2022) and 00050 (30/11/2020) are past the CNIL's 3 years: lines 2, 5 and 6,
// the last two at the end of the file (ExcelJS's spliceRows left such rows behind).
const ORDERS: [string, [number, number, number], number, number][] = [
  ["00004", [2025, 6, 1], 2, 29.33],
  ["00021", [2021, 1, 10], 1, 14.96],
  ["00077", [2025, 2, 3], 4, 57.5],
  ["00004", [2025, 9, 12], 1, 11.77],
  ["00050", [2020, 11, 30], 3, 40.1],
  ["00021", [2022, 3, 3], 2, 20],
];
const KEPT = ["00004|2025-06-01", "00077|2025-02-03", "00004|2025-09-12"];

const WRITE = `
import sys, json, datetime, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Commandes"
for customer, (y, m, d), quantity, amount in json.loads(sys.argv[2]):
    ws.append([customer, datetime.datetime(y, m, d), quantity, amount])
wb.save(sys.argv[1])
`;

/** Each line of the purged sheet as "customer|yyyy-mm-dd" (a CSV's dates are text dd/mm/yyyy). */
const READ = `
import sys, json, datetime, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
def day(v):
    if isinstance(v, datetime.datetime): return v.strftime("%Y-%m-%d")
    if v is None: return ""
    d, m, y = str(v).split("/"); return f"{y}-{m}-{d}"
print(json.dumps([f"{r[0] if r[0] is not None else ''}|{day(r[1])}" for r in ws.iter_rows(values_only=True)]))
`;

function python(script: string, ...args: string[]): string {
  const run = spawnSync("/usr/bin/python3", ["-c", script, ...args], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  return run.stdout;
}

const pad = (n: number) => String(n).padStart(2, "0");

describe.skipIf(!openpyxl)("tria comply --purge on a file without header row", () => {
  for (const kind of ["xlsx", "csv"]) {
    it(`${kind}: the purged file is the user's lines without the expired ones, and no added row`, async () => {
      const input = join(dir, `orders.${kind}`);
      if (kind === "xlsx") python(WRITE, input, JSON.stringify(ORDERS));
      else writeFileSync(input, ORDERS.map(([c, [y, m, d], q, a]) => `${c};${pad(d)}/${pad(m)}/${y};${q};${String(a).replace(".", ",")}`).join("\n") + "\n");
      const purged = join(dir, `purged-${kind}.xlsx`);
      const reportPath = join(dir, `${kind}.json`);
      const run = await runCli(["comply", input, "--today", "01/12/2026", "--report", reportPath, "--purge", purged]);
      expect(run.code, run.stderr).toBe(0);
      const report = JSON.parse(readFileSync(reportPath, "utf8")) as Report;
      expect(report.headerAdded).toBe(true);
      // Rows of the written workbook, where line n of the file is row n + 1.
      expect(report.privacy!.expired.map((e) => e.row)).toEqual([3, 6, 7]);
      expect(run.stdout).toContain("3 lignes expirées retirées");
      expect(JSON.parse(python(READ, purged))).toEqual(KEPT);
    }, 60_000);
  }
});
