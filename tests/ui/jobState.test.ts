import { describe, expect, it } from "vitest";
import { JOB_IDLE, isAbort, jobReducer, progressValue, shownResult } from "../../src/ui/jobState";
import type { JobResult } from "../../src/app/jobProtocol";

const result = { plan: { job: "structure" }, report: { job: "structure" } } as unknown as JobResult;

describe("jobReducer", () => {
  it("goes idle → running (with progress) → done, and keeps the last result during the next run", () => {
    let state = jobReducer(JOB_IDLE, { type: "start" });
    state = jobReducer(state, { type: "progress", progress: { phase: "structure", done: 50, total: 100 } });
    expect(state).toMatchObject({ status: "running", progress: { done: 50 } });
    state = jobReducer(state, { type: "success", result });
    expect(shownResult(state)).toBe(result);
    state = jobReducer(state, { type: "start" });
    expect(shownResult(state)).toBe(result);
  });

  it("ignores progress that arrives after the end", () => {
    const done = jobReducer(JOB_IDLE, { type: "success", result });
    expect(jobReducer(done, { type: "progress", progress: { phase: "apply", done: 1, total: 1 } })).toBe(done);
  });

  it("cancelled and failed runs keep the previous result; undo clears it", () => {
    const done = jobReducer(JOB_IDLE, { type: "success", result });
    expect(shownResult(jobReducer(jobReducer(done, { type: "start" }), { type: "cancelled" }))).toBe(result);
    expect(jobReducer(done, { type: "failure", error: new Error("x") })).toMatchObject({ status: "error", previous: result });
    expect(jobReducer(done, { type: "undone" })).toBe(JOB_IDLE);
  });
});

describe("helpers", () => {
  it("progressValue is 0..1, undefined while the total is unknown", () => {
    expect(progressValue(null)).toBeUndefined();
    expect(progressValue({ phase: "read", done: 0, total: 0 })).toBeUndefined();
    expect(progressValue({ phase: "read", done: 25, total: 100 })).toBe(0.25);
    expect(progressValue({ phase: "read", done: 500, total: 100 })).toBe(1);
  });

  it("isAbort recognises what AbortController makes a job throw", () => {
    const abort = new AbortController();
    abort.abort();
    expect(isAbort(abort.signal.reason)).toBe(true);
    expect(isAbort(new Error("other"))).toBe(false);
  });
});
