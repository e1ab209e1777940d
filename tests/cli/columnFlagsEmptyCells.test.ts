import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/engine/report";
import { checkCliRun } from "../support/xlsx/checkCliRun";

/*
 * A column-wide flag (volatile phone, e-mail without a consent column, a "Santé" column) covers
 * the cells that hold a value: an empty cell is neither styled nor counted. The input is written
 * by openpyxl and the outputs read back by openpyxl: every styled cell of the user's columns has
 * a flag in the report at its row and column, and every flag has its styled cell.
 */
const openpyxl = spawnSync("/usr/bin/python3", ["-c", "import openpyxl"]).status === 0;
const dir = mkdtempSync(join(tmpdir(), "tria-column-flags-"));
const HEADERS = ["Nom", "Tél.", "E-mail", "Santé"];

const WRITE = `
import sys, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Clients"
ws.append(${JSON.stringify(HEADERS)})
ws.append(["Marie Dupont", "06 12 34 56 78", "marie@gmail.com", "asthme"])
ws.append(["Paul Martin", None, "paul@free.fr", None])
ws.append(["Léa Bernard", "07 51 93 49 22", None, None])
ws.append(["Jean Petit", None, None, "diabète"])
ws.append(["Zoé Roux", "01 45 67 89 10", "zoe@orange.fr", None])
wb.save(sys.argv[1])
`;

/** Each data cell of the named columns: [row, header, empty, styled (fill or border)]. */
const READ = `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Clients"]
wanted = set(json.loads(sys.argv[2]))
headers = {c.column: c.value for c in ws[1] if c.value in wanted}
out = []
for row in ws.iter_rows(min_row=2):
    for c in row:
        if c.column not in headers: continue
        sides = [c.border.left, c.border.right, c.border.top, c.border.bottom]
        styled = c.fill.fill_type is not None or any(s is not None and s.style is not None for s in sides)
        out.append([c.row, headers[c.column], c.value is None or str(c.value).strip() == "", styled])
print(json.dumps(out))
`;

function python(script: string, ...args: string[]): string {
  const run = spawnSync("/usr/bin/python3", ["-c", script, ...args], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  return run.stdout;
}

describe.skipIf(!openpyxl)("column-wide flags leave empty cells alone", () => {
  const input = join(dir, "clients.xlsx");
  for (const job of ["structure", "comply", "run"]) {
    it(`tria ${job}: styled cells and the report's flags are the same cells, empty cells excluded`, async () => {
      python(WRITE, input);
      const output = join(dir, `${job}.xlsx`);
      const reportPath = join(dir, `${job}.json`);
      const extra = job === "comply" ? ["--today", "01/12/2026"] : [];
      const check = await checkCliRun(job, input, output, reportPath, extra);
      expect(check.code, check.stderr).toBe(0);
      expect(check.mismatches).toEqual([]);
      const parsed = JSON.parse(readFileSync(reportPath, "utf8")) as Report | { reports: Report[] };
      const reports = "reports" in parsed ? parsed.reports : [parsed];
      const cells = JSON.parse(python(READ, output, JSON.stringify(HEADERS))) as [number, string, boolean, boolean][];
      const flagged = new Set(reports.flatMap((report) => report.flags.map((flag) => `${flag.row}:${flag.column}`)));
      const columnFlags = reports.flatMap((report) => report.columnFlags);
      expect(columnFlags.length).toBeGreaterThan(0);
      const flaggedColumns = new Set(columnFlags.map((flag) => flag.column));
      for (const [row, header, empty, styled] of cells) {
        const expected = flagged.has(`${row}:${header}`) || (!empty && flaggedColumns.has(header));
        expect(styled, `${header} row ${row}`).toBe(expected);
      }
      // Each column flag counts the filled cells of its column, not its rows.
      for (const flag of columnFlags) {
        expect(flag.rows, flag.column).toBe(cells.filter(([, header, empty]) => header === flag.column && !empty).length);
      }
      if (job === "comply") expect(columnFlags.map((flag) => flag.column)).toEqual(expect.arrayContaining(["E-mail", "Santé"]));
      if (job !== "comply") expect(columnFlags.map((flag) => flag.column)).toEqual(expect.arrayContaining(["Tél.", "E-mail"]));
    }, 60_000);
  }
});
