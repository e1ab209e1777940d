import { randomUUID } from "node:crypto";
import type { TestProject } from "vitest/node";

/**
 * Global setup of the browser tests: one id for this whole run, so that the first test file
 * needing dist/ builds it with webpack and the next ones reuse it (webPage.ts), instead of
 * every file building it again (a minute or two each on CI's 2 cores).
 */
export default function setup(project: TestProject): void {
  project.provide("e2eRun", randomUUID());
}

declare module "vitest" {
  export interface ProvidedContext {
    e2eRun: string;
  }
}
