/**
 * The stand-alone page as a sales assistant meets it, in Debian's Chromium: the drop zone opens
 * the picker, a .txt export is read, meeting notes saved as .csv are refused in words with nothing
 * run, role choices are kept by header in this browser and start afresh with another file, the
 * preview shows dates and amounts as Excel does, days are typed as 26/07/2025, and axe-core finds
 * nothing serious on the page.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { browserSuite } from "./webPage";
import { seriousAxeViolations } from "./axeCheck";
import { showTab, waitForGrid } from "./pageWaits";

const root = path.resolve(import.meta.dirname, "../..");
const enabled = process.env.TRIA_SKIP_BROWSER !== "1";
const NOTES =
  "Réunion du 12 mars : appeler le fournisseur au sujet du téléphone de la boutique\nPrésents : Marie, Paul et Jeanne\nOrdre du jour : budget, salon, nouveaux catalogues\nMarie propose de revoir les tarifs avant avril\nPaul rappelle que le salon commence le 4 mai\n";

describe.skipIf(!enabled)("web page: honest input, roles, preview (Chromium)", () => {
  const suite = browserSuite();
  const open = () => suite.open({ bypassCSP: true, readyText: "Votre fichier clients" });

  const storedRoles = (page: Page) =>
    page.evaluate(() => (JSON.parse(localStorage.getItem("tria.settings") ?? "{}") as { rolesByHeader?: unknown }).rolesByHeader ?? {});

  it("opens the picker from the zone, refuses a file that is not a customer file, keeps roles by header for one file", async () => {
    const { page, errors } = await open();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // "ou cliquez pour le choisir": a click on the zone opens the file picker.
    const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 5_000 }), page.getByText(/cliquez pour le choisir/).click()]);
    expect(chooser.isMultiple()).toBe(false);
    expect(await page.locator('input[type="file"]').getAttribute("accept")).toContain(".txt");

    // Meeting notes saved as .csv: said in words, and nothing can run.
    await page.locator('input[type="file"]').setInputFiles({ name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from(NOTES) });
    await page.locator('[data-testid="not-customer-file"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="not-customer-file"]').textContent()).toContain("Ce fichier ne ressemble pas à un fichier clients");
    await showTab(page, "structure");
    expect(await page.locator('[data-testid="run-runStructure"]').isDisabled()).toBe(true);

    // A .txt export is read like a CSV; a role chosen is kept by its header, in this browser.
    await showTab(page, "columns");
    const csv = readFileSync(path.join(root, "samples/clients-demo.csv"));
    await page.locator('input[type="file"]').setInputFiles({ name: "clients-demo.txt", mimeType: "text/plain", buffer: csv });
    await page.locator('[data-role="email"]').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByText(/enregistrés dans ce navigateur/).count()).toBe(1);
    expect(await page.locator('[data-testid="not-customer-file"]').count()).toBe(0);
    expect(await page.getByText(/avec le classeur/).count()).toBe(0);
    await page.getByLabel("Rôle de la colonne « Tél. »").selectOption("mobile");
    await expect.poll(() => storedRoles(page)).toEqual({ "Tél.": "mobile" });

    // Another file starts from the detected roles.
    await page.locator('input[type="file"]').setInputFiles(path.join(root, "samples/clients-demo.xlsx"));
    await expect.poll(() => storedRoles(page), { timeout: 30_000 }).toEqual({});
    await page.locator('[data-role="phone"]').first().waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it("previews dates and amounts as Excel shows them, takes days as 26/07/2025, and passes axe with results on screen", async () => {
    const { page, errors } = await open();
    await page.locator('input[type="file"]').setInputFiles(path.join(root, "samples/clients-demo.xlsx"));
    await page.locator('[data-role="email"]').first().waitFor({ timeout: 30_000 });
    await showTab(page, "structure");
    await page.locator('[data-testid="run-runStructure"]').click();
    // A wide page is drawn a few columns a frame (useColumnReveal.ts): read once it is all there.
    await waitForGrid(page, 60_000);
    const cells = await page.locator('[data-testid="result-grid"] td').allTextContents();
    expect(cells.some((text) => /GMT|\d{2}:\d{2}:\d{2}/.test(text))).toBe(false);
    expect(cells).toContain("26/07/2025");
    expect(cells.map((text) => text.replace(/[\u00a0\u202f]/g, " "))).toContain("191,69 €");
    // Tria's columns grouped under their source column and tinted.
    expect(
      await page
        .locator('[data-testid="result-grid"] th[data-group-size]')
        .filter({ hasText: /^E-mail · colonnes ajoutées par Tria : \d+$/ })
        .count(),
    ).toBe(1);
    // Tria's columns are tinted all the way down, the user's are not.
    const tint = (added: boolean) =>
      page.locator(`[data-testid="result-grid"] tbody tr:first-child td:not([data-flag-kind])`).evaluateAll(
        (cells, wanted) =>
          cells
            .filter((cell) => {
              const table = cell.closest("table")!;
              const header = table.querySelectorAll("thead tr:last-child th")[(cell as HTMLTableCellElement).cellIndex];
              return header?.getAttribute("data-added") === String(wanted);
            })
            .map((cell) => getComputedStyle(cell).backgroundColor),
        added,
      );
    expect(new Set(await tint(true)).size).toBe(1);
    expect(await tint(true)).not.toContain("rgba(0, 0, 0, 0)");
    expect((await tint(false)).every((colour) => colour === "rgba(0, 0, 0, 0)" || colour === "rgb(255, 255, 255)")).toBe(true);
    // The legend stands beside the grid at 1280 px, not under 200 rows.
    const grid = (await page.locator('[data-testid="result-grid"]').locator("xpath=..").boundingBox())!;
    const legend = (await page.locator('section [data-flag="typo"]').last().boundingBox())!;
    expect(legend.x).toBeGreaterThanOrEqual(grid.x + grid.width - 1);
    expect(legend.y).toBeLessThan(grid.y + grid.height);
    // A page of rows at a time (25), the next page on demand.
    const rowNumbers = () => page.locator("[data-grid-row]").evaluateAll((rows) => rows.map((row) => Number(row.getAttribute("data-grid-row"))));
    const firstPage = await rowNumbers();
    expect(firstPage.length).toBe(25);
    await page.locator('[data-testid="grid-next"]').click();
    await expect.poll(async () => (await rowNumbers())[0]).toBe(firstPage[24]! + 1);
    expect((await page.locator('[data-testid="grid-page"]').textContent())?.replace(/[\u00a0\u202f]/g, " ")).toBe("Lignes 26 à 50 sur 200 affichées");
    await page.locator('[data-testid="grid-previous"]').click();
    await expect.poll(async () => (await rowNumbers())[0]).toBe(firstPage[0]);
    // "Lignes à revoir": only rows with a flagged cell, counted over the whole preview.
    await page.locator('[data-testid="only-flagged"]').click();
    await expect.poll(() => page.locator('[data-testid="only-flagged"]').isChecked()).toBe(true);
    // Another page of rows is drawn a few columns a frame again: read it once all are there.
    await waitForGrid(page);
    const flaggedCount = Number((await page.getByText(/^Seulement les lignes à revoir \(\d+\)$/).textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(flaggedCount).toBeGreaterThan(0);
    expect(flaggedCount).toBeLessThan(200);
    // Every row shown has a flag to review, and there are as many as the switch says (a page at most).
    await expect
      .poll(() =>
        page.locator("[data-grid-row]").evaluateAll((rows) => ({
          rows: rows.length,
          allFlagged: rows.every((row) => row.querySelector('[data-flag-kind]:not([data-flag-kind="volatile"])') !== null),
        })),
      )
      .toEqual({ rows: Math.min(25, flaggedCount), allFlagged: true });
    // A flag by keyboard: focus reaches the cell, its symbol is shown, its message is said.
    const flagged = page.locator('[data-testid="result-grid"] td[data-flag-kind="typo"]').first();
    await flagged.focus();
    expect(await flagged.textContent()).toMatch(/^✎/);
    expect(await page.locator('[data-testid="cell-message"]').textContent()).toMatch(/^Ligne \d+ · .+ · Faute de frappe/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // In English the same cells read as en-GB's Excel shows them.
    await page.getByRole("group", { name: "Langue" }).getByRole("button", { name: "EN" }).click();
    await expect.poll(async () => (await page.locator('[data-testid="result-grid"] td').allTextContents()).includes("€191.69"), { timeout: 30_000 }).toBe(true);
    // The English preview is another grid, drawn a few columns a frame again.
    await waitForGrid(page);
    expect(await page.locator('[data-testid="result-grid"] td').allTextContents()).toContain("26/07/2025");
    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "FR" }).click();
    await page.getByRole("group", { name: "Langue" }).waitFor();

    await showTab(page, "score");
    const day = page.locator('[data-testid="reference-date"]');
    expect(await day.getAttribute("placeholder")).toBe("jj/mm/aaaa");
    await day.fill("31/12/2025");
    await expect
      .poll(() => page.evaluate(() => (JSON.parse(localStorage.getItem("tria.settings") ?? "{}") as { referenceDate?: string }).referenceDate))
      .toBe("2025-12-31");
    // Checked once the day was taken, not before the page had drawn anything of it.
    expect(await page.getByText("Date non reconnue").count()).toBe(0);
    await day.fill("31/02/2025");
    await expect.poll(() => page.getByText(/Date non reconnue/).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
