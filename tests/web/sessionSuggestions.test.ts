import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { SessionClient } from "../../src/app/sessionClient";
import { inThreadWorker } from "../../src/worker/inThreadSession";
import { WorkerJobError } from "../../src/app/workerError";
import { suggestionsOfKind } from "../../src/ui/flagSummary";
import { isAbort } from "../../src/ui/jobState";

const csv = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, "../../samples/clients-demo.csv")));

describe("the web page's Structure result: the Plan stays in the worker (issue 11)", () => {
  it("sends the report without the Plan's cells, and puts suggestions in from the Plan the worker kept", async () => {
    const session = new SessionClient(new Blob([csv]), "clients-demo.csv", inThreadWorker);
    const result = await session.call("run", { job: "structure", options: { lang: "fr" } });
    // The report the page shows, the Plan's shape, none of its cells.
    expect(result.report.counts.rows).toBe(500);
    expect(result.report.flags.length).toBeGreaterThan(0);
    expect(result.plan.addedColumns.length).toBeGreaterThan(0);
    expect(result.plan.addedColumns.every((column) => column.values.length === 0)).toBe(true);
    expect(result.plan.rows).toEqual([]);
    expect(result.plan.flags).toEqual([]);
    expect(result.report.splits).toEqual([]);

    const grid = async () => (await session.call("preview", { sheet: result.report.sheet, headerRow: result.report.headerRow, rows: 500, lang: "fr" }))!;
    const before = await grid();
    // Where a suggestion goes: Tria's "(corrigé)" column of its source when there is one, else the user's cell.
    const target = (column: string) => {
      const corrected = before.headers.findIndex((h) => h.text === `${column} (corrigé)`);
      return corrected >= 0 ? corrected : before.headers.findIndex((h) => h.text === column);
    };
    const cellOf = (g: typeof before, flag: { row: number; column: string }) =>
      g.rows.find((row) => row.rowNumber === flag.row)?.cells[target(flag.column)]?.text;
    // A suggestion the file does not hold yet.
    const fix = result.report.flags.find((flag) => flag.suggestion !== undefined && !flag.suggestionColumn && cellOf(before, flag) !== flag.suggestion)!;
    expect(fix).toBeDefined();

    await session.call("applySuggestions", { flags: [fix], lang: "fr" });
    expect(cellOf(await grid(), fix)).toBe(fix.suggestion);
    // One Undo takes the suggestion back, and the Structure stays.
    await session.call("undo", {});
    expect(cellOf(await grid(), fix)).toBe(cellOf(before, fix));
  });

  it("after a cancel the new worker has no Plan: applying says, in French, to run Structure again", async () => {
    const session = new SessionClient(new Blob([csv]), "clients-demo.csv", inThreadWorker);
    const result = await session.call("run", { job: "structure", options: { lang: "fr" } });
    const abort = new AbortController();
    const score = session.call("run", { job: "score", options: { lang: "fr" } }, { signal: abort.signal, onProgress: () => abort.abort() });
    await expect(score).rejects.toSatisfy(isAbort);
    const fix = suggestionsOfKind(result.report, "typo")[0]!;
    const error = await session.call("applySuggestions", { flags: [fix], lang: "fr" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerJobError);
    expect((error as WorkerJobError).messageIn("fr")).toMatch(/relancez Structurer/);
    expect((error as WorkerJobError).messageIn("en")).toMatch(/run Structure again/);
  });
});
