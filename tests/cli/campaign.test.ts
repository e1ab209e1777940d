import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import type { Report } from "../../src/engine/report";
import { runCli } from "./cliHarness";
import { cellAt, readXlsxXml, sheetNamed } from "../support/xlsx/readXlsxXml";

describe("tria campaign (campaign follow-up)", () => {
  it("computes rates, cost per order and return per segment and in total; the dashboard and its charts read back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-campaign-"));
    const input = join(dir, "resultats.csv");
    writeFileSync(
      input,
      "Segment;Envoyés;PND / NPAI;Ouvertures;Clics;Commandes;CA;Coût\nChampions;1000;20;450;120;60;4 500,00 €;900\nÀ risque;2000;80;500;90;30;1 800,00 €;1800\n",
    );
    const run = await runCli(["campaign", input, "-o", join(dir, "out.xlsx"), "--report", join(dir, "r.json")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const campaign = (JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report).campaign!;
    const champions = campaign.lines[0]!;
    expect(champions.label).toBe("Champions");
    // 980 delivered (1000 sent, 20 PND): 450 / 980 opened, 60 / 980 ordered; 900 € / 60 orders; (4500 − 900) / 900.
    expect(champions.figures.deliveryRate).toBeCloseTo(0.98, 10);
    expect(champions.figures.openRate).toBeCloseTo(450 / 980, 10);
    expect(champions.figures.clickToOpenRate).toBeCloseTo(120 / 450, 10);
    expect(champions.figures.orderRate).toBeCloseTo(60 / 980, 10);
    expect(champions.figures.averageBasket).toBe(75);
    expect(champions.figures.costPerOrder).toBe(15);
    expect(champions.figures.returnOnCost).toBe(4);
    expect(campaign.total.counts).toMatchObject({ sent: 3000, undeliverable: 100, orders: 90, revenue: 6300, cost: 2700 });
    expect(campaign.total.figures.costPerOrder).toBe(30);
    // A head line, then each segment; amounts in euros.
    expect(run.stdout.split("\n")[0]).toBe("campagne « resultats » : 2 segments, 3\u202f000 envoyés, 90 commandes, CA 6\u202f300,00 €, coût 2\u202f700,00 €");
    expect(run.stdout).toContain("Champions : ouverture 45,9 %, clic 12,2 %, transformation 6,1 %, coût/commande 15,00 €, retour 400,0 %");

    const bytes = readFileSync(join(dir, "out.xlsx"));
    const sheet = sheetNamed(await readXlsxXml(bytes), "Suivi campagne");
    expect([cellAt(sheet, 3, 1).value, cellAt(sheet, 4, 1).value, cellAt(sheet, 6, 1).value]).toEqual(["Segment", "Champions", "Total"]);
    const headers = Array.from({ length: sheet.lastColumn }, (_, c) => cellAt(sheet, 3, c + 1).value);
    const costPerOrder = headers.indexOf("Coût par commande") + 1;
    expect(cellAt(sheet, 6, costPerOrder).value).toBe(30);
    expect(cellAt(sheet, 4, headers.indexOf("Taux d'ouverture") + 1).numFmt).toBe("0.0%");
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(2);
    expect(await zip.file(charts[0]!)!.async("string")).toContain("Taux par segment");
  });

  it("per customer (oui/non, no sent column), with --unit-cost; a table without results is a clear message", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-campaign-"));
    const input = join(dir, "clients.csv");
    writeFileSync(input, "N° client;Ouvert;Cliqué;Commandes;CA\nC1;oui;oui;1;120\nC2;non;non;0;\nC3;oui;non;0;\nC4;x;;;\n");
    const run = await runCli(["campaign", input, "--unit-cost", "0,50", "--report", join(dir, "r.json"), "--lang", "en"]);
    expect(run.code).toBe(0);
    const total = (JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report).campaign!.total;
    expect(total.counts).toMatchObject({ sent: 4, opens: 3, clicks: 1, orders: 1, revenue: 120, cost: 2 });
    expect(total.figures.openRate).toBe(0.75);
    expect(total.figures.returnOnCost).toBe(59);
    writeFileSync(join(dir, "none.csv"), "Nom;Ville\nAna;Lyon\n");
    const none = await runCli(["campaign", join(dir, "none.csv"), "--report", join(dir, "n.json")], { LANG: "en_GB.UTF-8" });
    // The command was right, the file lacks the columns: nothing to work on (5), not a usage error (2).
    expect(none.code).toBe(5);
    expect(none.stderr).toContain('No results column in "none"');
    const cost = await runCli(["campaign", input, "--unit-cost", "cher"]);
    expect(cost.code).toBe(2);
    expect(cost.stderr).toContain("--unit-cost : « cher » n'est pas un coût");
  });

  it("a workbook with customers first, then results (openpyxl): reads the results sheet; --sheet still chooses", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-campaign-"));
    const input = "tests/fixtures/workbooks/customers-and-results.xlsx";
    const run = await runCli(["campaign", input, "-o", join(dir, "out.xlsx"), "--report", join(dir, "r.json")]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Report;
    expect(report.sheet).toBe("Résultats");
    expect(report.campaign!.lines.map((line) => line.label)).toEqual(["Fidèles", "À reconquérir"]);
    expect(report.campaign!.total.counts).toMatchObject({ sent: 3000, orders: 57, revenue: 5460 });
    // The customers are still in the written workbook, beside the follow-up.
    const book = await readXlsxXml(readFileSync(join(dir, "out.xlsx")));
    expect(cellAt(sheetNamed(book, "Clients"), 2, 2).value).toBe("Aurélie MOREAU");
    expect(book.sheets.map((sheet) => sheet.name)).toContain("Suivi campagne");
    // A second run on that output: the follow-up Tria wrote is not taken for the results.
    const again = await runCli(["campaign", join(dir, "out.xlsx"), "--report", join(dir, "again.json")]);
    expect(again.code, again.stderr).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, "again.json"), "utf8")) as Report).sheet).toBe("Résultats");
    const customers = await runCli(["campaign", input, "--sheet", "Clients", "--report", join(dir, "c.json")]);
    expect(customers.code).toBe(5);
  });
});
