import type { SessionWorkerLike } from "../app/sessionClient";
import { createSessionHandler } from "./sessionHandler";

/** The session worker's handler on this thread, behind the Worker interface: for tests in node. */
export function inThreadWorker(): SessionWorkerLike {
  let live = true;
  const worker: SessionWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (request) => void handle(request),
    terminate: () => void (live = false),
  };
  const handle = createSessionHandler((reply) => live && worker.onmessage?.({ data: reply }));
  return worker;
}
