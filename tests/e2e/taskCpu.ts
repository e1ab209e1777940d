import type { Browser, Page } from "playwright-core";

/** One task of the page's main thread, from Chrome's trace: its length, and the thread's own CPU time in it. */
export interface TracedTask {
  /** ms since the trace began. */
  readonly start: number;
  readonly wall: number;
  readonly cpu: number;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { name?: string };
}

/** Chrome's tracing for the page, as little as RunTask's times need ("toplevel"). */
export async function startTaskTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: ["toplevel"], screenshots: false });
}

/** What a trace saw: how many tasks the page's main thread ran, and those over the threshold. */
export interface TaskTrace {
  /** Every task of the page's main thread: proof the trace watched it, when no task was long. */
  readonly seen: number;
  readonly long: TracedTask[];
}

/**
 * Every main-thread task over `overMs` of wall time since startTaskTrace, with its CPU time
 * (`tdur`, the thread's own clock). On a 2-core machine shared by other jobs a task's wall
 * time is its CPU time plus however long the thread waited for a core: a task of 10 ms of
 * work was seen to last 130 ms at load 8. The CPU time is the page's own part, whatever the load.
 */
export async function stopTaskTrace(browser: Browser, overMs = 50): Promise<TaskTrace> {
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const mains = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  // "toplevel" names each task by the loop that ran it (RunTask itself is in a heavier category).
  const tasks = events.filter((e) => e.name === "ThreadControllerImpl::RunTask" && e.ph === "X" && mains.has(`${e.pid}:${e.tid}`));
  // The page's renderer is the one that worked: other renderers (none here) would barely run a task.
  const busiest = [...mains].sort((a, b) => tasks.filter((e) => `${e.pid}:${e.tid}` === b).length - tasks.filter((e) => `${e.pid}:${e.tid}` === a).length)[0];
  const own = tasks.filter((e) => `${e.pid}:${e.tid}` === busiest);
  const origin = Math.min(...own.map((e) => e.ts));
  const long = own
    .filter((e) => (e.dur ?? 0) > overMs * 1000)
    .map((e) => ({ start: Math.round((e.ts - origin) / 1000), wall: Math.round((e.dur ?? 0) / 1000), cpu: Math.round((e.tdur ?? 0) / 1000) }));
  return { seen: own.length, long };
}
