/**
 * The Google Sheets sidebar (dist/sheets/Sidebar.html, as Apps Script serves it) in Debian's
 * Chromium, with a stub google.script.run that answers as the script does: the labels follow the
 * user's language, the legend shows every kind with a symbol as well as a colour, a run's message
 * is announced in a live region, and undo is offered only once there is a run to undo.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./launchChromium";
import { buildSheets } from "../../src/tools/buildSheets";
import { legendEntries } from "../../src/sheets/legendEntries";

const root = path.resolve(import.meta.dirname, "../..");
const artifacts = path.join(import.meta.dirname, "artifacts");
const enabled = process.env.TRIA_SKIP_BROWSER !== "1";

/** google.script.run as the page sees it: sidebarState, then the job the button names. */
function stubScript(lang: "fr" | "en"): string {
  const legend = JSON.stringify(legendEntries(lang));
  return `
    window.__calls = [];
    let ran = false;
    // A big sheet: the first two executions stop before Apps Script's six minutes.
    let parts = 0;
    const answers = {
      sidebarState: () => ({ lang: ${JSON.stringify(lang)}, legend: ${legend}, canUndo: ran, pending: null }),
      structureActiveSheet: () => {
        ran = true;
        if (++parts < 3) return { ok: true, done: false, percent: parts * 40, message: "Tria continue… " + parts * 40 + " % fait" };
        return { ok: true, message: "500 lignes structurées : 138 cellules à corriger ou compléter, 16 groupes de doublons." };
      },
      scoreActiveSheet: () => ({ ok: false, message: "Aucune colonne de date d'achat : Tria ne peut pas calculer la récence." }),
      undoLastRun: () => { ran = false; return { ok: true, message: "La dernière exécution de Tria a été annulée." }; },
    };
    function runner(success, failure) {
      return new Proxy({}, { get(_, name) {
        if (name === "withSuccessHandler") return (h) => runner(h, failure);
        if (name === "withFailureHandler") return (h) => runner(success, h);
        return (...args) => { window.__calls.push([name, ...args]); setTimeout(() => success(answers[name](...args)), 20); };
      } });
    }
    window.google = { script: { get run() { return runner(() => {}, () => {}); } } };
  `;
}

describe.skipIf(!enabled)("Google Sheets sidebar (Chromium)", () => {
  let browser: Browser;
  const sidebar = path.join(root, "dist/sheets/Sidebar.html");

  beforeAll(async () => {
    await buildSheets();
    browser = await launchChromium();
    mkdirSync(artifacts, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(lang: "fr" | "en"): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 300, height: 700 } });
    await page.addInitScript(stubScript(lang));
    // A real navigation (setContent would not run the init script that stands in for Google's).
    await page.goto(pathToFileURL(sidebar).href);
    await page.getByRole("button", { name: lang === "fr" ? "Structurer la feuille" : "Structure the sheet" }).waitFor();
    return page;
  }

  it("runs Structure (calling again while a big sheet is not done), announces the result in a live region, then offers undo", async () => {
    const page = await open("fr");
    const undo = page.getByRole("button", { name: "Annuler la dernière exécution" });
    expect(await undo.isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Structurer la feuille" }).click();
    const status = page.getByRole("status");
    await expect.poll(() => status.textContent()).toMatch(/^500 lignes structurées/);
    expect(await status.getAttribute("aria-live")).toBe("polite");
    await expect.poll(() => undo.isDisabled()).toBe(false);
    // It called the job again until the script said it was done: three executions of the same job.
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect(calls.filter((c) => c[0] === "structureActiveSheet")).toEqual([
      ["structureActiveSheet", true],
      ["structureActiveSheet", true],
      ["structureActiveSheet", true],
    ]);
    await page.screenshot({ path: path.join(artifacts, "sheets-sidebar-300.png"), fullPage: true });
    await page.close();
  });

  it("shows every flag kind with its symbol and words, and a failure as an error", async () => {
    const page = await open("en");
    const items = page.locator("#legend li");
    expect(await items.count()).toBe(legendEntries("en").length);
    for (const entry of legendEntries("en")) await expect.poll(() => page.locator("#legend").textContent()).toContain(entry.label);
    expect(await page.locator("#legend .swatch").evaluateAll((nodes) => nodes.every((n) => (n.textContent ?? "").trim() !== ""))).toBe(true);
    // Score's option for orders lists: a labelled box, sent with the call.
    const box = page.getByRole("checkbox", { name: /also copy the scores onto every order row/ });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await page.getByRole("button", { name: "Score (RFM)" }).click();
    await expect.poll(() => page.getByRole("status").getAttribute("class")).toBe("error");
    expect(await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls.filter((c) => c[0] === "scoreActiveSheet"))).toEqual([
      ["scoreActiveSheet", true, true],
    ]);
    await page.close();
  });
});
