import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runCli } from "./cliHarness";
// @ts-expect-error plain JavaScript module without types (it runs before any transpiler)
import { BIG_WORKBOOK_BYTES, heapLimitMb, largestWorkbookRead, nodeFlags, SEMI_SPACE_MB } from "../../src/cli/nodeFlags.mjs";

interface Flags {
  readonly relaunch: string[];
  readonly now: string[];
}
const flagsOf = nodeFlags as (args: string[], execArgv: string[], nodeOptions?: string, totalBytes?: number, workbookBytes?: () => number) => Flags;
/** The flags that make a second Node start (missing ones only). */
const missingNodeFlags = (args: string[], execArgv: string[], nodeOptions = "", totalBytes?: number) =>
  flagsOf(args, execArgv, nodeOptions, totalBytes, () => 0).relaunch;

const PROBE = pathToFileURL("tests/cli/nodeFlagsProbe.mjs").href;
const SAMPLE = "samples/clients-demo.csv";
const GB = 2 ** 30;

interface Probe {
  readonly pid: number;
  readonly execArgv: string[];
  readonly heapLimit: number;
}

/** `node src/cli/tria.mjs ARGS` as a user runs it, each of its Node processes telling its flags (nodeFlagsProbe.mjs). */
function tria(args: readonly string[], env: NodeJS.ProcessEnv = {}, onProbe?: (probes: Probe[], kill: (signal: NodeJS.Signals) => void) => void) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; probes: Probe[] }>((resolve, reject) => {
    const child = spawn(process.execPath, ["src/cli/tria.mjs", ...args], {
      env: { ...process.env, LANG: "fr_FR.UTF-8", NODE_OPTIONS: `--import ${PROBE}`, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const probes: Probe[] = [];
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const lines = stderr.split("\n");
      stderr = lines.pop()!;
      for (const line of lines) if (line.startsWith("probe ")) probes.push(JSON.parse(line.slice(6)) as Probe);
      onProbe?.(probes, (signal) => child.kill(signal));
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, probes }));
  });
}

