/**
 * The stand-alone page on the files a sales assistant really drops, in Debian's Chromium at 350
 * and 1280 px: a PDF renamed .xlsx or .csv, headers without customers, meeting notes saved as
 * .csv, an empty file. Each gets a clear French message and nothing half-done (no result,
 * nothing to download), one after the other, as a user tries file after file.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite } from "./webPage";
import { seriousAxeViolations } from "./axeCheck";
import { showTab } from "./pageWaits";

const enabled = process.env.TRIA_SKIP_BROWSER !== "1";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const NOTES =
  "Réunion du 12 mars : appeler le fournisseur au sujet du téléphone de la boutique\nPrésents : Marie, Paul et Jeanne\nOrdre du jour : budget, salon, nouveaux catalogues\nMarie propose de revoir les tarifs avant avril\n";
/** The first bytes of a real PDF (version line, binary comment, an object): what a renamed one starts with. */
const PDF = Buffer.concat([
  Buffer.from("%PDF-1.7\n%"),
  Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]),
  Buffer.from("\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Length 44 /Filter /FlateDecode >>\nstream\n"),
  Buffer.from(Array.from({ length: 400 }, (_v, i) => (i * 37 + 11) % 256)),
  Buffer.from("\nendstream\nendobj\n%%EOF\n"),
]);

interface BadFile {
  readonly what: string;
  readonly file: { name: string; mimeType: string; buffer: Buffer };
  /** The French words the user reads. */
  readonly says: RegExp;
}

const BAD_FILES: readonly BadFile[] = [
  { what: "a PDF renamed .xlsx", file: { name: "clients.xlsx", mimeType: XLSX, buffer: PDF }, says: /clients\.xlsx.*(PDF|n'est pas un classeur)/ },
  {
    what: "a PDF renamed .csv",
    file: { name: "clients.csv", mimeType: "text/csv", buffer: PDF },
    says: /(clients\.csv.*PDF|ne ressemble pas à un fichier clients)/,
  },
  {
    what: "headers alone",
    file: { name: "entetes.csv", mimeType: "text/csv", buffer: Buffer.from("Nom;E-mail;Téléphone;Ville\n") },
    says: /Aucune ligne de clients sous les en-têtes/,
  },
  {
    what: "meeting notes",
    file: { name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from(NOTES) },
    says: /Ce fichier ne ressemble pas à un fichier clients/,
  },
  { what: "an empty file", file: { name: "vide.csv", mimeType: "text/csv", buffer: Buffer.alloc(0) }, says: /vide/ },
];

/** No result and nothing to download: what "nothing half-done" looks like on the page. */
async function nothingDone(page: Page): Promise<void> {
  expect(await page.locator('[data-testid="download"]').count()).toBe(0);
  expect(await page.locator('[data-testid="result-grid"]').count()).toBe(0);
  expect(await page.locator('[data-testid="structure-results"]').count()).toBe(0);
}

/** The whole page's text the user can read (alerts and status lines included). */
const pageText = (page: Page) => page.locator("main").innerText();

describe.skipIf(!enabled)("web page on bad files (Chromium)", () => {
  const suite = browserSuite();
  const open = (width: number) => suite.open({ width, bypassCSP: true, readyText: "Votre fichier clients" });

  it.each([350, 1280])(
    "says in French what is wrong with each bad file, and runs nothing, at %i px",
    async (width) => {
      const { page, errors } = await open(width);
      for (const bad of BAD_FILES) {
        // Each tab's own panel: the last file's Structure error must not be read as this file's alert.
        await showTab(page, "columns");
        await page.locator('input[type="file"]').setInputFiles(bad.file);
        await page.getByRole("alert").first().waitFor({ timeout: 30_000 });
        await expect.poll(() => pageText(page), { message: bad.what }).toMatch(bad.says);
        // French, in words: no English, no technical detail, no stack.
        expect(await page.getByRole("alert").allInnerTexts(), bad.what).not.toContainEqual(
          expect.stringMatching(/Cannot|Error:|undefined|Technical|at \w+ \(/),
        );
        expect(await seriousAxeViolations(page), bad.what).toEqual([]);
        // Structure cannot run, or says the same again; either way nothing is written.
        await showTab(page, "structure");
        const run = page.locator('[data-testid="run-runStructure"]');
        if (await run.isEnabled()) {
          await run.click();
          // The Structure panel alone is drawn: its alert is this run's error, so the run is over.
          await page.getByRole("tabpanel").getByRole("alert").first().waitFor({ timeout: 30_000 });
        }
        await nothingDone(page);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    240_000,
  );
});
