import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * `npm test` runs everything: the unit tests (node) and the browser tests (Debian's Chromium
 * through playwright-core, one file at a time on our 2 cores). `npm run test:unit` skips the
 * browser.
 */
export default defineConfig({
  root: path.resolve(import.meta.dirname, ".."),
  test: {
    setupFiles: ["tests/setupFastCheck.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/**/*.test.{ts,tsx}"],
          exclude: ["tests/e2e/**", "node_modules/**"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/e2e/**/*.test.ts"],
          // One id per run: the web tests build dist/ once and share it (tests/e2e/webPage.ts).
          globalSetup: ["tests/e2e/e2eRun.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
