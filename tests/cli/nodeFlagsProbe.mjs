// Loaded into every Node process of a `tria` run by tests/cli/launcher.test.ts (NODE_OPTIONS
// --import): each process says on stderr which flags it was started with and its heap limit.
// With PROBE_HOLD set, the relaunched process (the one with the flags) stays alive until a
// signal ends it, so that the test can signal the first one while the job "runs".
import { getHeapStatistics } from "node:v8";

const relaunched = process.execArgv.some((arg) => arg.startsWith("--max-semi-space-size"));
process.stderr.write(`probe ${JSON.stringify({ pid: process.pid, execArgv: process.execArgv, heapLimit: getHeapStatistics().heap_size_limit })}\n`);
if (process.env.PROBE_HOLD && relaunched) setInterval(() => {}, 1000);
