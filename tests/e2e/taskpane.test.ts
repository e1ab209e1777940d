/**
 * The Excel taskpane outside Excel: the development page (tests/e2e/taskpaneDev) runs the real
 * src/taskpane/index.tsx over an in-memory Office.js (the host tests' fake Excel) holding
 * samples/clients-demo.xlsx. In Debian's Chromium at 320 px (Excel's default pane) and 1280 px:
 * every tab is used as a user would and screenshotted into docs/images for the README.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { browserSuite } from "./webPage";
import { buildTaskpaneDev } from "./taskpaneDev/buildTaskpaneDev";
import { seriousAxeViolations, type AxeFinding } from "./axeCheck";
import { showTab, waitForDrawn, waitForResults } from "./pageWaits";
import { contrastRatio } from "../../src/ui/contrast";

const root = path.resolve(import.meta.dirname, "../..");
const images = path.join(root, "docs/images");
const enabled = process.env.TRIA_SKIP_BROWSER !== "1";
const TABS = ["columns", "structure", "score", "predict", "settings"] as const;

describe.skipIf(!enabled)("Excel taskpane on the development page (Chromium)", () => {
  const suite = browserSuite({ serve: false });
  let pageUrl: string;

  beforeAll(async () => {
    pageUrl = pathToFileURL(await buildTaskpaneDev(path.join(root, "build/taskpane-dev"))).href;
    mkdirSync(images, { recursive: true });
  }, 240_000);

  const open = (width: number, lang: "fr" | "en" = "fr") =>
    suite.open({ width, locale: lang === "fr" ? "fr-FR" : "en-GB", url: `${pageUrl}?lang=${lang}`, readySelector: '[data-testid="inspect"]' });

  it.each([320, 1280])(
    "renders every tab on a sheet in fake Excel, runs the jobs, and screenshots each tab at %i px",
    async (width) => {
      const { page, errors } = await open(width);
      expect(await page.getByRole("heading", { name: "Tria" }).count()).toBe(1);

      await page.locator('[data-testid="inspect"]').click();
      await page.locator('[data-role="email"]').first().waitFor({ timeout: 30_000 });
      expect(await page.getByLabel(/Rôle de la colonne/).count()).toBeGreaterThanOrEqual(8);
      // Office.js gives dates as serials: the examples read as the number format shows them.
      const examples = (await page.locator('[data-testid="column-examples"]').allTextContents()).join(" | ");
      expect(examples).not.toMatch(/\b4\d{4}\b/);
      expect(examples).toMatch(/\d{2}\/\d{2}\/20\d{2}/);
      expect(examples.replace(/[\u00a0\u202f]/g, " ")).toMatch(/\d+,\d{2} €/);

      await showTab(page, "structure");
      await page.locator('[data-testid="run-runStructure"]').click();
      await waitForResults(page, "structure-results");
      // The result is announced: a polite live region says it in words.
      expect(await page.locator('[data-testid="status-runStructure"]').textContent()).toMatch(/\d+ lignes traitées/);
      expect(await page.locator('[data-testid="status-runStructure"]').getAttribute("aria-live")).toBe("polite");
      // The job wrote into the fake workbook: Tria's columns are in the sheet.
      // (The demo has a title row above its headers: look at the first rows.)
      const headers = await page.evaluate(() => {
        const sheet = window.__triaDev!.excel.book.sheets[0]!;
        return Array.from({ length: 5 * 60 }, (_v, i) => String(sheet.cell(Math.floor(i / 60), i % 60).value));
      });
      expect(headers).toContain("E-mail (corrigé)");
      // Volatile is a note on the columns, not hundreds of alerts beside the real problems.
      expect(await page.locator('[data-flag-count="volatile"]').count()).toBe(0);
      expect(await page.locator('[data-testid="volatile-note"]').textContent()).toMatch(/À revérifier régulièrement.*E-mail/);
      // "Appliquer" names what it applies, and shows it done: ✓ under "Corrigées", one issue fewer.
      // The list is drawn 25 items a frame (useReveal.ts): counted once it is all there (waitForResults).
      const openBefore = await page.locator('[data-testid="open-issues"] li').count();
      const apply = page.getByRole("button", { name: /^Appliquer .+@.+, ligne \d+$/ }).first();
      const applyName = (await apply.getAttribute("aria-label")) ?? "";
      await apply.click();
      await page.locator('[data-testid="fixed-issues"] li').first().waitFor({ timeout: 30_000 });
      // The list is drawn again from the top, 25 items a frame.
      await waitForDrawn(page);
      expect(await page.locator('[data-testid="fixed-issues"]').textContent()).toContain("✓");
      expect(await page.locator('[data-testid="fixed-issues"]').textContent()).toContain(applyName.replace(/^Appliquer (.+), ligne \d+$/, "$1"));
      expect(await page.getByRole("heading", { name: /^Corrigées \(1\)$/ }).count()).toBe(1);
      expect(await page.locator('[data-testid="open-issues"] li').count()).toBe(Math.min(openBefore, 200) - (openBefore > 200 ? 0 : 1));

      await showTab(page, "score");
      await page.locator('[data-testid="run-runScore"]').click();
      await waitForResults(page, "score-results");
      expect(await page.locator("[data-segment]").count()).toBeGreaterThan(2);
      // Each segment says what to do, in one line.
      expect(await page.locator("[data-segment]").first().textContent()).toMatch(/^.+\d.*À .+\.$/);

      const findings: (AxeFinding & { tab: string })[] = [];
      for (const tab of TABS) {
        // Tabs switch in a React transition (the old panel stays until the new one is drawn).
        await showTab(page, tab);
        const tabId = await page.locator(`[data-tab="${tab}"]`).getAttribute("id");
        const panel = page.locator(`[role="tabpanel"][aria-labelledby="${tabId}"]`);
        // The Structure tab's issue list is drawn again 25 items a frame: the screenshot shows it whole.
        await waitForDrawn(page);
        // The tab says which panel it controls, and the panel is named by its tab.
        const controls = await page.locator(`[data-tab="${tab}"]`).getAttribute("aria-controls");
        expect(await panel.getAttribute("id")).toBe(controls);
        expect(await panel.getAttribute("aria-labelledby")).toBe(await page.locator(`[data-tab="${tab}"]`).getAttribute("id"));
        await page.screenshot({ path: path.join(images, `taskpane-${tab}-${width}.png`), fullPage: true });
        findings.push(...(await seriousAxeViolations(page)).map((f) => ({ ...f, tab })));
      }
      expect(findings).toEqual([]);
      // Legend swatches: an outline of 3:1 against the page, and a symbol, on every kind.
      await showTab(page, "structure");
      await page.locator('[data-testid="structure-results"]').waitFor();
      await page.locator("[data-flag] [data-swatch]").first().waitFor();
      const swatches = await page
        .locator("[data-flag] [data-swatch]")
        .evaluateAll((nodes) => nodes.map((n) => ({ border: getComputedStyle(n).borderTopColor, symbol: (n.textContent ?? "").trim() })));
      expect(swatches.length).toBe(6);
      for (const { border, symbol } of swatches) {
        const [r, g, b] = (border.match(/\d+/g) ?? []).map(Number) as [number, number, number];
        const hex = [r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("");
        expect(contrastRatio(hex, "ffffff")).toBeGreaterThanOrEqual(3);
        expect(symbol).not.toBe("");
      }
      // One Undo on every tab, for the last job: undoing the Score keeps Structure's results.
      // Each on its own tab's panel: "no Score results" read on the Structure tab would prove nothing.
      await showTab(page, "score");
      await page.getByRole("button", { name: "Annuler le dernier traitement (Scorer)" }).click();
      await expect.poll(() => page.locator('[data-testid="score-results"]').count()).toBe(0);
      await showTab(page, "structure");
      await expect.poll(() => page.locator('[data-testid="structure-results"]').count()).toBe(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    180_000,
  );
});
