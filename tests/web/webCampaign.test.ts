import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { WebSession } from "../../src/worker/webSession";
import { createJobRunner } from "../../src/app/jobRunner";
import { runJob } from "../../src/app/runJob";
import { readXlsxXml } from "../support/xlsx/readXlsxXml";
import { DEMO_XLSX } from "../app/demoSheet";

/**
 * The web page holds one file: the campaign follow-up reads its sheet of results, even when the
 * customers come first in the workbook, and the file to download has the follow-up's charts
 * (ExcelJS writes none; they are drawn as the CLI draws them), gone again after Undo.
 */
const RESULTS = [
  ["Segment", "Envoyés", "PND", "Ouvertures", "Clics", "Commandes", "CA"],
  ["Fidèles", 1000, 20, 400, 120, 45, 4500],
  ["À reconquérir", 2000, 90, 380, 60, 12, 960],
];

async function customersAndResults(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(DEMO_XLSX);
  workbook.addWorksheet("Résultats").addRows(RESULTS);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const charts = async (bytes: Uint8Array) => Object.keys((await JSZip.loadAsync(bytes)).files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));

describe("the campaign follow-up on the web page", () => {
  it("reads the results sheet beside the customers, and draws its charts in the download", async () => {
    const session = await WebSession.open(await customersAndResults(), "clients.xlsx");
    const runner = createJobRunner(null);
    const { report } = await runJob(await session.campaignHost(), runner, "campaign", { lang: "fr", unitCost: 0.8 });
    expect(report.sheet).toBe("Résultats");
    expect(report.campaign?.lines.map((line) => line.label)).toEqual(["Fidèles", "À reconquérir"]);
    const download = await session.downloadBytes();
    expect((await charts(download)).length).toBeGreaterThan(0);
    expect((await readXlsxXml(download)).sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["Clients", "Résultats"]));
    // The preview reads the same workbook without them; Undo takes the sheet and its charts back.
    await session.undo();
    expect(await charts(await session.downloadBytes())).toEqual([]);
  });

  it("a second run reads the results again, not the follow-up sheet Tria wrote", async () => {
    const session = await WebSession.open(await customersAndResults(), "clients.xlsx");
    const runner = createJobRunner(null);
    await runJob(await session.campaignHost(), runner, "campaign", { lang: "fr", unitCost: 0.8 });
    const { report } = await runJob(await session.campaignHost(), runner, "campaign", { lang: "fr", unitCost: 0.5 });
    expect(report.sheet).toBe("Résultats");
  });

  it("without a results sheet, reads the customers and says which columns are missing", async () => {
    const session = await WebSession.open(new Uint8Array(readFileSync(DEMO_XLSX)), "clients-demo.xlsx");
    await expect(runJob(await session.campaignHost(), createJobRunner(null), "campaign", { lang: "fr" })).rejects.toThrow(/Clients/);
    expect(session.hasOutput).toBe(false);
  });
});
