/**
 * The method's tabs of the Excel taskpane (issue 15's features, issue 18's look), on the
 * development page over the in-memory Office.js holding samples/clients-demo.xlsx, driven in
 * Debian's Chromium as a user would at 320 px and 1280 px: data kinds in the Columns tab,
 * Conformité (with the purge to a new sheet), the segment builder, the C/R/M grid in Score, and
 * the campaign follow-up on a results sheet; trap records in the segment's copy. Each tab is screenshotted into docs/images and
 * checked with axe-core.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { browserSuite } from "./webPage";
import { buildTaskpaneDev } from "./taskpaneDev/buildTaskpaneDev";
import { seriousAxeViolations, type AxeFinding } from "./axeCheck";
import { showTab, waitForResults } from "./pageWaits";

const root = path.resolve(import.meta.dirname, "../..");
const images = path.join(root, "docs/images");
const enabled = process.env.TRIA_SKIP_BROWSER !== "1";

/** Sheet names and one row's values of the fake workbook, as the page holds it. */
async function book(page: Page): Promise<{ names: string[]; row: (sheet: string, row: number) => Promise<string[]> }> {
  const names = await page.evaluate(() => window.__triaDev!.excel.book.sheets.map((sheet) => sheet.name));
  const row = (sheet: string, r: number) =>
    page.evaluate(
      ([name, at]) => {
        const found = window.__triaDev!.excel.book.sheet(name as string)!;
        return Array.from({ length: 60 }, (_v, c) => String(found.cell(at as number, c).value ?? ""));
      },
      [sheet, r] as const,
    );
  return { names, row };
}

/** How many rows of a sheet hold a value in column A (the dev page keeps the demo's first 200). */
async function filledRows(page: Page, sheet: string): Promise<number> {
  return page.evaluate((name) => {
    const found = window.__triaDev!.excel.book.sheet(name)!;
    let count = 0;
    for (let r = 0; r < 2000; r++) if (found.cell(r, 0).value !== null && found.cell(r, 0).value !== "") count++;
    return count;
  }, sheet);
}

async function savedSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (window.__triaDev!.settings.get("tria.settings") ?? {}) as Record<string, unknown>);
}

