import type { JobResult } from "../app/jobProtocol";

import type { Progress } from "../engine/progress";

export type { Progress };

/** One job's life in the pane, as plain data so transitions are tested without a DOM. */

export type JobState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: Progress | null; readonly previous: JobResult | null }
  | { readonly status: "done"; readonly result: JobResult }
  | { readonly status: "cancelled"; readonly previous: JobResult | null }
  | { readonly status: "error"; readonly error: unknown; readonly previous: JobResult | null };

export type JobEvent =
  | { readonly type: "start" }
  | { readonly type: "progress"; readonly progress: Progress }
  | { readonly type: "success"; readonly result: JobResult }
  | { readonly type: "failure"; readonly error: unknown }
  | { readonly type: "cancelled" }
  | { readonly type: "undone" };

export const JOB_IDLE: JobState = { status: "idle" };

/** The last result worth showing in this state (kept while a new run goes, so nothing flashes). */
export function shownResult(state: JobState): JobResult | null {
  switch (state.status) {
    case "done":
      return state.result;
    case "idle":
      return null;
    default:
      return state.previous;
  }
}

export function jobReducer(state: JobState, event: JobEvent): JobState {
  switch (event.type) {
    case "start":
      return { status: "running", progress: null, previous: shownResult(state) };
    case "progress":
      // A late progress message after the end (a worker's last post) must not reopen the bar.
      return state.status === "running" ? { ...state, progress: event.progress } : state;
    case "success":
      return { status: "done", result: event.result };
    case "failure":
      return { status: "error", error: event.error, previous: shownResult(state) };
    case "cancelled":
      return { status: "cancelled", previous: shownResult(state) };
    case "undone":
      return JOB_IDLE;
  }
}

/** True for what AbortController.abort() makes a job throw. */
export function isAbort(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

/** 0..1 for the progress bar; undefined while the total is unknown (an indeterminate bar). */
export function progressValue(progress: Progress | null): number | undefined {
  if (!progress || progress.total <= 0) return undefined;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}
