import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { saveWithCalc } from "../../support/saveWithCalc";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../../src/engine/report";
import { openWorkbookFile } from "../../../src/hosts/workbook/node/openWorkbookFile";
import { METADATA_SHEET } from "../../../src/hosts/workbook/triaMetadata";
import { runCli } from "../../cli/cliHarness";
import { readXlsxXml, sheetNamed } from "../../support/xlsx/readXlsxXml";

/**
 * A workbook Tria wrote, opened and saved again by LibreOffice Calc: Calc keeps the metadata
 * sheet but makes it plain hidden (it has no "very hidden"). Tria must still know it for its
 * own: never read as the user's data or chosen as the customer sheet, and a second run updates
 * its columns and sheets instead of adding new ones, the sheet very hidden again.
 */
const soffice = spawnSync("soffice", ["--version"]).status === 0;
const dir = mkdtempSync(join(tmpdir(), "tria-lo-roundtrip-"));

async function structure(input: string, name: string): Promise<{ report: Report; output: string }> {
  const output = join(dir, `${name}.xlsx`);
  const run = await runCli(["structure", input, "-o", output, "--report", join(dir, `${name}.json`)]);
  expect(run.code, run.stderr).toBe(0);
  return { report: JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as Report, output };
}

const workbookXml = (file: string) => execFileSync("unzip", ["-p", file, "xl/workbook.xml"], { encoding: "utf8" });
const stateOf = (xml: string, sheet: string) => {
  const element = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*/>`).exec(xml)?.[0] ?? "";
  return /state="(\w+)"/.exec(element)?.[1] ?? "visible";
};

describe.skipIf(process.env.TRIA_SKIP_LIBREOFFICE === "1")("a Tria workbook saved again by LibreOffice Calc", () => {
  for (const input of ["samples/clients-demo.csv", "samples/clients-demo.xlsx"]) {
    it(`${input}: the plain hidden metadata sheet is still Tria's, and a second run updates its own columns`, async () => {
      if (!soffice) throw new Error("LibreOffice is needed: apt-get install -y libreoffice-calc-nogui (or set TRIA_SKIP_LIBREOFFICE=1).");
      const name = input.endsWith(".csv") ? "csv" : "xlsx";
      const first = await structure(input, `first-${name}`);
      expect(stateOf(workbookXml(first.output), METADATA_SHEET)).toBe("veryHidden");
      const saved = saveWithCalc(first.output, join(dir, `lo-${name}`), dir);
      // What Calc does to it: kept, but only hidden.
      expect(stateOf(workbookXml(saved), METADATA_SHEET)).toBe("hidden");

      const host = await openWorkbookFile(saved);
      expect(await host.listSheets()).not.toContain(METADATA_SHEET);
      expect(await host.userSheets()).not.toContain(METADATA_SHEET);
      const read = await host.readSheet();
      expect(read.name).toBe(first.report.sheet);
      expect(read.ownColumns?.size ?? 0).toBeGreaterThan(0);

      const second = await structure(saved, `second-${name}`);
      const before = await readXlsxXml(readFileSync(first.output));
      const after = await readXlsxXml(readFileSync(second.output));
      expect(second.report.sheet).toBe(first.report.sheet);
      expect(sheetNamed(after, first.report.sheet).lastColumn).toBe(sheetNamed(before, first.report.sheet).lastColumn);
      // The same sheets (Tria's replaced where they stand or put last), none added.
      expect(after.sheets.map((s) => s.name).sort()).toEqual(before.sheets.map((s) => s.name).sort());
      expect(stateOf(workbookXml(second.output), METADATA_SHEET)).toBe("veryHidden");
    }, 300_000);
  }
});
