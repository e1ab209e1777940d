import { afterAll, beforeAll, inject } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { launchChromium } from "./launchChromium";
import { serveDist } from "./serveDist";

const root = path.resolve(import.meta.dirname, "../..");
/** TRIA_DIST_DIR: another build to serve (the page of an earlier commit, to measure it against this one). */
const dist = process.env.TRIA_DIST_DIR ?? path.join(root, "dist");
/** Which run built dist/ last (the id e2eRun.ts provides). */
const stamp = path.join(dist, ".e2e-run");

/** dist/ built by webpack once per test run (every web test file shares it); TRIA_DIST_READY=1 takes dist/ as it is. */
export function builtDist(): string {
  if (process.env.TRIA_DIST_READY === "1" || process.env.TRIA_DIST_DIR) return dist;
  const run = inject("e2eRun");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === run) return dist;
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "pipe", timeout: 400_000 });
  writeFileSync(stamp, run);
  return dist;
}

export interface OpenOptions {
  readonly width?: number;
  readonly height?: number;
  /** The page's address: web.html on the served dist/ by default, or a full URL (a file:// page). */
  readonly url?: string;
  readonly locale?: string;
  readonly acceptDownloads?: boolean;
  /** axe-core is injected as an inline script, which the page's own CSP rightly refuses. */
  readonly bypassCSP?: boolean;
  /** What shows once the page is ready (a text or a selector); none: as soon as it loaded. */
  readonly readyText?: string;
  readonly readySelector?: string;
  /** Listeners or init scripts to add before the page loads (its requests, its workers). */
  readonly beforeGoto?: (page: Page) => void | Promise<void>;
}

export interface OpenedPage {
  readonly page: Page;
  /** Uncaught errors of the page: every test expects none. */
  readonly errors: string[];
}

export interface BrowserSuite {
  readonly browser: Browser;
  /** The served dist/ (http://127.0.0.1:port), when the suite serves it. */
  readonly url: string;
  open(options?: OpenOptions): Promise<OpenedPage>;
}

/**
 * The setup every browser test file repeated: Chromium started (and dist/ built once per run and
 * served on loopback when `serve`), closed after the file; open() gives a French page at a width
 * with its uncaught errors collected. Call it inside describe().
 */
export function browserSuite({ serve = true }: { serve?: boolean } = {}): BrowserSuite {
  let browser: Browser | null = null;
  let server: Awaited<ReturnType<typeof serveDist>> | null = null;
  beforeAll(async () => {
    if (serve) server = await serveDist(builtDist());
    browser = await launchChromium();
  }, 450_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const suite: BrowserSuite = {
    get browser() {
      if (!browser) throw new Error("browserSuite: Chromium is not started (used outside a test?)");
      return browser;
    },
    get url() {
      if (!server) throw new Error("browserSuite: dist/ is not served (serve: false)");
      return server.url;
    },
    async open(options = {}) {
      const context: BrowserContextOptions = {
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        locale: options.locale ?? "fr-FR",
        ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
        ...(options.bypassCSP ? { bypassCSP: true } : {}),
      };
      const page = await suite.browser.newPage(context);
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await options.beforeGoto?.(page);
      await page.goto(options.url ?? `${suite.url}/web.html`);
      if (options.readyText) await page.getByText(options.readyText).first().waitFor();
      if (options.readySelector) await page.locator(options.readySelector).first().waitFor();
      return { page, errors };
    },
  };
  return suite;
}
