/**
 * The engine off the UI thread (DESIGN.md §6: the taskpane stays responsive). Webpack 5 bundles
 * this file as its own chunk from `new Worker(new URL("./engine.worker.ts", import.meta.url))`.
 * It imports no Office and no DOM: the engine and the app's jobs only.
 */
import type { JobMessage, JobPiece, JobRequest } from "../app/jobProtocol";
import { jobInbox } from "../app/handleJobRequest";

interface WorkerScope {
  onmessage: ((event: { data: JobRequest | JobPiece }) => void) | null;
  postMessage(message: JobMessage): void;
}

const scope = self as unknown as WorkerScope;
const inbox = jobInbox((message) => scope.postMessage(message));
scope.onmessage = (event) => void inbox(event.data);
