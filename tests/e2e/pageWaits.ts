import type { Page } from "playwright-core";

/**
 * Waits shared by the browser tests: the page changes a moment after a click, so a test reads it
 * once it reached the state it checks, never right after the action (CI on 2 loaded cores read a
 * half-drawn grid, a tab not yet switched, a message bar mid-fade).
 */

/**
 * Clicks a tab and waits for its own panel: tabs switch in a React transition (TabPanels.tsx),
 * the old panel stays until the new one is drawn, and what both show (Undo, a status) would be
 * read on the old one.
 */
export async function showTab(page: Page, tab: string): Promise<void> {
  const button = page.locator(`[data-tab="${tab}"]`);
  await button.click();
  const id = await button.getAttribute("id");
  await page.locator(`[role="tabpanel"][aria-labelledby="${id}"]`).waitFor({ timeout: 30_000 });
}

/**
 * Waits until nothing on the page is drawn progressively any more: the result grid draws a wide
 * page a few columns a frame (useColumnReveal.ts), the issue list 25 items a frame (useReveal.ts),
 * each `aria-busy` meanwhile. Counts, texts, screenshots and axe read the whole of them after this.
 */
export async function waitForDrawn(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector("[aria-busy]") === null, undefined, { timeout, polling: "raf" });
}

/** A job's results (`data-testid`, e.g. "structure-results") shown and all drawn. */
export async function waitForResults(page: Page, testId: string, timeout = 60_000): Promise<void> {
  await page.locator(`[data-testid="${testId}"]`).waitFor({ timeout });
  await waitForDrawn(page);
}

/** The web page's preview grid shown and all its columns drawn (it comes after the job's results). */
export async function waitForGrid(page: Page, timeout = 30_000): Promise<void> {
  await page.locator('[data-testid="result-grid"]:not([aria-busy])').waitFor({ timeout });
  await waitForDrawn(page);
}
