import { createJobRunner } from "../app/jobRunner";
import { READ_ONLY_JOBS } from "../app/jobProtocol";
import { runJob } from "../app/runJob";
import { serializeError } from "../app/workerError";
import type { ProgressListener } from "../hosts/host";
import { splitIntoPieces } from "../app/messagePieces";
import type { SessionChange, SessionReply, SessionRequest } from "../app/sessionProtocol";
import { WebSession, type SessionSnapshot } from "./webSession";
import { pageResult } from "./pageResult";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The session worker's whole work, as a plain function so tests call it in node: one request
 * after the other (a preview asked during a run waits for it), each answered with its result,
 * or its error in both languages, and the session's new state when the call changed it.
 */
export function createSessionHandler(post: (reply: SessionReply, transfer: Transferable[]) => void): (request: SessionRequest) => Promise<void> {
  let snapshot: SessionSnapshot | null = null;
  let session: WebSession | null = null;
  let queue: Promise<void> = Promise.resolve();

  /** The session, read from the user's file at the first call that needs it (its progress is the run's "read"). */
  const opened = async (onProgress: ProgressListener): Promise<WebSession> => {
    if (!snapshot) throw new Error("The session worker was sent no file.");
    session ??= await WebSession.restore(snapshot, onProgress);
    return session;
  };

  const answer = async (request: SessionRequest, onProgress: ProgressListener): Promise<{ answer: unknown; changed: boolean }> => {
    switch (request.call) {
      case "restore":
        snapshot = request.snapshot;
        session = null;
        return { answer: null, changed: false };
      case "run": {
        const current = await opened(onProgress);
        const host = request.job === "campaign" ? await current.campaignHost() : current.host;
        const result = await runJob(host, createJobRunner(null), request.job, request.options, { onProgress });
        if (request.job === "structure") current.keepStructure(result);
        // The Plan's cells stay here: the page shows the report (issue 11).
        return { answer: pageResult(result), changed: !READ_ONLY_JOBS.has(request.job) };
      }
      case "applySuggestions":
        await (await opened(onProgress)).applySuggestions(request.flags, request.lang, onProgress);
        return { answer: null, changed: true };
      case "applyPlan":
        await (await opened(onProgress)).host.apply(request.plan, { lang: request.lang, onProgress });
        return { answer: null, changed: true };
      case "writeCells":
        await (await opened(onProgress)).writeCells(request.sheet, request.edits);
        return { answer: null, changed: true };
      case "undo":
        await (await opened(onProgress)).undo();
        return { answer: null, changed: true };
      case "listSheets":
        return { answer: await (await opened(onProgress)).host.listSheets(), changed: false };
      case "preview": {
        const current = await opened(onProgress);
        if (!current.hasOutput) return { answer: null, changed: false };
        onProgress({ phase: "preview", done: 0, total: request.rows });
        const grid = await current.previewGrid(request.sheet, request.headerRow, request.rows, request.lang);
        onProgress({ phase: "preview", done: grid.rows.length, total: request.rows });
        return { answer: grid, changed: false };
      }
      case "download":
        // A Blob copies the bytes here, and crosses to the page as a handle: nothing to read there.
        return { answer: new Blob([(await (await opened(onProgress)).downloadBytes()) as BlobPart], { type: XLSX_TYPE }), changed: false };
    }
  };

  const handle = async (request: SessionRequest): Promise<void> => {
    const onProgress: ProgressListener = (progress) => post({ id: request.id, type: "progress", progress }, []);
    try {
      const { answer: value, changed } = await answer(request, onProgress);
      const change: SessionChange | null = changed && session ? session.snapshot() : null;
      // A job's Plan and Report go in pieces; bytes are handed over whole (transferred, not copied).
      const skeleton = value instanceof Uint8Array ? value : splitIntoPieces(value, (slot, items) => post({ id: request.id, type: "piece", slot, items }, []));
      post({ id: request.id, type: "done", answer: skeleton, change }, [...transfers(value), ...transfers(change?.output), ...transfers(change?.before)]);
    } catch (error) {
      post({ id: request.id, type: "error", error: serializeError(error) }, []);
    }
  };

  return (request) => {
    queue = queue.then(() => handle(request));
    return queue;
  };
}

/** Bytes handed over rather than copied (the page gets a megabyte-sized workbook for free). */
function transfers(value: unknown): Transferable[] {
  return value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : [];
}
