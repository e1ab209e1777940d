/**
 * The web page's session off the UI thread (issue 11: no main-thread task over 100 ms): the
 * user's file is read, every job run, and the workbook applied and written here. Webpack 5
 * bundles it as its own chunk from `new Worker(new URL("./session.worker.ts", import.meta.url))`.
 */
import type { SessionReply, SessionRequest } from "../app/sessionProtocol";
import { createSessionHandler } from "./sessionHandler";

interface WorkerScope {
  onmessage: ((event: { data: SessionRequest }) => void) | null;
  postMessage(message: SessionReply, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const handle = createSessionHandler((reply, transfer) => scope.postMessage(reply, transfer));
scope.onmessage = (event) => void handle(event.data);
