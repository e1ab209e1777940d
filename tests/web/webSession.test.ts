import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { WebSession } from "../../src/worker/webSession";
import { readResultGrid } from "../../src/hosts/workbook/resultGrid";
import { createJobRunner } from "../../src/app/jobRunner";
import { runJob } from "../../src/app/runJob";
import { FLAG_STYLES } from "../../src/engine/legend";
import { DEMO_XLSX } from "../app/demoSheet";

const bytes = new Uint8Array(readFileSync(DEMO_XLSX));

describe("WebSession (the web page's file)", () => {
  it("gives the untouched file before any run, and names the output apart from the input", async () => {
    const session = await WebSession.open(bytes, "clients-demo.xlsx");
    expect(await session.outputBytes()).toBe(bytes);
    expect(session.outputName()).toBe("clients-demo.tria.xlsx");
    expect(session.canUndo).toBe(false);
  });

  it("Structure then Score build up; the preview shows Tria's columns and the legend's colours", async () => {
    const session = await WebSession.open(bytes, "clients-demo.xlsx");
    const runner = createJobRunner(null);
    const { report } = await runJob(session.host, runner, "structure", { lang: "fr" });
    await runJob(session.host, runner, "score", { lang: "fr" });
    const grid = await readResultGrid(await session.outputBytes(), report.sheet, report.headerRow);
    expect(grid.rows.length).toBe(200);
    expect(grid.totalRows).toBe(500);
    const headers = grid.headers.map((h) => h.text);
    expect(headers).toContain("E-mail (corrigé)");
    expect(grid.added[headers.indexOf("E-mail (corrigé)")]).toBe(true);
    expect(grid.added[headers.indexOf("E-mail")]).toBe(false);
    const fills = new Set(grid.rows.flatMap((r) => r.cells.map((c) => c.fill)).filter(Boolean));
    expect(fills).toContain(FLAG_STYLES.volatile.fill);
    expect(fills).toContain(FLAG_STYLES.invalid.fill);
    expect(grid.rows.some((r) => r.cells.some((c) => c.border === FLAG_STYLES.incomplete.border))).toBe(true);
  });

  it("Undo goes back to the file before the last run", async () => {
    const session = await WebSession.open(bytes, "clients-demo.xlsx");
    const runner = createJobRunner(null);
    const { report } = await runJob(session.host, runner, "structure", { lang: "fr" });
    const afterStructure = await readResultGrid(await session.outputBytes(), report.sheet, report.headerRow, 1);
    await runJob(session.host, runner, "score", { lang: "fr" });
    expect(session.canUndo).toBe(true);
    await session.undo();
    const undone = await readResultGrid(await session.outputBytes(), report.sheet, report.headerRow, 1);
    expect(undone.headers.map((h) => h.text)).toEqual(afterStructure.headers.map((h) => h.text));
    await session.undo(); // one step only: a second undo changes nothing
    expect((await readResultGrid(await session.outputBytes(), report.sheet, report.headerRow, 1)).headers.length).toBe(afterStructure.headers.length);
  });

  it("Undo of the first run gives back the original file", async () => {
    const session = await WebSession.open(bytes, "clients-demo.xlsx");
    await runJob(session.host, createJobRunner(null), "structure", { lang: "fr" });
    await session.undo();
    expect(await session.outputBytes()).toBe(bytes);
    expect(session.hasOutput).toBe(false);
  });
});
