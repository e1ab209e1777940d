import { describe, expect, it } from "vitest";
import { createJobRunner, type WorkerLike } from "../../src/app/jobRunner";
import { jobInbox } from "../../src/app/handleJobRequest";
import type { JobMessage } from "../../src/app/jobProtocol";
import { PIECE_ITEMS } from "../../src/app/messagePieces";
import type { RawSheet } from "../../src/engine/table/table";
import { demoSheet } from "./demoSheet";

/** A worker on this thread that clones every message both ways, as postMessage does, and counts them. */
function countingWorker(sizes: { toWorker: number[]; fromWorker: number[] }): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: () => undefined,
    postMessage: (message) => {
      sizes.toWorker.push(JSON.stringify(message).length);
      const copy = structuredClone(message);
      setTimeout(() => void inbox(copy), 0);
    },
  };
  const inbox = jobInbox((message: JobMessage) => {
    sizes.fromWorker.push(JSON.stringify(message).length);
    worker.onmessage?.({ data: structuredClone(message) });
  });
  return worker;
}

describe("a big sheet and its result cross to the worker and back in pieces", () => {
  it("structures 9,000 rows in the worker as on this thread, no message carrying the whole sheet", async () => {
    const demo = await demoSheet();
    // The demo's title and header rows, then its 500 customers over and over.
    const head = demo.rows.slice(0, -500);
    const customers = demo.rows.slice(-500);
    const big: RawSheet = { ...demo, rows: [...head, ...Array.from({ length: 9_000 }, (_v, i) => customers[i % 500]!)] };
    const sizes = { toWorker: [] as number[], fromWorker: [] as number[] };
    const inWorker = await createJobRunner(() => countingWorker(sizes)).run("structure", big, { lang: "fr" });
    const here = await createJobRunner(null).run("structure", big, { lang: "fr" });
    expect(inWorker.report.counts).toEqual(here.report.counts);
    expect(inWorker.plan.addedColumns.map((c) => c.values)).toEqual(here.plan.addedColumns.map((c) => c.values));
    expect(inWorker.plan.rows).toEqual(here.plan.rows);
    // The sheet went in at least three pieces of PIECE_ITEMS rows, each far smaller than the sheet.
    expect(sizes.toWorker.length).toBeGreaterThanOrEqual(Math.ceil(9_001 / PIECE_ITEMS) + 1);
    const whole = JSON.stringify(big).length;
    expect(Math.max(...sizes.toWorker)).toBeLessThan(whole / 2);
    expect(sizes.fromWorker.length).toBeGreaterThan(3);
  }, 120_000);
});