describe("the tria launcher (src/cli/tria.mjs + nodeFlags.mjs)", () => {
  it("runs a structure job in a second Node started with the young generation and heap flags, output and exit code unchanged", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-launcher-"));
    const run = await tria(["structure", SAMPLE, "--report", join(dir, "relaunched.json")]);
    expect(run.probes).toHaveLength(2);
    const [first, job] = run.probes as [Probe, Probe];
    expect(first.execArgv.some((arg) => arg.startsWith("--max-semi-space-size"))).toBe(false);
    expect(job.execArgv).toContain(`--max-semi-space-size=${SEMI_SPACE_MB}`);
    expect(job.execArgv).toContain(`--max-old-space-size=${heapLimitMb()}`);
    expect(job.execArgv).toContain("--heap-growing-percent=30");
    // V8 took the limit: the job's heap may grow past 4 GB, whatever Node's own default was.
    expect(job.heapLimit).toBeGreaterThan(4 * GB);
    expect(job.heapLimit).toBeGreaterThanOrEqual(first.heapLimit);
    const inProcess = await runCli(["structure", SAMPLE, "--report", join(dir, "in-process.json")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(inProcess.stdout);
    expect(readFileSync(join(dir, "relaunched.json"), "utf8")).toBe(readFileSync(join(dir, "in-process.json"), "utf8"));
  }, 60_000);

  it("runs the other commands in one process", async () => {
    const run = await tria(["inspect", SAMPLE]);
    expect(run.probes).toHaveLength(1);
    expect(run.stdout).toBe((await runCli(["inspect", SAMPLE])).stdout);
    expect(missingNodeFlags(["score", "orders.csv"], [], "")).toEqual([]);
  }, 60_000);

  it("returns the job's exit code when it fails", async () => {
    const run = await tria(["structure", "no-such-file.csv"]);
    const inProcess = await runCli(["structure", "no-such-file.csv"]);
    expect(inProcess.code).not.toBe(0);
    expect(run.code).toBe(inProcess.code);
    expect(run.probes).toHaveLength(2);
  }, 60_000);

  it("answers --version in one process", async () => {
    const run = await tria(["--version"]);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(run.probes).toHaveLength(1);
  }, 30_000);

  it("passes a signal on to the job and ends by it", async () => {
    let signalled = false;
    const run = await tria(["structure", SAMPLE, "--report", join(tmpdir(), "tria-launcher-signal.json")], { PROBE_HOLD: "1" }, (probes, kill) => {
      if (probes.length === 2 && !signalled) {
        signalled = true;
        kill("SIGTERM");
      }
    });
    expect(run.signal).toBe("SIGTERM");
    const job = run.probes[1]!;
    expect(() => process.kill(job.pid, 0)).toThrow(/ESRCH/);
  }, 60_000);

  it("gives each job its flags, leaves those a user or a script set alone, and adds none in the relaunched process", () => {
    const total = 8 * GB;
    const structure = ["structure", "clients.csv"];
    expect(missingNodeFlags(structure, [], "", total)).toEqual([
      `--max-semi-space-size=${SEMI_SPACE_MB}`,
      "--max-old-space-size=6144",
      "--heap-growing-percent=30",
    ]);
    // dedupe gained nothing from a bigger young generation: the heap limit only.
    expect(missingNodeFlags(["--lang", "en", "dedupe", "x.csv"], [], "", total)).toEqual(["--max-old-space-size=6144", "--heap-growing-percent=30"]);
    expect(missingNodeFlags(structure, ["--max-old-space-size=8192"], "", total)).toEqual([`--max-semi-space-size=${SEMI_SPACE_MB}`]);
    expect(missingNodeFlags(structure, [], "--max_semi_space_size=8 --max-old-space-size=3000", total)).toEqual([]);
    expect(missingNodeFlags(structure, missingNodeFlags(structure, [], "", total), "", total)).toEqual([]);
    expect(missingNodeFlags(structure, ["--inspect-brk"], "", total)).toEqual([]);
    expect(flagsOf(structure, [], "", total, () => 0).now).toEqual([]);
    // Small machines still get room for a million rows; big ones three quarters of their memory.
    expect(heapLimitMb(2 * GB)).toBe(4096);
    expect(heapLimitMb(24 * GB)).toBe(18_432);
  });

  it("holds the heap of a job reading a big workbook, whatever the command, in this process when nothing else needs a second one", () => {
    const total = 8 * GB;
    const big = () => BIG_WORKBOOK_BYTES;
    const segment = ["segment", "clients.xlsx", "--where", "Panier moyen >= 100", "-o", "out.xlsx"];
    expect(flagsOf(segment, [], "", total, big)).toEqual({ relaunch: [], now: ["--heap-growing-percent=30"] });
    expect(flagsOf(segment, [], "", total, () => BIG_WORKBOOK_BYTES - 1)).toEqual({ relaunch: [], now: [] });
    // A user's own growth wins, and the relaunched process adds nothing.
    expect(flagsOf(segment, [], "--heap-growing-percent=50", total, big)).toEqual({ relaunch: [], now: [] });
    expect(flagsOf(segment, ["--heap-growing-percent=30"], "", total, big)).toEqual({ relaunch: [], now: [] });
    // structure gets it with the heap limit; with the user's own limit, still for a big workbook (with the young generation).
    expect(flagsOf(["structure", "c.xlsx"], [], "", total, big).relaunch).toContain("--heap-growing-percent=30");
    expect(flagsOf(["structure", "c.xlsx"], ["--max-old-space-size=8192"], "", total, big)).toEqual({
      relaunch: [`--max-semi-space-size=${SEMI_SPACE_MB}`, "--heap-growing-percent=30"],
      now: [],
    });
    expect(flagsOf(segment, ["--inspect"], "", total, big)).toEqual({ relaunch: [], now: [] });
  });

  it("finds the big workbook among the files a command reads: a zip by its bytes, not a CSV, not the output", () => {
    const dir = mkdtempSync(join(tmpdir(), "tria-big-"));
    const zip = Buffer.alloc(BIG_WORKBOOK_BYTES);
    zip.writeUInt32BE(0x504b0304, 0);
    writeFileSync(join(dir, "clients.data"), zip);
    writeFileSync(join(dir, "orders.csv"), Buffer.alloc(BIG_WORKBOOK_BYTES, 0x41));
    writeFileSync(join(dir, "small.xlsx"), zip.subarray(0, 1000));
    const read = largestWorkbookRead as (args: string[]) => number;
    expect(read(["segment", join(dir, "clients.data"), "--where", "Nom = x"])).toBe(BIG_WORKBOOK_BYTES);
    expect(read(["score", join(dir, "orders.csv"), "--report", "r.json"])).toBe(0);
    expect(read(["score", join(dir, "small.xlsx"), "-o", join(dir, "clients.data")])).toBe(0);
    expect(read(["inspect", join(dir, "missing.xlsx")])).toBe(0);
  });
});
