/**
 * The engine off the UI thread (DESIGN.md §6: the taskpane stays responsive). Webpack 5 bundles
 * this file as its own chunk from `new Worker(new URL("./engine.worker.ts", import.meta.url))`.
 * It imports no Office and no DOM: the engine and the app's jobs only.
 */
import type { JobMessage, JobRequest } from "../app/jobProtocol";
import { handleJobRequest } from "../app/handleJobRequest";

interface WorkerScope {
  onmessage: ((event: { data: JobRequest }) => void) | null;
  postMessage(message: JobMessage): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => void handleJobRequest(event.data, (message) => scope.postMessage(message));
