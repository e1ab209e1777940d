import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { runCli } from "./cliHarness";
import { bundleCli } from "../../src/tools/bundleCli";
// @ts-expect-error plain JavaScript module without types (it runs before any transpiler)
import { bundleIsFresh } from "../../src/cli/cliBundle.mjs";

/**
 * `tria --version` and `tria [CMD] --help` are answered by src/cli/tria.mjs without loading the
 * bundle: the help must be the very text the CLI prints (kept at bundle time in build/cli/help.json).
 */
describe("tria start-up answers", () => {
  it("prints the same help as the CLI, for the program and for each command, and its version", async () => {
    // The bundle is made at install; made again here only when a source changed since.
    if (!(bundleIsFresh as () => boolean)()) await bundleCli();
    const run = (...args: string[]) => execFileSync(process.execPath, ["src/cli/tria.mjs", ...args], { encoding: "utf8" });
    for (const args of [["--help"], ["structure", "--help"], ["score", "-h"]]) {
      const inProcess = await runCli(args);
      expect(run(...args)).toBe(inProcess.stdout);
    }
    expect(run("--version")).toMatch(/^\d+\.\d+\.\d+\n$/);
  }, 120_000);
});
