/**
 * The method's tabs on the stand-alone web page (issue 18; the taskpane's are in
 * taskpaneMethod.test.ts), driven in Debian's Chromium at 350 and 1280 px as a user would, on the
 * bundled samples: Conformité, Segments and Appels on the demo file, Campagne on a results table
 * (alone, or as a sheet beside the customers), each read back from the file to download with the
 * XML reader, and axe-core finding nothing serious with the results on screen.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { browserSuite } from "./webPage";
import { seriousAxeViolations, type AxeFinding } from "./axeCheck";
import { showTab, waitForResults } from "./pageWaits";
import { cellAt, readXlsxXml, sheetNamed, type XBook, type XSheet } from "../support/xlsx/readXlsxXml";

const root = path.resolve(import.meta.dirname, "../..");
const artifacts = path.join(import.meta.dirname, "artifacts");
const enabled = process.env.TRIA_SKIP_BROWSER !== "1";
const DEMO = path.join(root, "samples/clients-demo.xlsx");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const RESULTS = [
  ["Segment", "Envoyés", "PND", "Ouvertures", "Clics", "Commandes", "CA"],
  ["Fidèles", 1000, 20, 400, 120, 45, 4500],
  ["À reconquérir", 2000, 90, 380, 60, 12, 960],
];

/** Rows of a sheet that hold a value in column A. */
function filledRows(sheet: XSheet): number {
  let count = 0;
  for (let r = 1; r <= sheet.lastRow; r++) if (cellAt(sheet, r, 1).value !== null && cellAt(sheet, r, 1).value !== "") count++;
  return count;
}

function rowTexts(sheet: XSheet, row: number): string[] {
  return Array.from({ length: sheet.lastColumn }, (_v, c) => String(cellAt(sheet, row, c + 1).value ?? ""));
}

/** Clicks "Télécharger" and reads the file back: its bytes, and the workbook as the XML reader sees it. */
async function download(page: Page, name: string): Promise<{ bytes: Uint8Array; book: XBook }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="download"]').click()]);
  expect(file.suggestedFilename()).toMatch(/\.tria\.xlsx$/);
  const saved = path.join(artifacts, name);
  await file.saveAs(saved);
  const bytes = new Uint8Array(readFileSync(saved));
  return { bytes, book: await readXlsxXml(bytes) };
}

