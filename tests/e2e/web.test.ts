/**
 * The stand-alone page in a real browser: build dist/ with webpack, serve it on loopback, open
 * web.html in Debian's Chromium (apt-get install -y chromium) with playwright-core, drop a
 * customer file and check that the detected roles appear. Screenshots at 320 px (taskpane width)
 * and 1280 px go to tests/e2e/artifacts/ (gitignored). Run with `npm run test:browser`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import ExcelJS from "exceljs";
import { serveDist } from "./serveDist";

const root = path.resolve(import.meta.dirname, "../..");
const artifacts = path.join(import.meta.dirname, "artifacts");
const CHROMIUM = "/usr/bin/chromium";
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
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Browser tests need Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium (or set TRIA_SKIP_BROWSER=1).`);
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "pipe", timeout: 180_000 });
    server = await serveDist(path.join(root, "dist"));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    mkdirSync(artifacts, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([320, 1280])("inspects a dropped file and shows detected roles at %i px", async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: "fr-FR" });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${server.url}/web.html`);
    await expect(page.getByText("Votre fichier clients").count()).resolves.toBe(1);
    await page.locator('input[type="file"]').setInputFiles(await sampleFile());
    await page.locator('[data-role="email"]').first().waitFor({ timeout: 30_000 });
    expect(await page.locator("[data-role]").count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-role="lastName"], [data-role="fullName"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(artifacts, `web-${width}.png`), fullPage: true });
    // Privacy (DESIGN.md §8): the page asks nothing of anyone but its own server.
    expect(requests.filter((url) => !url.startsWith(server.url) && !url.startsWith("blob:") && !url.startsWith("data:"))).toEqual([]);
    // At 320 px nothing may overflow sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
