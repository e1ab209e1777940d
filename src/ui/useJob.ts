import { startTransition, useCallback, useReducer, useRef } from "react";
import type { JobResult } from "../app/jobProtocol";
import type { RunControl } from "../app/jobRunner";
import { isAbort, JOB_IDLE, jobReducer, type JobEvent, type JobState } from "./jobState";

export interface JobHandle {
  readonly state: JobState;
  /** Runs work with a fresh AbortController; resolves with the result, or null when it failed or was cancelled. */
  start(work: (control: RunControl) => Promise<JobResult>): Promise<JobResult | null>;
  cancel(): void;
  dispatch(event: JobEvent): void;
}

/** One job's state with its Cancel button wired to an AbortController (the app's `signal`). */
export function useJob(): JobHandle {
  const [state, dispatch] = useReducer(jobReducer, JOB_IDLE);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async (work: (control: RunControl) => Promise<JobResult>) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    dispatch({ type: "start" });
    try {
      const result = await work({ signal: abort.signal, onProgress: (progress) => dispatch({ type: "progress", progress }) });
      // A transition: React draws the results in slices of a few ms between other tasks, where
      // one render of a 50,000-row Structure's results took a task of 0.2-0.4 s (issue 11).
      startTransition(() => dispatch({ type: "success", result }));
      return result;
    } catch (error) {
      dispatch(isAbort(error) || abort.signal.aborted ? { type: "cancelled" } : { type: "failure", error });
      return null;
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel, dispatch };
}
