import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WebSession } from "../../src/worker/webSession";
import { createJobRunner } from "../../src/app/jobRunner";
import { runJob } from "../../src/app/runJob";
import type { JobKind } from "../../src/app/jobProtocol";
import type { Report } from "../../src/engine/report";
import { checkWrittenWorkbook } from "../support/xlsx/checkWrittenWorkbook";
import { readXlsxXml, sheetNamed } from "../support/xlsx/readXlsxXml";
import { DEMO_XLSX } from "../app/demoSheet";

/*
 * What the web page's "Download" button hands the user (WebSession.outputBytes, the bytes given
 * to downloadBytes) is exactly what the runs found (issue 9): read back by the XML reader, every
 * cell of the user's sheet has the legend's look where a report flagged it and the user's own
 * value, fill, border, format and note everywhere else.
 */
const bytes = new Uint8Array(readFileSync(DEMO_XLSX));

async function downloadedAfter(jobs: readonly JobKind[]) {
  const session = await WebSession.open(bytes, "clients-demo.xlsx");
  const runner = createJobRunner(null);
  const reports: Report[] = [];
  for (const job of jobs) reports.push((await runJob(session.host, runner, job, { lang: "fr" })).report);
  const sheet = reports[0]!.sheet;
  const original = sheetNamed(await readXlsxXml(bytes), sheet);
  return checkWrittenWorkbook({ original, written: await readXlsxXml(await session.outputBytes()), sheet, reports });
}

describe("the web page's downloaded workbook, read back by the XML reader", () => {
  it.each<[string, JobKind[]]>([
    ["structure", ["structure"]],
    ["structure then score", ["structure", "score"]],
  ])(
    "clients-demo.xlsx after %s: 0 mismatched cells",
    async (_name, jobs) => {
      const result = await downloadedAfter(jobs);
      expect(result.sourceCells).toBeGreaterThan(1000);
      expect(result.mismatches.slice(0, 5)).toEqual([]);
      expect(result.mismatchedCells).toBe(0);
    },
    90_000,
  );
});
