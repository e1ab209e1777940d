import { describe, expect, it, vi } from "vitest";
import { createJobRunner, type WorkerLike } from "../../src/app/jobRunner";
import { handleJobRequest } from "../../src/app/handleJobRequest";
import type { JobMessage, JobRequest } from "../../src/app/jobProtocol";
import { WorkerJobError } from "../../src/app/workerError";
import { SMALL_SHEET } from "./demoSheet";

/** A Worker in the same thread: messages are cloned and delivered later, as a real one does. */
function fakeWorker(options: { hang?: boolean; crash?: boolean } = {}): WorkerLike & { terminated: boolean } {
  const worker = {
    onmessage: null as WorkerLike["onmessage"],
    onerror: null as WorkerLike["onerror"],
    terminated: false,
    terminate() {
      worker.terminated = true;
    },
    postMessage(request: JobRequest) {
      const copy = structuredClone(request);
      setTimeout(() => {
        if (options.crash) return worker.onerror?.({ message: "out of memory" });
        if (options.hang) return;
        void handleJobRequest(copy, (message: JobMessage) => {
          if (!worker.terminated) worker.onmessage?.({ data: structuredClone(message) });
        });
      }, 0);
    },
  };
  return worker;
}

describe("createJobRunner", () => {
  it("runs on this thread without a worker (tests, old webviews), with progress", async () => {
    const runner = createJobRunner(null);
    const phases: string[] = [];
    const result = await runner.run("structure", SMALL_SHEET, { lang: "fr" }, { onProgress: (p) => phases.push(p.phase) });
    expect(runner.offThread).toBe(false);
    expect(result.report.counts.rows).toBe(3);
    expect(phases).toContain("structure");
  });

  it("gives the same result through a worker, and ends the worker after the job", async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const runner = createJobRunner(() => {
      const w = fakeWorker();
      workers.push(w);
      return w;
    });
    const here = await createJobRunner(null).run("structure", SMALL_SHEET, { lang: "fr" });
    const there = await runner.run("structure", SMALL_SHEET, { lang: "fr" });
    expect(there.plan).toEqual(here.plan);
    expect(workers[0]!.terminated).toBe(true);
  });

  it("cancels by terminating the worker: the promise rejects with AbortError at once", async () => {
    const worker = fakeWorker({ hang: true });
    const runner = createJobRunner(() => worker);
    const abort = new AbortController();
    const pending = runner.run("structure", SMALL_SHEET, { lang: "fr" }, { signal: abort.signal });
    abort.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(worker.terminated).toBe(true);
  });

  it("does not start when already cancelled", async () => {
    const create = vi.fn(() => fakeWorker());
    const abort = new AbortController();
    abort.abort();
    await expect(createJobRunner(create).run("inspect", SMALL_SHEET, { lang: "fr" }, { signal: abort.signal })).rejects.toMatchObject({ name: "AbortError" });
    await expect(createJobRunner(null).run("inspect", SMALL_SHEET, { lang: "fr" }, { signal: abort.signal })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("brings a job's error back with its message in each language", async () => {
    const runner = createJobRunner(() => fakeWorker());
    const error = await runner.run("structure", { name: "Vide", rows: [] }, { lang: "fr" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerJobError);
    const typed = error as WorkerJobError;
    expect(typed.messageIn("fr")).toMatch(/Vide/);
    expect(typed.messageIn("en")).not.toBe(typed.messageIn("fr"));
  });

  it("rejects, not hangs, when the worker itself dies", async () => {
    const worker = fakeWorker({ crash: true });
    await expect(createJobRunner(() => worker).run("inspect", SMALL_SHEET, { lang: "fr" })).rejects.toThrow("out of memory");
    expect(worker.terminated).toBe(true);
  });
});