async function workbookOf(sheets: readonly { name: string; rows: readonly (readonly unknown[])[] }[], base?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (base) await workbook.xlsx.readFile(base);
  for (const sheet of sheets) workbook.addWorksheet(sheet.name).addRows(sheet.rows.map((row) => [...row]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.skipIf(!enabled)("web page: the method tabs (Chromium)", () => {
  const suite = browserSuite();
  beforeAll(() => void mkdirSync(artifacts, { recursive: true }));

  async function open(width: number): Promise<{ page: Page; errors: string[]; findings: (AxeFinding & { tab: string })[] }> {
    const opened = await suite.open({ width, acceptDownloads: true, bypassCSP: true, readyText: "Votre fichier clients" });
    return { ...opened, findings: [] };
  }

  const axeOn = async (page: Page, tab: string, findings: (AxeFinding & { tab: string })[]) =>
    findings.push(...(await seriousAxeViolations(page)).map((finding) => ({ ...finding, tab })));

  const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it.each([350, 1280])(
    "Conformité, Segments and Appels on the demo file, each written to the file to download, at %i px",
    async (width) => {
      const { page, errors, findings } = await open(width);
      const original = sheetNamed(await readXlsxXml(new Uint8Array(readFileSync(DEMO))), "Clients");
      const clientsRows = filledRows(original);
      await page.locator('input[type="file"]').setInputFiles(DEMO);
      await page.locator('[data-role="email"]').first().waitFor({ timeout: 60_000 });

      // Conformité: findings in words, the register sheet, and the purge on a NEW sheet.
      await showTab(page, "comply");
      await page.getByLabel(/Copier aussi le fichier sans les lignes expirées/).check();
      await page.locator('[data-testid="run-runComply"]').click();
      await waitForResults(page, "comply-results");
      expect(await page.locator('[data-testid="status-runComply"]').textContent()).toMatch(/^Conformité vérifiée — colonnes sensibles : \d+/);
      const expired = Number(/\((\d+)\)/.exec((await page.locator('[data-testid="comply-expired"] h3').textContent()) ?? "")?.[1]);
      expect(expired).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="comply-purged"]').textContent()).toMatch(/Sans les expirés.*Votre feuille n'a pas changé/);
      await axeOn(page, "comply", findings);
      await page.screenshot({ path: path.join(artifacts, `web-comply-${width}.png`), fullPage: true });
      let book = (await download(page, `web-comply-${width}.xlsx`)).book;
      expect(book.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["Clients", "Registre", "Sans les expirés"]));
      // Never in place: the customers' sheet keeps every row, the copy has the expired ones left out.
      expect(filledRows(sheetNamed(book, "Clients"))).toBe(clientsRows);
      expect(filledRows(sheetNamed(book, "Sans les expirés"))).toBe(clientsRows - 2 - expired + 1);

      // Segments: one built in French words, written as a yes/no column and copied to its own sheet.
      await showTab(page, "segments");
      await page.locator('[data-testid="segment-name"]').fill("Gros paniers");
      await page.getByLabel("Colonne (Condition 1)").selectOption({ label: "Panier moyen" });
      await page.getByLabel("Condition (Condition 1)").selectOption(">=");
      await page.getByLabel("Valeur (Condition 1)").fill("400");
      await expect.poll(() => page.locator('[data-testid="segment-preview"]').textContent()).toBe("Condition écrite : Panier moyen >= 400");
      await page.locator('[data-testid="save-segment"]').click();
      await page.locator('[data-segment-name="Gros paniers"]').waitFor();
      // Kept "dans ce navigateur", as the Columns tab says of the roles.
      await expect
        .poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem("tria.settings") ?? "{}") as { segments?: unknown }).segments))
        .toEqual([{ name: "Gros paniers", where: "Panier moyen >= 400" }]);
      await page.locator('[data-testid="copy-segments"]').check();
      await page.locator('[data-testid="run-runSegments"]').click();
      await waitForResults(page, "segment-results");
      const count = Number(await page.locator("[data-segment-count]").first().getAttribute("data-segment-count"));
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(clientsRows - 2);
      expect(await page.locator('[data-testid="segment-results"]').textContent()).toContain(`Gros paniers : ${count} clients sur ${clientsRows - 2}`);
      await axeOn(page, "segments", findings);
      await page.screenshot({ path: path.join(artifacts, `web-segments-${width}.png`), fullPage: true });
      book = (await download(page, `web-segments-${width}.xlsx`)).book;
      const clients = sheetNamed(book, "Clients");
      const header = [1, 2, 3].find((row) => rowTexts(clients, row).includes("Gros paniers"));
      expect(header).toBeDefined();
      const copy = book.sheets.find((sheet) => /Gros paniers/.test(sheet.name) && sheet.name !== "Clients");
      expect(copy).toBeDefined();
      expect(filledRows(copy!)).toBe(count + 1);
      // The earlier run's sheets are still there: runs build up in the one file.
      expect(book.sheets.map((sheet) => sheet.name)).toContain("Registre");

      // Appels: the customers to call first, with what to confirm, rectify, obtain, complete.
      await showTab(page, "calls");
      await page.locator('[data-testid="calls-top"]').fill("10");
      await page.locator('[data-testid="run-runCalls"]').click();
      await waitForResults(page, "calls-results");
      expect(await page.locator("[data-call-rank]").count()).toBe(10);
      expect(await page.locator('[data-call-rank="1"] [data-croc]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="status-runCalls"]').textContent()).toMatch(/^10 clients à appeler sur \d+/);
      await axeOn(page, "calls", findings);
      await page.screenshot({ path: path.join(artifacts, `web-calls-${width}.png`), fullPage: true });
      book = (await download(page, `web-calls-${width}.xlsx`)).book;
      // A title, the method's line, then the header "Rang" and the ten customers.
      const calls = sheetNamed(book, "À appeler");
      const rankHeader = Array.from({ length: calls.lastRow }, (_v, r) => r + 1).find((r) => cellAt(calls, r, 1).value === "Rang");
      expect(calls.lastRow - rankHeader!).toBe(10);

      // One Undo takes the call list back; the segments stay.
      await page.getByRole("button", { name: "Annuler le dernier traitement (Appels)" }).click();
      await expect.poll(() => page.locator('[data-testid="calls-results"]').count(), { timeout: 60_000 }).toBe(0);
      book = (await download(page, `web-undone-${width}.xlsx`)).book;
      expect(book.sheets.map((sheet) => sheet.name)).not.toContain("À appeler");
      expect(book.sheets.some((sheet) => /Gros paniers/.test(sheet.name) && sheet.name !== "Clients")).toBe(true);

      expect(findings).toEqual([]);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    240_000,
  );

  it.each([350, 1280])(
    "Campagne reads the results sheet beside the customers, or a results file alone, and says what to open on a customer file, at %i px",
    async (width) => {
      const { page, errors, findings } = await open(width);
      const both = await workbookOf([{ name: "Résultats", rows: RESULTS }], DEMO);
      await page.locator('input[type="file"]').setInputFiles({ name: "clients-et-resultats.xlsx", mimeType: XLSX, buffer: both });
      await page.locator('[data-role="email"]').first().waitFor({ timeout: 60_000 });
      // Tabs switch in a React transition: the panel comes a moment after the click.
      await showTab(page, "campaign");
      await expect.poll(() => page.getByText(/Choisissez ci-dessus le fichier des résultats de la campagne/).count()).toBe(1);
      await page.locator('[data-testid="unit-cost"]').fill("abc");
      expect(await page.locator('[data-testid="run-runCampaign"]').isDisabled()).toBe(true);
      await page.locator('[data-testid="unit-cost"]').fill("0,80");
      await page.locator('[data-testid="run-runCampaign"]').click();
      await waitForResults(page, "campaign-results");
      const fidèles = page.locator('[data-campaign-line="Fidèles"]');
      expect(await fidèles.locator('[data-figure="fig_orderRate"]').textContent()).toMatch(/^4,6\s?%$/); // 45 / 980 delivered
      expect(await fidèles.locator('[data-figure="fig_costPerOrder"]').textContent()).toMatch(/^17,78\s?€$/); // 800 € / 45
      expect(await page.locator('[data-testid="status-runCampaign"]').textContent()).toMatch(/^Suivi calculé — lignes : 2 /);
      await axeOn(page, "campaign", findings);
      await page.screenshot({ path: path.join(artifacts, `web-campaign-${width}.png`), fullPage: true });
      const { bytes, book } = await download(page, `web-campaign-${width}.xlsx`);
      const follow = book.sheets.find((sheet) => /Suivi/.test(sheet.name));
      expect(follow).toBeDefined();
      expect(rowTexts(follow!, 1).join(" ")).toMatch(/Fidèles|Segment|Suivi/);
      // Its charts are drawn in the file, as the CLI draws them (ExcelJS writes none).
      const zip = await JSZip.loadAsync(bytes);
      expect(Object.keys(zip.files).some((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toBe(true);
      // The customers were not read as results, nor changed.
      expect(book.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["Clients", "Résultats"]));

      // The results alone, exported as CSV: read as they are.
      const csv = RESULTS.map((row) => row.join(";")).join("\n");
      await page.locator('input[type="file"]').setInputFiles({ name: "resultats.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await showTab(page, "campaign");
      await expect.poll(() => page.locator('[data-testid="campaign-results"]').count()).toBe(0);
      await page.locator('[data-testid="run-runCampaign"]').click();
      await page.locator('[data-campaign-line="À reconquérir"]').waitFor({ timeout: 60_000 });

      // A customer file alone: the message says which file the follow-up needs.
      await page.locator('input[type="file"]').setInputFiles(DEMO);
      await showTab(page, "campaign");
      await page.locator('[data-testid="run-runCampaign"]').click();
      const alert = page.getByRole("alert").filter({ hasText: /Aucune colonne de résultats/ });
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.textContent()).toMatch(/Envoyés, Ouvertures, Clics, Commandes ou CA/);
      await expect.poll(() => page.locator('[data-testid="download"]').count()).toBe(0);

      expect(findings).toEqual([]);
      expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    240_000,
  );
});
