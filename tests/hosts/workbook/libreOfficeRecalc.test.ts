import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { saveWithCalc } from "../../support/saveWithCalc";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { openWorkbookFile } from "../../../src/hosts/workbook/node/openWorkbookFile";
import { runStructure } from "../../../src/app/runStructure";
import { cellAt, readXlsxXml, sheetNamed } from "../../support/xlsx/readXlsxXml";

/**
 * openpyxl's workbook with formulas (on another sheet, through a defined name), a chart and a
 * total under the table, after Structure inserted its columns: LibreOffice Calc opens it,
 * recalculates every formula (their cached values are taken out first, so Calc must) to the
 * values of the original, and keeps the chart when it saves the file again.
 */
const soffice = spawnSync("soffice", ["--version"]).status === 0;

describe.skipIf(process.env.TRIA_SKIP_LIBREOFFICE === "1")("LibreOffice recalculates a structured workbook with formulas", () => {
  it("gives the original totals and keeps the chart on its moved columns", async () => {
    if (!soffice) throw new Error("LibreOffice is needed: apt-get install -y libreoffice-calc-nogui (or set TRIA_SKIP_LIBREOFFICE=1).");
    const host = await openWorkbookFile("tests/fixtures/workbooks/openpyxl-features.xlsx");
    await runStructure(host, { lang: "fr", apply: true });
    const zip = await JSZip.loadAsync(await host.outputBytes());
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async("string");
      zip.file(name, xml.replace(/(<f>[^<]*<\/f>)<v>[^<]*<\/v>/g, "$1"));
    }
    const dir = mkdtempSync(join(tmpdir(), "tria-lo-recalc-"));
    writeFileSync(join(dir, "structured.xlsx"), await zip.generateAsync({ type: "uint8array" }));
    const saved = new Uint8Array(readFileSync(saveWithCalc(join(dir, "structured.xlsx"), join(dir, "lo"), dir)));
    const book = await readXlsxXml(saved);
    const synthese = sheetNamed(book, "Synthèse");
    // Sums of Panier moyen (through the name Paniers) and of Nb achats / an, as in the original.
    expect(cellAt(synthese, 1, 2).value).toBeCloseTo(2021.63, 2);
    expect(cellAt(synthese, 2, 2).value).toBe(39);
    expect(cellAt(sheetNamed(book, "Clients"), 3, 29).value).toBe("Panier moyen");
    const saz = await JSZip.loadAsync(saved);
    const charts = Object.keys(saz.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThanOrEqual(1);
    const formulas = (await Promise.all(charts.map((n) => saz.file(n)!.async("string")))).join("");
    expect(formulas).toContain("$AC$4:$AC$9");
  }, 300_000);
});
