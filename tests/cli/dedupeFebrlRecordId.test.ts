import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/engine/report";
import { entityOf } from "../../src/tools/labelledFileAccuracy";
import { pairAccuracy, pairsOf } from "../../src/tools/duplicateAccuracy";
import { runCli } from "./cliHarness";

/*
 * Febrl's rec_id (rec-1496-org, rec-1496-dup-0) names the record, one per row: `tria dedupe`
 * on the file as it comes recognises it as a record id (recordIdColumns.ts) and never compares it. Before, it was one
 * of the "other" columns of the model (5 false pairs on dataset3, precision 99.92 %).
 */
const FILE = "tests/data/febrl/dataset3.csv";

describe("tria dedupe on Febrl's dataset3, rec_id included", () => {
  it("leaves rec_id out of the comparison, keeps soc_sec_id in, and finds the true pairs", async () => {
    const reportPath = join(mkdtempSync(join(tmpdir(), "tria-febrl-")), "r.json");
    const run = await runCli(["dedupe", FILE, "--report", reportPath]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(reportPath, "utf8")) as Report;
    const fields = report.duplicateModel!.fields.map((f) => f.field);
    expect(fields).not.toContain("rec_id");
    // soc_sec_id repeats between a record and its copies: still compared.
    expect(fields).toContain("soc_sec_id");
    const lines = readFileSync(FILE, "utf8").trim().split("\n").slice(1);
    const byEntity = new Map<string, number[]>();
    lines.forEach((line, i) => {
      const entity = entityOf(line.split(",")[0]!);
      byEntity.set(entity, [...(byEntity.get(entity) ?? []), i + 2]);
    });
    const found = pairsOf(report.duplicates.map((d) => d.rows));
    const accuracy = pairAccuracy(pairsOf(byEntity.values()), found);
    expect(accuracy.precision).toBeGreaterThan(0.9995);
    expect(accuracy.recall).toBeGreaterThan(0.999);
  }, 120_000);
});
