import type { WorkerLike } from "./jobRunner";

/**
 * The engine worker in a browser, or null where there is none (node, very old webviews): the
 * runner then works on the UI thread. Webpack 5 turns this `new URL(…, import.meta.url)` into
 * its own chunk (webpack docs, "Web Workers"); it is same-origin, so the page's CSP allows it.
 */
export function createBrowserWorker(): WorkerLike | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(/* webpackChunkName: "engine-worker" */ new URL("../worker/engine.worker.ts", import.meta.url)) as unknown as WorkerLike;
  } catch {
    return null;
  }
}
