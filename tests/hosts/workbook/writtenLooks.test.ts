import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkCliRun } from "../../support/xlsx/checkCliRun";
import type { Report } from "../../../src/engine/report";

/*
 * What Tria writes is exactly what it found (issue 9): every job on every sample, read back
 * with the XML reader (not ExcelJS), has the legend's look on exactly the flagged cells and the
 * user's own values, fills, borders, formats and notes everywhere else. Before the fix, the
 * demo's `run` output had 1,372 such cells wrong and `structure` alone 425.
 */
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tria-looks-"));
});

const cases: [job: string, sample: string][] = [
  ["structure", "samples/clients-demo.xlsx"],
  ["dedupe", "samples/clients-demo.xlsx"],
  ["score", "samples/clients-demo.xlsx"],
  ["run", "samples/clients-demo.xlsx"],
  ["run", "samples/clients-demo.csv"],
  ["structure", "samples/commandes-demo.csv"],
  ["run", "samples/commandes-demo.xlsx"],
];

describe("written workbooks, read back by the XML reader", () => {
  it.each(cases)(
    "tria %s %s: 0 mismatched cells",
    async (job, sample) => {
      const name = `${job}-${sample.replace(/\W/g, "_")}`;
      const result = await checkCliRun(job, sample, join(dir, `${name}.xlsx`), join(dir, `${name}.json`));
      expect(result.code, result.stderr).toBe(0);
      expect(result.sourceCells).toBeGreaterThan(1000);
      expect(result.mismatches.slice(0, 5)).toEqual([]);
      expect(result.mismatchedCells).toBe(0);
    },
    90_000,
  );

  it("tria run on its own output, three times: each output checks against the user's file", async () => {
    const sample = "samples/clients-demo.xlsx";
    let input = sample;
    const survivors: number[][] = [];
    for (let pass = 1; pass <= 3; pass++) {
      const output = join(dir, `rerun${pass}.xlsx`);
      const result = await checkCliRun("run", input, output, join(dir, `rerun${pass}.json`), [], sample);
      expect(result.code, result.stderr).toBe(0);
      expect(result.mismatches.slice(0, 5), `pass ${pass}`).toEqual([]);
      const { reports } = JSON.parse(await readFile(join(dir, `rerun${pass}.json`), "utf8")) as { reports: Report[] };
      // The same survivors every time, and only the user's 11 columns in the report.
      survivors.push(reports[0]!.duplicates.map((group) => group.survivor));
      expect(reports.map((report) => report.columns.length)).toEqual([11, 11]);
      input = output;
    }
    expect(survivors[1]).toEqual(survivors[0]);
    expect(survivors[2]).toEqual(survivors[0]);
  }, 180_000);
});
