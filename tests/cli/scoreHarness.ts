import type { Lang } from "../../src/engine/i18n/lang";
import { runCli } from "./cliHarness";

export interface ScoreRun {
  readonly stdout: string;
  readonly stderr: string;
  /** What `tria` said went wrong (in `lang`), or null when the run went through. */
  readonly error: string | null;
  readonly code: number;
}

/** `tria score …` through the real command line, in-process. */
export async function runScoreCli(args: readonly string[], lang: Lang = "fr"): Promise<ScoreRun> {
  const run = await runCli(["score", ...args], { LANG: lang === "fr" ? "fr_FR.UTF-8" : "en_US.UTF-8" });
  return { stdout: run.stdout, stderr: run.stderr, error: run.code === 0 ? null : run.stderr.replace(/^tria: /, "").trim(), code: run.code };
}
