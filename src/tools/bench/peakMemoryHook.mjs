// Loaded by the bench into each measured process (NODE_OPTIONS=--import …): at exit, it writes
// the process's peak resident memory (maxRSS, KB) and CPU time to the file named by
// TRIA_BENCH_RUSAGE. Node gives a parent no rusage of its child, so the child tells its own.
// `tria` runs a job in a second Node (src/cli/nodeFlags.mjs), which inherits this hook and
// exits first: its parent adds its CPU time to the figures found and keeps the larger peak,
// as /usr/bin/time counts a process and the children it waited for.
import { readFileSync, writeFileSync } from "node:fs";

const target = process.env.TRIA_BENCH_RUSAGE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const own = { maxRssKb: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 };
    const child = childFigures(target);
    const figures = child
      ? { maxRssKb: Math.max(own.maxRssKb, child.maxRssKb), userMs: own.userMs + child.userMs, systemMs: own.systemMs + child.systemMs }
      : own;
    writeFileSync(target, JSON.stringify(figures));
  });
}

/** What a child process of this one wrote before it, or null. */
function childFigures(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}
