import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium (apt-get install -y chromium), never a downloaded browser. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Chromium as the browser tests run it: headless, and without the background networking that this
 * machine's closed network refuses. A machine without it fails with how to get it, not silently.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Browser tests need Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium (or set TRIA_SKIP_BROWSER=1).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}
