// Loaded by the bench into each measured process (NODE_OPTIONS=--import …): at exit, it writes
// the process's peak resident memory (maxRSS, KB) and CPU time to the file named by
// TRIA_BENCH_RUSAGE. Node gives a parent no rusage of its child, so the child tells its own.
import { writeFileSync } from "node:fs";

const target = process.env.TRIA_BENCH_RUSAGE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 }));
  });
}
