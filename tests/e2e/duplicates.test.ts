/**
 * The Doublons tab in Debian's Chromium (issue 12), where people work: the Excel taskpane on its
 * development page (the real src/taskpane over the in-memory Office.js) and the stand-alone web
 * page (dist/ built by webpack). A user finds the groups, goes through them with the keyboard
 * (A accepts, R rejects, arrows move, Entrée accepts), merges, checks what was written (the fake
 * Excel's sheets; the downloaded bytes read back by the XML reader) and undoes the merge.
 * Screenshots of the tab at 320 and 1280 px go to docs/images.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { buildTaskpaneDev } from "./taskpaneDev/buildTaskpaneDev";
import { seriousAxeViolations } from "./axeCheck";
import { browserSuite } from "./webPage";
import { showTab, waitForResults } from "./pageWaits";
import { cellAt, readXlsxXml, sheetNamed } from "../support/xlsx/readXlsxXml";

const root = path.resolve(import.meta.dirname, "../..");
const images = path.join(root, "docs/images");
const artifacts = path.join(import.meta.dirname, "artifacts");
const enabled = process.env.TRIA_SKIP_BROWSER !== "1";

interface Reviewed {
  readonly accepted: string[];
  readonly rejected: string;
}

/** Find, then review three groups by keyboard: accept, reject, then (after moving back and forth) accept. */
async function findAndReview(page: Page): Promise<Reviewed> {
  await showTab(page, "duplicates");
  await page.locator('[data-testid="run-runDedupe"]').click();
  await waitForResults(page, "duplicate-groups", 90_000);
  expect(await page.locator("[data-group]").count()).toBeGreaterThanOrEqual(3);
  const rowsOf = (n: number) => page.locator(`[data-group="${n}"]`).getAttribute("data-rows").then(String);
  const rows = [await rowsOf(0), await rowsOf(1), await rowsOf(2)];
  // The first group's details are open: its rows side by side, each cell marked.
  expect(await page.locator('[data-group="0"] [data-testid="duplicate-comparison"]').count()).toBe(1);
  expect(await page.locator('[data-group="0"] td[data-agreement]').count()).toBeGreaterThan(3);

  await page.locator('[data-group="0"]').focus();
  await page.keyboard.press("a");
  await expect.poll(() => page.locator('[data-testid="review-status"]').textContent()).toMatch(/Groupe 1 accepté/);
  // Deciding moves on: the keyboard is on the next group, which says itself (focus follows in an effect).
  const focusedGroup = () => page.evaluate(() => document.activeElement?.getAttribute("data-group"));
  await expect.poll(focusedGroup).toBe("1");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(/^Groupe 2 sur \d+, lignes .+, probabilité .+ %, à décider\.$/);
  await page.keyboard.press("r");
  await expect.poll(() => page.locator('[data-testid="review-status"]').textContent()).toMatch(/Groupe 2 rejeté/);
  // Rejecting moved on to the third group; back up twice, then down twice to it.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect.poll(focusedGroup).toBe("0");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect.poll(focusedGroup).toBe("2");
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator('[data-testid="review-counts"]').textContent()).toMatch(/^Acceptés : 2 · rejetés : 1 · à décider : \d+$/);
  expect(await page.locator('[data-group="0"]').getAttribute("data-decision")).toBe("accepted");
  expect(await page.locator('[data-group="1"]').getAttribute("data-decision")).toBe("rejected");
  expect(await page.locator('[data-group="2"]').getAttribute("data-decision")).toBe("accepted");
  expect(await page.locator('[data-testid="run-runMerge"]').textContent()).toBe("Fusionner les groupes acceptés (2)");
  return { accepted: [rows[0]!, rows[2]!], rejected: rows[1]! };
}

