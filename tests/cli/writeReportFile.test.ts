import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { writeReportFile } from "../../src/cli/writeReportFile";

describe("writeReportFile", () => {
  it("writes JSON that reads back equal, one list entry per line", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "tria-report-")), "sub", "r.json");
    const report = {
      reportVersion: 1,
      job: "score",
      columns: [{ index: 0, header: "Nom\n« x »" }],
      flags: [],
      scores: Array.from({ length: 30_000 }, (_, i) => ({ row: i + 2, code: "555" })),
      counts: { rows: 3, flags: { typo: 1 } },
      nothing: undefined,
    };
    await writeReportFile(path, report);
    const text = readFileSync(path, "utf8");
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(text.split("\n")).toContain('    {"row":5,"code":"555"},');
  });

  it("round-trips any JSON object", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-report-"));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), async (report) => {
        const path = join(dir, `${n++}.json`);
        await writeReportFile(path, report);
        expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(JSON.parse(JSON.stringify(report)));
      }),
      { numRuns: 50 },
    );
  });
});
