/**
 * The stand-alone page in a real browser: build dist/ with webpack, serve it on loopback, open
 * web.html in Debian's Chromium (apt-get install -y chromium) with playwright-core, drop a
 * customer file, check the detected roles, run Structure and Score, check the result grid (Tria's
 * columns, the legend's colours), download the output and read it back with ExcelJS.
 * Screenshots at 320 px (taskpane width) and 1280 px go to tests/e2e/artifacts/ (gitignored).
 * Run with `npm run test:browser`.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { browserSuite } from "./webPage";
import { showTab, waitForDrawn, waitForGrid, waitForResults } from "./pageWaits";
import { hiddenCopies, recordHiddenCopies } from "./hiddenCopies";

const root = path.resolve(import.meta.dirname, "../..");
const artifacts = path.join(import.meta.dirname, "artifacts");
// Part of `npm test`. A machine without Chromium fails with a message saying how to get it,
// rather than passing silently; TRIA_SKIP_BROWSER=1 opts out explicitly.
const enabled = process.env.TRIA_SKIP_BROWSER !== "1";

async function sampleFile(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const demo = path.join(root, "samples/clients-demo.xlsx");
  const mimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (existsSync(demo)) {
    const { readFileSync } = await import("node:fs");
    return { name: "clients-demo.xlsx", mimeType, buffer: readFileSync(demo) };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Clients");
  sheet.addRows([
    ["Nom", "Code postal", "Ville", "E-mail", "Dernier achat"],
    ["Ana Martin", "75002", "Paris", "ana@exemple.fr", "12/01/2024"],
    ["Bruno Petit", "69001", "Lyon", "bruno@exemple.fr", "03/02/2024"],
  ]);
  return { name: "clients.xlsx", mimeType, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

describe.skipIf(!enabled)("stand-alone web page (Chromium)", () => {
  const suite = browserSuite();
  beforeAll(() => void mkdirSync(artifacts, { recursive: true }));

  it.each([320, 1280])(
    "inspects, structures and scores a file, previews and downloads the output at %i px",
    async (width) => {
      const requests: string[] = [];
      const workers: string[] = [];
      const { page, errors } = await suite.open({
        width,
        acceptDownloads: true,
        beforeGoto: async (page) => {
          page.on("request", (request) => requests.push(request.url()));
          page.on("worker", (worker) => workers.push(worker.url()));
          await recordHiddenCopies(page);
        },
      });
      // Loaded is not drawn yet: React draws the page after its script ran.
      await expect.poll(() => page.getByText("Votre fichier clients").count()).toBe(1);
      await page.locator('input[type="file"]').setInputFiles(await sampleFile());

      // Columns: the dropped file is inspected at once; every role is a labelled dropdown.
      await page.locator('[data-role="email"]').first().waitFor({ timeout: 30_000 });
      expect(await page.locator("[data-role]").count()).toBeGreaterThanOrEqual(4);
      expect(await page.locator('[data-role="lastName"], [data-role="fullName"]').count()).toBeGreaterThan(0);
      expect(await page.getByLabel(/Rôle de la colonne/).count()).toBeGreaterThanOrEqual(4);
      await page.screenshot({ path: path.join(artifacts, `web-${width}.png`), fullPage: true });

      // Structure: counts per flag kind, issues, and the result grid with Tria's columns and colours.
      await showTab(page, "structure");
      await page.locator('[data-testid="run-runStructure"]').click();
      await waitForResults(page, "structure-results");
      // A wide page is drawn a few columns a frame (useColumnReveal.ts): read once it is all there.
      await waitForGrid(page);
      expect(await page.locator('[data-flag-count="typo"]').count()).toBe(1);
      expect(await page.locator("[data-issue-kind]").count()).toBeGreaterThan(0);
      const added = await page.locator('[data-testid="result-grid"] th[data-added="true"]').allTextContents();
      expect(added).toContain("E-mail (corrigé)");
      expect(await page.locator('[data-testid="result-grid"] td[data-fill="FFFF00"]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="result-grid"] td[data-fill="FFA500"]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="result-grid"] td[data-border="FF0000"]').count()).toBeGreaterThan(0);
      // The legend's colour reaches the screen, not just an attribute.
      const fill = await page
        .locator('[data-testid="result-grid"] td[data-fill="FFFF00"]')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(fill).toBe("rgb(255, 255, 0)");
      // Clicking an issue goes to its cell in the preview.
      await page.locator("[data-issue-kind] span, [data-issue-kind] button").first().click();
      await page
        .locator('[data-testid="result-grid"] td[data-selected]')
        .waitFor({ timeout: 5_000 })
        .catch(() => undefined);
      await waitForDrawn(page);
      await page.screenshot({ path: path.join(artifacts, `web-${width}-structure.png`), fullPage: true });

      // Score: segment bars, the R×F heat map, and the RFM columns in the grid.
      await showTab(page, "score");
      await page.locator('[data-testid="run-runScore"]').click();
      await waitForResults(page, "score-results");
      expect(await page.locator("[data-segment]").count()).toBeGreaterThan(2);
      expect(await page.locator('[data-testid="rf-grid"] td[data-r]').count()).toBe(25);
      // Counts that add up: the segments hold every customer scored, each with what to do in a line.
      const segmentCounts = await page.locator("[data-segment] > div:first-child > span:last-child").allTextContents();
      const scored = /^(\d[\d\s\u202f\u00a0]*) clients notés/.exec((await page.locator('[data-testid="status-runScore"]').textContent()) ?? "")?.[1];
      const number = (text: string) => Number(text.replace(/[\s\u202f\u00a0]/g, ""));
      expect(segmentCounts.reduce((sum, text) => sum + number(text), 0)).toBe(number(scored ?? "NaN"));
      expect(await page.locator("[data-segment]").first().textContent()).toMatch(/À .+\.$/);
      await expect
        .poll(async () => (await page.locator('[data-testid="result-grid"] th[data-added="true"]').allTextContents()).some((h) => /RFM/.test(h)), {
          timeout: 30_000,
        })
        .toBe(true);
      await waitForGrid(page);
      await page.screenshot({ path: path.join(artifacts, `web-${width}-score.png`), fullPage: true });

      // Download: a Blob link, read back with ExcelJS.
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="download"]').click()]);
      expect(download.suggestedFilename()).toMatch(/\.tria\.xlsx$/);
      const saved = path.join(artifacts, `download-${width}.xlsx`);
      await download.saveAs(saved);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      // Headers may sit below a title row: look at the first rows of every sheet.
      const headers = workbook.worksheets.flatMap((sheet) => [1, 2, 3, 4, 5].flatMap((r) => (sheet.getRow(r).values as unknown[]).map(String)));
      expect(headers).toContain("E-mail (corrigé)");
      expect(headers.some((h) => /RFM/.test(h))).toBe(true);

      // Undo last run (the Score) goes back to the structured file: the RFM columns leave the grid.
      await showTab(page, "structure");
      await page.locator('[data-testid="undo"]').click();
      // Read as one state: while the preview loads again the grid may be gone a moment (no RFM, no E-mail either).
      await expect
        .poll(
          async () => {
            const headers = await page.locator('[data-testid="result-grid"] th[data-added="true"]').allTextContents();
            return { rfm: headers.some((h) => /RFM/.test(h)), email: headers.includes("E-mail (corrigé)") };
          },
          { timeout: 30_000 },
        )
        .toEqual({ rfm: false, email: true });
      await waitForGrid(page);

      // The engine ran off the UI thread, in the page's own worker chunk.
      expect(workers.length).toBeGreaterThan(0);
      expect(workers.every((url) => url.startsWith(suite.url))).toBe(true);
      // Privacy (DESIGN.md §8): the page asks nothing of anyone but its own server.
      expect(requests.filter((url) => !url.startsWith(suite.url) && !url.startsWith("blob:") && !url.startsWith("data:"))).toEqual([]);
      // At 320 px nothing may overflow sideways (the grid scrolls inside its own box).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // No hidden copy of the results was ever in the page for a query to find (WarmUp.tsx draws them off the document).
      expect(await hiddenCopies(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
    180_000,
  );
});
