import { describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { runJob } from "../../src/app/runJob";
import { createJobRunner } from "../../src/app/jobRunner";
import { demoHost } from "./demoSheet";

describe("runJob (read here, compute in the runner, apply here)", () => {
  it("applies Structure then Score to the workbook host; the output has both jobs' columns", async () => {
    const host = await demoHost();
    const runner = createJobRunner(null);
    const { report } = await runJob(host, runner, "structure", { lang: "fr" });
    await runJob(host, runner, "score", { lang: "fr" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await host.outputBytes()) as unknown as ArrayBuffer);
    const headers = (workbook.getWorksheet(report.sheet)!.getRow(report.headerRow).values as unknown[]).map(String);
    expect(headers).toContain("E-mail (corrigé)");
    expect(headers.some((h) => /RFM/.test(h))).toBe(true);
  });

  it("never applies for inspect", async () => {
    const host = await demoHost();
    const apply = vi.spyOn(host, "apply");
    await runJob(host, createJobRunner(null), "inspect", { lang: "fr" });
    expect(apply).not.toHaveBeenCalled();
  });

  it("does not apply a run cancelled before the write", async () => {
    const host = await demoHost();
    const apply = vi.spyOn(host, "apply");
    const abort = new AbortController();
    const pending = runJob(host, createJobRunner(null), "structure", { lang: "fr" }, { signal: abort.signal, onProgress: () => abort.abort() });
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(apply).not.toHaveBeenCalled();
  });
});
