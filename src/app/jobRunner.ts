import type { ProgressListener } from "../hosts/host";
import type { RawSheet } from "../engine/table/table";
import type { JobKind, JobMessage, JobOptions, JobPiece, JobRequest, JobResult } from "./jobProtocol";
import { handleJobRequest } from "./handleJobRequest";
import { WorkerJobError } from "./workerError";
import { PieceCollector, splitIntoPieces } from "./messagePieces";

/** The part of a Web Worker the runner uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: JobRequest | JobPiece): void;
  onmessage: ((event: { data: JobMessage }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

export interface RunControl {
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressListener;
}

export interface JobRunner {
  /** Runs the engine on a sheet already read; resolves with the Plan and Report, or rejects. */
  run(job: JobKind, sheet: RawSheet, options: JobOptions, control?: RunControl): Promise<JobResult>;
  /** True when jobs leave the UI thread. */
  readonly offThread: boolean;
}

/**
 * A runner that sends each job to a Web Worker, one worker per job: cancelling terminates it,
 * because the engine's loops are synchronous and would never read a "cancel" message.
 * Without a worker factory (node, tests, a browser without Worker) it runs the same handler on
 * this thread, so every host gets the same results either way.
 */
export function createJobRunner(createWorker?: (() => WorkerLike | null) | null): JobRunner {
  let nextId = 1;
  return {
    offThread: Boolean(createWorker),
    run(job, sheet, options, control = {}) {
      const request: JobRequest = { id: nextId++, job, sheet, options };
      const worker = createWorker?.() ?? null;
      return worker ? runInWorker(worker, request, control) : runHere(request, control);
    },
  };
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The job was cancelled.", "AbortError");
}

function runInWorker(worker: WorkerLike, request: JobRequest, control: RunControl): Promise<JobResult> {
  const { signal, onProgress } = control;
  const pieces = new PieceCollector();
  let done = false;
  return new Promise<JobResult>((resolve, reject) => {
    const finish = () => {
      done = true;
      signal?.removeEventListener("abort", onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(abortError(signal!));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener("abort", onAbort, { once: true });
    worker.onmessage = ({ data }) => {
      if (data.id !== request.id) return;
      if (data.type === "progress") return onProgress?.({ phase: data.phase, done: data.done, total: data.total });
      if (data.type === "piece") return pieces.add(data.slot, data.items);
      finish();
      if (data.type === "done") resolve(pieces.fill(data.result) as JobResult);
      else reject(new WorkerJobError(data.error));
    };
    worker.onerror = (event) => {
      finish();
      const message = (event as { message?: string } | null)?.message ?? "The engine worker stopped.";
      reject(new Error(message));
    };
    void postInPieces(worker, request, () => done);
  });
}

/**
 * The request's long arrays (a 50,000-row sheet) go in pieces, one task apart, then the rest:
 * cloning a whole sheet at once would hold the UI thread far longer than 100 ms.
 */
async function postInPieces(worker: WorkerLike, request: JobRequest, stopped: () => boolean): Promise<void> {
  const pieces: JobPiece[] = [];
  const skeleton = splitIntoPieces(request, (slot, items) => pieces.push({ id: request.id, type: "piece", slot, items })) as JobRequest;
  for (const piece of pieces) {
    if (stopped()) return;
    worker.postMessage(piece);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (!stopped()) worker.postMessage(skeleton);
}

async function runHere(request: JobRequest, control: RunControl): Promise<JobResult> {
  const { signal, onProgress } = control;
  signal?.throwIfAborted();
  let outcome: JobMessage | null = null;
  // On this thread the result is not cloned: it comes whole (its packed columns kept).
  await handleJobRequest(
    request,
    (message) => {
      if (message.type === "progress") onProgress?.({ phase: message.phase, done: message.done, total: message.total });
      else outcome = message;
    },
    { inPieces: false },
  );
  signal?.throwIfAborted();
  const final = outcome as JobMessage | null;
  if (final?.type === "done") return final.result;
  if (final?.type === "error") throw new WorkerJobError(final.error);
  throw new Error("The job ended without a result.");
}
