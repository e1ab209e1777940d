import { PassThrough } from "node:stream";
import { main } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `tria …` in-process and collect what it printed. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv = { LANG: "fr_FR.UTF-8" }): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough() as unknown as NodeJS.WriteStream;
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk.toString("utf8")));
  (stderr as unknown as PassThrough).on("data", (chunk: Buffer) => err.push(chunk.toString("utf8")));
  const code = await main(["node", "tria", ...args], { stdout, stderr, env });
  return { code, stdout: out.join(""), stderr: err.join("") };
}
