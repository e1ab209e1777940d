import type { RunControl } from "./jobRunner";
import { WorkerJobError } from "./workerError";
import { PieceCollector } from "./messagePieces";
import type { SessionCall, SessionCalls, SessionReply, SessionRequest } from "./sessionProtocol";
import type { SessionSnapshot } from "../hosts/sessionSnapshot";

/** The part of a Web Worker the client uses; tests pass the same handler on their thread (worker/inThreadSession.ts). */
export interface SessionWorkerLike {
  postMessage(request: SessionRequest): void;
  onmessage: ((event: { data: SessionReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

interface Pending {
  readonly resolve: (answer: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly onProgress?: RunControl["onProgress"];
  readonly pieces: PieceCollector;
}

/**
 * The page's side of the session worker. Cancel stops the worker (the engine's loops never read
 * a message), and the next call starts a new one from the last state the worker sent: the file
 * as it was before the cancelled run, in any phase (reading, the job, applying, writing).
 */
export class SessionClient {
  private worker: SessionWorkerLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private snapshot: SessionSnapshot;
  /** Closed for good (another file was opened): no call starts a worker on this file again. */
  private closed = false;

  constructor(
    file: Blob | Uint8Array,
    fileName: string,
    private readonly createWorker: () => SessionWorkerLike,
  ) {
    this.snapshot = { fileName, file, output: null, before: null, charted: [], chartedBefore: [], ownSheets: null };
  }

  get hasOutput(): boolean {
    return this.snapshot.output !== null;
  }

  /** "clients.csv" → "clients.tria.xlsx", as the CLI names it: never the user's own file. */
  outputName(): string {
    return `${this.snapshot.fileName.replace(/\.[^.]+$/, "") || "tria"}.tria.xlsx`;
  }

  call<K extends SessionCall>(call: K, args: SessionCalls[K]["args"], control: RunControl = {}): Promise<SessionCalls[K]["answer"]> {
    const { signal, onProgress } = control;
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal));
      if (this.closed) return reject(new DOMException("The file was closed.", "AbortError"));
      const worker = this.started();
      const id = this.nextId++;
      const onAbort = () => this.stop(abortError(signal!));
      signal?.addEventListener("abort", onAbort, { once: true });
      const settle =
        <T>(then: (value: T) => void) =>
        (value: T) => {
          signal?.removeEventListener("abort", onAbort);
          this.pending.delete(id);
          then(value);
        };
      this.pending.set(id, {
        resolve: settle(resolve as (answer: unknown) => void),
        reject: settle(reject),
        pieces: new PieceCollector(),
        ...(onProgress ? { onProgress } : {}),
      });
      worker.postMessage({ id, call, ...args } as SessionRequest);
    });
  }

  /** The file is closed (another was dropped): the worker and everything it held go. */
  close(): void {
    this.closed = true;
    this.stop(new DOMException("The file was closed.", "AbortError"));
  }

  private started(): SessionWorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = ({ data }) => this.receive(data);
    worker.onerror = (event) => this.stop(new Error((event as { message?: string } | null)?.message ?? "The session worker stopped."));
    worker.postMessage({ id: this.nextId++, call: "restore", snapshot: this.snapshot });
    this.worker = worker;
    return worker;
  }

  private receive(reply: SessionReply): void {
    const pending = this.pending.get(reply.id);
    if (reply.type === "progress") return pending?.onProgress?.(reply.progress);
    if (reply.type === "piece") return pending?.pieces.add(reply.slot, reply.items);
    if (reply.type === "error") return pending?.reject(new WorkerJobError(reply.error));
    if (reply.change) this.snapshot = { ...reply.change, file: this.snapshot.file };
    pending?.resolve(pending.pieces.fill(reply.answer));
  }

  /** Stops the worker; every call still waiting fails with `reason` (a cancel: AbortError). */
  private stop(reason: unknown): void {
    this.worker?.terminate();
    this.worker = null;
    for (const pending of [...this.pending.values()]) pending.reject(reason);
    this.pending.clear();
  }
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The job was cancelled.", "AbortError");
}