describe.skipIf(!enabled)("Doublons: review and merge by keyboard (Chromium)", () => {
  const suite = browserSuite();
  let pageUrl: string;

  beforeAll(async () => {
    pageUrl = pathToFileURL(await buildTaskpaneDev(path.join(root, "build/taskpane-dev"))).href;
    mkdirSync(images, { recursive: true });
    mkdirSync(artifacts, { recursive: true });
  }, 240_000);

  it.each([320, 1280])(
    "Excel taskpane at %i px: merges the accepted groups into the fake Excel's workbook, Undo takes the sheet back",
    async (width) => {
      const { page, errors } = await suite.open({ width, url: `${pageUrl}?lang=fr` });
      await page.locator('[data-testid="inspect"]').waitFor();
      const reviewed = await findAndReview(page);
      // Nothing is written by the search.
      expect(await page.evaluate(() => window.__triaDev!.excel.book.sheets.map((s) => s.name))).toEqual(["Clients"]);
      await page.screenshot({ path: path.join(images, `taskpane-duplicates-${width}.png`), fullPage: true });
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.locator('[data-testid="run-runMerge"]').click();
      await page
        .getByText(/2 groupes fusionnés : la feuille « Clients fusionnés » compte \d+ clients/)
        .first()
        .waitFor({ timeout: 90_000 });
      const written = await page.evaluate(() => {
        const book = window.__triaDev!.excel.book;
        const fused = book.sheets.find((s) => s.name === "Clients fusionnés");
        if (!fused) return null;
        const used = fused.usedRect(true)!;
        const header = Array.from({ length: used.columns }, (_v, c) => String(fused.cell(0, c).value));
        const source = header.indexOf("Lignes d'origine");
        return { sources: Array.from({ length: used.rows - 1 }, (_v, r) => String(fused.cell(r + 1, source).value)) };
      });
      expect(written).not.toBeNull();
      for (const rows of reviewed.accepted) expect(written!.sources).toContain(rows);
      for (const row of reviewed.rejected.split(", ")) expect(written!.sources).toContain(row);
      expect(written!.sources).not.toContain(reviewed.rejected);

      await page.getByRole("button", { name: "Annuler le dernier traitement (Doublons)" }).click();
      await expect.poll(() => page.evaluate(() => window.__triaDev!.excel.book.sheets.some((s) => s.name === "Clients fusionnés"))).toBe(false);
      // The decisions stay: the user can change one and merge again.
      expect(await page.locator('[data-group="1"]').getAttribute("data-decision")).toBe("rejected");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    240_000,
  );

  it.each([350, 1280])(
    "web page at %i px: the downloaded workbook holds the merged customers (XML reader); Undo gives the file back",
    async (width) => {
      const { page, errors } = await suite.open({ width, acceptDownloads: true, bypassCSP: true });
      const mimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: "clients-demo.xlsx", mimeType, buffer: readFileSync(path.join(root, "samples/clients-demo.xlsx")) });
      await page.locator('[data-role="email"]').first().waitFor({ timeout: 60_000 });
      const reviewed = await findAndReview(page);
      expect(await page.locator('[data-testid="download"]').count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.locator('[data-testid="run-runMerge"]').click();
      await page.locator('[data-testid="download"]').waitFor({ timeout: 90_000 });
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="download"]').click()]);
      const saved = path.join(artifacts, `download-duplicates-${width}.xlsx`);
      await download.saveAs(saved);
      const book = await readXlsxXml(new Uint8Array(readFileSync(saved)));
      const fused = sheetNamed(book, "Clients fusionnés");
      let source = 0;
      for (let c = 1; c <= fused.lastColumn; c++) if (cellAt(fused, 1, c).value === "Lignes d'origine") source = c;
      const sources = Array.from({ length: fused.lastRow - 1 }, (_v, r) => String(cellAt(fused, r + 2, source).value));
      for (const rows of reviewed.accepted) expect(sources).toContain(rows);
      for (const row of reviewed.rejected.split(", ")) expect(sources).toContain(row);
      expect(sources).not.toContain(reviewed.rejected);
      await page.screenshot({ path: path.join(artifacts, `web-duplicates-${width}.png`), fullPage: true });

      await page.getByRole("button", { name: "Annuler le dernier traitement (Doublons)" }).click();
      // Back to the file as it came: nothing to download, nothing merged.
      await expect.poll(() => page.locator('[data-testid="download"]').count(), { timeout: 30_000 }).toBe(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    240_000,
  );
});
