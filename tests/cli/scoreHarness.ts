import { PassThrough } from "node:stream";
import { Command } from "commander";
import { registerScoreCommand } from "../../src/cli/scoreCommand";
import { isTriaError } from "../../src/engine/errors";
import type { Lang } from "../../src/engine/i18n/lang";

export interface ScoreRun {
  readonly stdout: string;
  readonly stderr: string;
  /** The user-facing message of a TriaError, in `lang`, or null when the run went through. */
  readonly error: string | null;
}

/**
 * Runs `tria score …` in-process through registerScoreCommand (main.ts wires the same
 * function; until then this is how the command is reached).
 */
export async function runScoreCli(args: readonly string[], lang: Lang = "fr"): Promise<ScoreRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough() as unknown as NodeJS.WriteStream;
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk.toString("utf8")));
  (stderr as unknown as PassThrough).on("data", (chunk: Buffer) => err.push(chunk.toString("utf8")));
  const program = new Command().exitOverride().configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  registerScoreCommand(program, { stdout, stderr, env: { LANG: lang === "fr" ? "fr_FR.UTF-8" : "en_US.UTF-8" } });
  try {
    await program.parseAsync(["node", "tria", "score", ...args]);
    return { stdout: out.join(""), stderr: err.join(""), error: null };
  } catch (error) {
    if (isTriaError(error)) return { stdout: out.join(""), stderr: err.join(""), error: error.messageIn(lang) };
    throw error;
  }
}