describe.skipIf(!enabled)("Taskpane method tabs: Conformité, Segments, C/R/M grid, Campagne (Chromium)", () => {
  const suite = browserSuite({ serve: false });
  let pageUrl: string;

  beforeAll(async () => {
    pageUrl = pathToFileURL(await buildTaskpaneDev(path.join(root, "build/taskpane-dev-method"))).href;
    mkdirSync(images, { recursive: true });
  }, 240_000);

  it.each([320, 1280])(
    "drives each method tab as a user would and screenshots it at %i px",
    async (width) => {
      const { page, errors } = await suite.open({ width, url: `${pageUrl}?lang=fr` });
      await page.locator('[data-testid="inspect"]').click();
      await page.locator('[data-role="email"]').first().waitFor({ timeout: 30_000 });
      const findings: (AxeFinding & { tab: string })[] = [];
      const shoot = async (tab: string) => {
        await page.screenshot({ path: path.join(images, `taskpane-${tab}-${width}.png`), fullPage: true });
        findings.push(...(await seriousAxeViolations(page)).map((f) => ({ ...f, tab })));
      };

      // Columns: the data kind is a choice, kept with the workbook by header text.
      const kind = page.getByLabel("Type de donnée de la colonne « Panier moyen »");
      expect(await kind.inputValue()).toBe("reaction");
      await kind.selectOption("action");
      await expect.poll(async () => (await savedSettings(page)).dataKindsByHeader).toEqual({ "Panier moyen": "action" });
      await kind.selectOption("reaction");

      const clientsRows = await filledRows(page, "Clients");
      // Conformité: findings in plain words with what to do; the purge goes to a NEW sheet.
      await showTab(page, "comply");
      await page.getByLabel(/Copier aussi le fichier sans les lignes expirées/).check();
      // The tab's options are kept with the workbook, like the other settings.
      await expect.poll(async () => (await savedSettings(page)).comply).toEqual({ today: "", purge: true });
      await page.locator('[data-testid="run-runComply"]').click();
      await waitForResults(page, "comply-results");
      expect(await page.locator('[data-testid="status-runComply"]').textContent()).toMatch(/^Conformité vérifiée — colonnes sensibles : \d+/);
      expect(await page.locator('[data-testid="comply-expired"]').textContent()).toMatch(/Au-delà de 3 ans \(\d+\)/);
      expect(await page.locator('[data-testid="comply-consent"]').textContent()).toMatch(/consentement/i);
      expect(await page.locator('[data-testid="comply-purged"]').textContent()).toMatch(/Sans les expirés.*Votre feuille n'a pas changé/);
      let workbook = await book(page);
      expect(workbook.names).toEqual(expect.arrayContaining(["Clients", "Registre", "Sans les expirés"]));
      // Never in place: the user's sheet keeps every row; the copy has fewer.
      expect(await filledRows(page, "Clients")).toBe(clientsRows);
      const expired = Number(/\((\d+)\)/.exec((await page.locator('[data-testid="comply-expired"] h3').textContent()) ?? "")?.[1]);
      expect(expired).toBeGreaterThan(0);
      expect(await filledRows(page, "Sans les expirés")).toBe(clientsRows - 2 - expired + 1);
      await shoot("comply");

      // Segments: a condition built with French words, saved with the workbook, written as a column.
      await showTab(page, "segments");
      await page.locator('[data-testid="segment-name"]').fill("Gros paniers");
      await page.getByLabel("Colonne (Condition 1)").selectOption({ label: "Panier moyen" });
      await page.getByLabel("Condition (Condition 1)").selectOption(">=");
      await page.getByLabel("Valeur (Condition 1)").fill("400");
      await page.locator('[data-testid="add-condition"]').click();
      await page.getByLabel("Colonne (Condition 2)").selectOption({ label: "Nb achats / an" });
      await page.getByLabel("Condition (Condition 2)").selectOption("between");
      await page.getByLabel("Valeur (Condition 2)").fill("4");
      await page.getByLabel("et (Condition 2)").fill("20");
      await expect
        .poll(() => page.locator('[data-testid="segment-preview"]').textContent())
        .toBe("Condition écrite : Panier moyen >= 400 et Nb achats / an entre 4 et 20");
      await page.locator('[data-testid="save-segment"]').click();
      await page.locator('[data-segment-name="Gros paniers"]').waitFor();
      await expect
        .poll(async () => (await savedSettings(page)).segments)
        .toEqual([{ name: "Gros paniers", where: "Panier moyen >= 400 et Nb achats / an entre 4 et 20" }]);
      // A group in brackets (et / ou), "non", and the draft kept while the user looks at another tab.
      await page.locator('[data-testid="segment-name"]').fill("Marseille ou Lyon, joignables");
      await page.getByLabel("Colonne (Condition 1)").selectOption({ label: "E-mail" });
      await page.getByLabel("Condition (Condition 1)").selectOption("empty");
      await page.getByLabel("Exclure (non) (Condition 1)").check();
      await page.locator('[data-testid="add-group"]').click();
      await page.getByLabel("Colonne (groupe 1, condition 1)").selectOption({ label: "Adresse" });
      await page.getByLabel("Condition (groupe 1, condition 1)").selectOption("contains");
      await page.getByLabel("Valeur (groupe 1, condition 1)").fill("Marseille");
      await page.getByLabel("Colonne (groupe 1, condition 2)").selectOption({ label: "Adresse" });
      await page.getByLabel("Condition (groupe 1, condition 2)").selectOption("contains");
      await page.getByLabel("Valeur (groupe 1, condition 2)").fill("Lyon");
      const grouped = "Condition écrite : non E-mail est vide et (Adresse contient Marseille ou Adresse contient Lyon)";
      await expect.poll(() => page.locator('[data-testid="segment-preview"]').textContent()).toBe(grouped);
      // Really away and back: each tab's own panel waited for, or the builder might never have left.
      await showTab(page, "columns");
      await showTab(page, "segments");
      expect(await page.locator('[data-testid="segment-preview"]').textContent()).toBe(grouped);
      await page.locator('[data-testid="save-segment"]').click();
      await page.locator('[data-segment-name="Marseille ou Lyon, joignables"]').waitFor();
      // A saved segment opens again in the builder; saving replaces it (renamed here), in place.
      await page.getByRole("button", { name: "Modifier le segment « Marseille ou Lyon, joignables »" }).click();
      await expect.poll(() => page.getByLabel("Valeur (groupe 1, condition 2)").inputValue()).toBe("Lyon");
      await page.getByLabel("Valeur (groupe 1, condition 2)").fill("Nice");
      await page.locator('[data-testid="segment-name"]').fill("Marseille ou Nice, joignables");
      await page.locator('[data-testid="save-segment"]').click();
      await expect
        .poll(async () => (await savedSettings(page)).segments)
        .toEqual([
          { name: "Gros paniers", where: "Panier moyen >= 400 et Nb achats / an entre 4 et 20" },
          { name: "Marseille ou Nice, joignables", where: "non E-mail est vide et (Adresse contient Marseille ou Adresse contient Nice)" },
        ]);
      await page.getByRole("button", { name: "Supprimer le segment « Marseille ou Nice, joignables »" }).click();
      // A condition that means nothing is said before anything runs.
      await page.getByLabel("Colonne (Condition 1)").selectOption({ label: "Nom" });
      await page.getByLabel("Condition (Condition 1)").selectOption(">=");
      await page.getByLabel("Valeur (Condition 1)").fill("Paris");
      await page.locator('[data-testid="save-segment"]').click();
      expect(await page.locator('[data-testid="segment-error"]').textContent()).not.toBe("");
      await page.locator('[data-testid="copy-segments"]').check();
      // Adresses pièges: made-up people at the user's own addresses, from a sheet of theirs, in the copy only.
      await page.evaluate(() =>
        window.__triaDev!.excel.book.addSheet("Mes adresses", [
          ["Adresse", "E-mail", "Tél."],
          ["14 rue des Lilas 69003 Lyon", "temoin.lyon@monentreprise.fr", "04 72 00 00 01"],
        ]),
      );
      await page.locator('[data-testid="traps-on"]').check();
      await page.locator('[data-testid="traps-count"]').fill("2");
      await page.locator('[data-testid="traps-sheet"]').selectOption("Mes adresses");
      await page.locator('[data-testid="run-runSegments"]').click();
      await waitForResults(page, "segment-results");
      const count = Number(await page.locator("[data-segment-count]").first().getAttribute("data-segment-count"));
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(clientsRows - 2);
      expect(await page.locator('[data-testid="segment-results"]').textContent()).toContain(
        `Gros paniers : ${count} client${count > 1 ? "s" : ""} sur ${clientsRows - 2}`,
      );
      workbook = await book(page);
      expect(await workbook.row("Clients", 2)).toContain("Gros paniers");
      const copy = workbook.names.find((name) => /Gros paniers/.test(name) && name !== "Clients");
      expect(copy).toBeDefined();
      expect((await workbook.row(copy!, count + 2))[0]).toMatch(/^C\d+/);
      expect((await workbook.row(copy!, count + 3))[0]).toBe("");
      expect(workbook.names).toContain("Pièges (privé)");
      expect(await filledRows(page, "Clients")).toBe(clientsRows);
      expect(await page.locator('[data-testid="traps-planted"]').textContent()).toMatch(
        /^2 pièges placés dans chaque copie ; la liste privée est sur la feuille « Pièges \(privé\) »/,
      );
      await shoot("segments");

      // Score: the C/R/M grid edited in a table, saved with the workbook, used by the run.
      await showTab(page, "score");
      await page.locator('[data-testid="grid-example"]').click();
      await page.getByLabel("Colonne du fichier, ligne 2").fill("Panier moyen");
      await page.getByLabel("Type, ligne 2").selectOption("perUnit");
      await page.getByLabel("Points, ligne 2").fill("0,05");
      await page.getByLabel("Plafond, ligne 2").fill("40");
      await page.getByLabel("Colonne du fichier, ligne 3").fill("Nb achats / an");
      await page.getByLabel("Colonne date (décroissance), ligne 3").fill("Date dernier achat");
      await page.getByLabel("Retirer le critère ligne 4").click();
      await expect.poll(() => page.locator('[data-testid="grid-check"]').textContent()).toMatch(/^Grille valide : 2 critère/);
      await expect.poll(async () => ((await savedSettings(page)).pointsGrid as { rows: unknown[] } | null)?.rows.length).toBe(2);
      await page.locator('[data-testid="run-runScore"]').click();
      await waitForResults(page, "score-results");
      // Hot, warm and cold counted in words, and they add up to the customers.
      const heat = ((await page.locator('[data-testid="heat-counts"]').textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");
      const [hot, warm, cold] = (/: (\d+) clients? chauds? · (\d+) tièdes? · (\d+) froids?$/.exec(heat) ?? []).slice(1).map(Number);
      expect((hot ?? 0) + (warm ?? 0) + (cold ?? 0)).toBe(clientsRows - 2);
      const header = (await book(page).then((b) => b.row("Clients", 2))).join("|");
      expect(header).toMatch(/C \(consomme\)|Points|chaud|Chaleur/i);
      await shoot("score-grid");

      // Appels (CROC): the customers to call first, each with what to confirm, rectify, obtain, complete.
      await showTab(page, "calls");
      await page.locator('[data-testid="calls-top"]').fill("10");
      await expect.poll(async () => ((await savedSettings(page)).calls as { top?: string } | undefined)?.top).toBe("10");
      await page.locator('[data-testid="run-runCalls"]').click();
      await waitForResults(page, "calls-results");
      expect(await page.locator("[data-call-rank]").count()).toBe(10);
      expect(await page.locator('[data-call-rank="1"] [data-croc]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="status-runCalls"]').textContent()).toMatch(/^10 clients à appeler sur \d+/);
      expect((await book(page)).names).toContain("À appeler");
      await shoot("calls");

      // Campagne: on the sheet of the campaign's results, the follow-up and its dashboard sheet.
      await page.evaluate(() => {
        const excelBook = window.__triaDev!.excel.book;
        excelBook.addSheet("Résultats", [
          ["Segment", "Envoyés", "PND", "Ouvertures", "Clics", "Commandes", "CA"],
          ["Fidèles", 1000, 20, 400, 120, 45, 4500],
          ["À reconquérir", 2000, 90, 380, 60, 12, 960],
        ]);
        excelBook.active = excelBook.sheets.length - 1;
      });
      await showTab(page, "campaign");
      await page.locator('[data-testid="unit-cost"]').fill("abc");
      expect(await page.locator('[data-testid="run-runCampaign"]').isDisabled()).toBe(true);
      await page.locator('[data-testid="unit-cost"]').fill("0,80");
      await page.locator('[data-testid="run-runCampaign"]').click();
      await waitForResults(page, "campaign-results");
      const fidèles = page.locator('[data-campaign-line="Fidèles"]');
      expect(await fidèles.locator('[data-figure="fig_orderRate"]').textContent()).toMatch(/^4,6\s?%$/); // 45 / 980 delivered
      expect(await fidèles.locator('[data-figure="fig_costPerOrder"]').textContent()).toMatch(/^17,78\s?€$/); // 800 € / 45
      expect(await page.locator('[data-testid="status-runCampaign"]').textContent()).toMatch(/^Suivi calculé — lignes : 2 /);
      workbook = await book(page);
      expect(workbook.names.some((name) => /Suivi/.test(name))).toBe(true);
      await shoot("campaign");

      expect(findings).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    240_000,
  );
});
