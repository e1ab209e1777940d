// The V8 settings a Tria job runs with, and the relaunch that gives them (issue 11): the one
// place that decides Node's flags for a `tria` command. Plain JavaScript: it runs in
// src/cli/tria.mjs before any transpiler.
//
// Why a relaunch: V8 sizes its heap when the process starts. `v8.setFlagsFromString` after
// start changed nothing here (measured: the young generation stayed 16 MB a semi-space), and a
// `#!/usr/bin/env -S node --flags` shebang is skipped by `node src/cli/tria.mjs` (the bench,
// npm scripts) and by Windows shims. So a command that reads a customer file starts a second
// Node with the flags (~40 ms), which inherits stdin, stdout and stderr as they are (a
// terminal stays a terminal), gets the signals the first one gets, and whose exit code or
// signal the first one returns. `tria --version` and `--help` never get here.
import { spawn } from "node:child_process";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { totalmem } from "node:os";

/**
 * Young generation: 16 MB a semi-space is Node's default. The jobs that structure customers
 * make millions of short-lived strings and objects; with 32 MB fewer survive a scavenge to be
 * copied and promoted: structure on 100k varied rows with the workbook, 24.5 / 22.1 s CPU →
 * 21.0 / 20.6 s (64 MB: 21.2 / 23.9 s, more memory). `tria score` streams its orders and
 * allocates little: there 32 MB cost 5 % more CPU (1M orders, 6.6–7.0 → 6.9–7.3 s), and
 * `tria dedupe` gained nothing (100k rows: 7.4 / 7.9 → 8.8 / 8.0 s). Those keep Node's young
 * generation; the other commands run in the first process, as before.
 */
export const SEMI_SPACE_MB = 32;
const SEMI_SPACE_COMMANDS = new Set(["structure", "run"]);
/** The jobs that hold a whole customer file and its duplicates: a million rows need the heap below. */
const HEAP_COMMANDS = new Set(["structure", "run", "dedupe"]);

/**
 * Old generation: Node's default limit follows the machine's memory (about a quarter of it,
 * 2 GB on an 8 GB machine), too little for a million rows (~2.7 GB). Three quarters of the
 * memory, and never under the 4 GB that a 1,048,576-row structure job needs with room to spare.
 */
/**
 * With that much room V8 lets its heap grow to several times what was live before it collects
 * again: a 1,048,576-row structure peaked at 3.53 GB (127 s wall, 157 s CPU). Growing by 30 %
 * at most between full collections: 2.41 GB, 109 s wall, 132 s CPU, the same report (quiet
 * machine). Set with the limit only: a user who chose a limit keeps V8's own growth.
 */
export const HEAP_GROWING_PERCENT = 30;

export function heapLimitMb(totalBytes = totalmem()) {
  return Math.max(4096, Math.floor((totalBytes * 0.75) / 2 ** 20));
}

/**
 * A big .xlsx, whatever the command (segment, score, inspect…), is read into rows that live all
 * job long (~650 MB at 1,048,575 rows), while the reader leaves as much again of garbage behind
 * it; V8 let the heap grow to four times what lived at the last full collection: `tria segment
 * -o` on the full sheet peaked at 2.2 GB, 1.48 GB with growth held to 30 % for the same CPU.
 * Above this packed size (~80,000 rows of a customer sheet). Small files and the orders path
 * (`tria score` on 1M orders paid ~12 % more CPU for no gain) keep V8's default. V8 takes this
 * flag at run time too: no second process for it.
 */
export const BIG_WORKBOOK_BYTES = 10_000_000;
/** Flags V8 still takes once started (v8.setFlagsFromString); the others size the heap at start. */
const RUNTIME_FLAGS = new Set(["--heap-growing-percent"]);
/** Options whose value is a file Tria writes, never one it reads. */
const OUTPUT_OPTIONS = new Set(["-o", "--output", "--report"]);

/**
 * Node's flags for the command `args`, less those the user or a script set themselves (on the
 * command line or in NODE_OPTIONS): `relaunch`, the flags only a new process can have (empty:
 * the job runs here); `now`, those this process takes before loading the job. In the
 * relaunched process, which has them all, both are empty.
 */
export function nodeFlags(args, execArgv, nodeOptions = "", totalBytes = totalmem(), workbookBytes = () => largestWorkbookRead(args)) {
  // A developer's debugger is attached to this process: the job stays in it, as it is.
  if (execArgv.some((arg) => arg.startsWith("--inspect"))) return { relaunch: [], now: [] };
  const runs = (commands) => args.some((arg) => commands.has(arg));
  // V8 reads --max_old_space_size as --max-old-space-size.
  const given = `${execArgv.join(" ")} ${nodeOptions}`.replace(/_/g, "-");
  const wanted = [];
  if (runs(SEMI_SPACE_COMMANDS)) wanted.push(["--max-semi-space-size", SEMI_SPACE_MB]);
  if (runs(HEAP_COMMANDS) && !given.includes("--max-old-space-size"))
    wanted.push(["--max-old-space-size", heapLimitMb(totalBytes)], ["--heap-growing-percent", HEAP_GROWING_PERCENT]);
  const missing = wanted.filter(([flag]) => !given.includes(flag));
  const growing = missing.some(([flag]) => flag === "--heap-growing-percent") || given.includes("--heap-growing-percent");
  if (!growing && workbookBytes() >= BIG_WORKBOOK_BYTES) missing.push(["--heap-growing-percent", HEAP_GROWING_PERCENT]);
  const flags = missing.map(([flag, value]) => `${flag}=${value}`);
  const atStart = missing.some(([flag]) => !RUNTIME_FLAGS.has(flag));
  return atStart ? { relaunch: flags, now: [] } : { relaunch: [], now: flags };
}

/** Those of `flags` this process can still take (for a job run here when no second Node starts). */
export function runtimeFlags(flags) {
  return flags.filter((flag) => RUNTIME_FLAGS.has(flag.split("=")[0]));
}

/** Bytes of the largest .xlsx (a zip, whatever its name) the command reads; 0 when it reads none. */
export function largestWorkbookRead(args) {
  let largest = 0;
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith("-") || OUTPUT_OPTIONS.has(args[i - 1])) continue;
    largest = Math.max(largest, bigZipSize(args[i]));
  }
  return largest;
}

/** The file's size when it is a zip of at least BIG_WORKBOOK_BYTES, else 0 (not a file, a CSV, small). */
function bigZipSize(path) {
  let fd;
  try {
    const { size } = statSync(path);
    if (size < BIG_WORKBOOK_BYTES) return 0;
    fd = openSync(path, "r");
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && head.readUInt32BE(0) === 0x504b0304 ? size : 0;
  } catch {
    return 0;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const FORWARDED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"];

/**
 * Run `script` with `args` in a new Node process started with `flags` (before the caller's
 * own Node options), standard streams shared. Resolves with the exit code; when the child was
 * killed by a signal, this process kills itself with the same signal, as a shell expects.
 */
export function relaunch(flags, script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, ...process.execArgv, script, ...args], { stdio: "inherit" });
    const forward = (signal) => child.kill(signal);
    const listening = FORWARDED_SIGNALS.filter((signal) => process.platform === "win32" || signal !== "SIGBREAK");
    for (const signal of listening) process.on(signal, forward);
    child.on("error", (error) => {
      for (const signal of listening) process.off(signal, forward);
      reject(error);
    });
    child.on("exit", (code, signal) => {
      for (const signal of listening) process.off(signal, forward);
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}
