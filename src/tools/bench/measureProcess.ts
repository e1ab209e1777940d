import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface ProcessFigures {
  /** Start to exit, as the user waits. */
  readonly wallMs: number;
  /** Peak resident memory of the process; null when it died before telling (out of memory). */
  readonly peakMb: number | null;
  /** User + system CPU time; less sensitive than wall time to a machine shared with others. */
  readonly cpuMs: number | null;
  readonly exitCode: number;
  /** The last line the process wrote on stderr when it failed. */
  readonly error: string;
}

const HOOK = fileURLToPath(new URL("./peakMemoryHook.mjs", import.meta.url));

/**
 * Run one command as a user would, in a fresh process, and measure it whole: start-up,
 * reading, the job, writing. A Node process reports its own peak memory through the exit
 * hook; another program (python3) prints `{"maxRssKb": …}` as its last stdout line.
 */
export function measureProcess(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<ProcessFigures & { stdout: string }> {
  const rusageFile = join(tmpdir(), `tria-bench-rusage-${process.pid}-${Date.now()}.json`);
  const env = {
    ...process.env,
    ...options.env,
    TRIA_BENCH_RUSAGE: rusageFile,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(HOOK).href}`.trim(),
  };
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on("error", reject);
    // A command past the limit is stopped (its figures say so) and the bench goes on.
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill("SIGKILL");
          }, options.timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const wallMs = Math.round(performance.now() - start);
      const usage = readUsage(rusageFile) ?? lastJsonLine(stdout);
      const lines = stderr
        .trim()
        .split("\n")
        .filter((line) => line.trim() !== "");
      resolve({
        wallMs,
        peakMb: usage?.maxRssKb === undefined ? null : Math.round(usage.maxRssKb / 1024),
        cpuMs: usage?.userMs === undefined ? null : Math.round(usage.userMs + (usage.systemMs ?? 0)),
        exitCode: timedOut ? 124 : (code ?? (signal ? 128 : 1)),
        error: timedOut
          ? `stopped after ${Math.round(wallMs / 1000)} s`
          : code === 0
            ? ""
            : (lines.find((line) => /heap out of memory|FATAL|tria:/.test(line)) ?? lines.at(-1) ?? String(signal ?? "")),
        stdout,
      });
    });
  });
}

interface Usage {
  readonly maxRssKb?: number;
  readonly userMs?: number;
  readonly systemMs?: number;
}

function readUsage(file: string): Usage | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Usage;
  } finally {
    rmSync(file, { force: true });
  }
}

function lastJsonLine(stdout: string): Usage | null {
  const last = stdout.trim().split("\n").at(-1) ?? "";
  try {
    return last.startsWith("{") ? (JSON.parse(last) as Usage) : null;
  } catch {
    return null;
  }
}
