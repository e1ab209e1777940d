import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { bundleCli } from "../../src/tools/bundleCli";
// @ts-expect-error plain JavaScript module without types (it runs before any transpiler)
import { bundleIsFresh } from "../../src/cli/cliBundle.mjs";

/**
 * The bundled CLI keeps ExcelJS in a chunk of its own (loadExcelJs.ts): `tria` starts without
 * parsing it, and a job on a workbook still finds it (the chunk is imported from build/cli/chunks).
 */
describe("the bundled CLI and its ExcelJS chunk", () => {
  it("leaves ExcelJS out of the start-up file, and still reads and writes a workbook through it", async () => {
    if (!(bundleIsFresh as () => boolean)()) await bundleCli();
    // ExcelJS's streaming reader class, by the name keepNames gives it in the bundle.
    const marker = '"WorkbookReader"';
    expect(readFileSync("build/cli/tria.mjs", "utf8")).not.toContain(marker);
    const chunks = readdirSync("build/cli/chunks").filter((name) => name.endsWith(".mjs"));
    expect(chunks.some((name) => readFileSync(join("build/cli/chunks", name), "utf8").includes(marker))).toBe(true);

    const out = join(mkdtempSync(join(tmpdir(), "tria-chunks-")), "out.xlsx");
    execFileSync(process.execPath, ["src/cli/tria.mjs", "score", "samples/commandes-demo.xlsx", "-o", out], { encoding: "utf8" });
    // The scores are in the written workbook (read by JSZip, not by Tria)…
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheets = await Promise.all(zip.file(/^xl\/worksheets\/sheet\d+\.xml$/).map((file) => file.async("string")));
    expect(sheets.some((xml) => xml.includes("Score RFM"))).toBe(true);
    // …and the bundle reads that workbook back through ExcelJS's chunk (one Tria wrote: the in-memory reader).
    const report = JSON.parse(execFileSync(process.execPath, ["src/cli/tria.mjs", "inspect", out, "--json"], { encoding: "utf8" })) as {
      sheet: string;
      counts: { rows: number };
    };
    expect(report).toMatchObject({ sheet: "Commandes", counts: { rows: 2000 } });
  }, 120_000);
});
