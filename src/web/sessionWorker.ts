import type { SessionWorkerLike } from "../app/sessionClient";

/**
 * The session worker (its own webpack chunk, same-origin, so the page's CSP allows it): the
 * page reads, computes and writes nothing itself, so a browser without Worker cannot run it.
 */
export function createSessionWorker(): SessionWorkerLike {
  return new Worker(/* webpackChunkName: "session-worker" */ new URL("../worker/session.worker.ts", import.meta.url)) as unknown as SessionWorkerLike;
}
