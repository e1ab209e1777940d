import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { SessionClient, type SessionWorkerLike } from "../../src/app/sessionClient";
import { inThreadWorker } from "../../src/worker/inThreadSession";
import type { Phase } from "../../src/engine/progress";
import { isAbort } from "../../src/ui/jobState";

const csv = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, "../../samples/clients-demo.csv")));

/** A client on the same handler the worker runs, counting the workers it started. */
function client(): { session: SessionClient; started: () => number } {
  let started = 0;
  const session = new SessionClient(new Blob([csv]), "clients-demo.csv", (): SessionWorkerLike => {
    started++;
    return inThreadWorker();
  });
  return { session, started: () => started };
}

/** Runs a job and cancels it at the first progress of `phase`: the run must fail as cancelled. */
async function cancelAt(session: SessionClient, phase: Phase): Promise<Phase[]> {
  const abort = new AbortController();
  const seen: Phase[] = [];
  const run = session.call(
    "run",
    { job: "structure", options: { lang: "fr" } },
    {
      signal: abort.signal,
      onProgress: (progress) => {
        seen.push(progress.phase);
        if (progress.phase === phase) abort.abort();
      },
    },
  );
  await expect(run).rejects.toSatisfy(isAbort);
  return seen;
}

describe("SessionClient (the web page's file, held by a worker)", () => {
  it("reads the file in the worker, structures it there and writes the workbook with progress for each phase", async () => {
    const { session } = client();
    const phases: Phase[] = [];
    const inspected = await session.call("run", { job: "inspect", options: { lang: "fr" } }, { onProgress: (p) => phases.push(p.phase) });
    expect(inspected.report.counts.rows).toBe(500);
    expect(phases[0]).toBe("read");
    expect(session.hasOutput).toBe(false);
    phases.length = 0;
    const { report } = await session.call("run", { job: "structure", options: { lang: "fr" } }, { onProgress: (p) => phases.push(p.phase) });
    expect(phases).toContain("structure");
    expect(phases).toContain("apply");
    // The write is a phase of its own, the last one, streamed as the CLI writes a CSV's output.
    expect(phases.at(-1)).toBe("write");
    expect(session.hasOutput).toBe(true);
    const grid = await session.call("preview", { sheet: report.sheet, headerRow: report.headerRow, rows: 5, lang: "fr" });
    expect(grid?.headers.map((h) => h.text)).toContain("E-mail (corrigé)");
    expect(grid?.totalRows).toBe(500);
    const zip = await JSZip.loadAsync(await (await session.call("download", {})).arrayBuffer());
    expect(await zip.file("xl/worksheets/sheet1.xml")?.async("string")).toContain("E-mail (corrigé)");
    expect(session.outputName()).toBe("clients-demo.tria.xlsx");
  });

  it.each(["read", "structure", "apply", "write"] as const)(
    "cancelled in the %s phase, leaves the file as it was and runs the next job on a new worker",
    async (phase) => {
      const { session, started } = client();
      const seen = await cancelAt(session, phase);
      expect(seen.at(-1)).toBe(phase);
      expect(session.hasOutput).toBe(false);
      const { report } = await session.call("run", { job: "structure", options: { lang: "fr" } });
      expect(started()).toBe(2);
      expect(report.counts.rows).toBe(500);
      expect(session.hasOutput).toBe(true);
    },
  );

  it("a Score cancelled while writing keeps the Structure applied before it; Undo then goes back to the file", async () => {
    const { session } = client();
    const { report } = await session.call("run", { job: "structure", options: { lang: "fr" } });
    const abort = new AbortController();
    const score = session.call(
      "run",
      { job: "score", options: { lang: "fr" } },
      { signal: abort.signal, onProgress: (p) => p.phase === "write" && abort.abort() },
    );
    await expect(score).rejects.toSatisfy(isAbort);
    const headers = async () =>
      (await session.call("preview", { sheet: report.sheet, headerRow: report.headerRow, rows: 1, lang: "fr" }))?.headers.map((h) => h.text) ?? [];
    expect(await headers()).toContain("E-mail (corrigé)");
    expect((await headers()).some((h) => /RFM/.test(h))).toBe(false);
    await session.call("undo", {});
    expect(session.hasOutput).toBe(false);
    expect(await session.call("preview", { sheet: report.sheet, headerRow: report.headerRow, rows: 1, lang: "fr" })).toBeNull();
  });

  it("a closed file's calls fail as cancelled, and an unreadable file says so in French", async () => {
    const { session } = client();
    const waiting = session.call("run", { job: "inspect", options: { lang: "fr" } });
    session.close();
    await expect(waiting).rejects.toSatisfy(isAbort);
    const pdf = new SessionClient(new Blob([new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3")]), "clients.xlsx", inThreadWorker);
    await expect(pdf.call("run", { job: "inspect", options: { lang: "fr" } })).rejects.toThrow();
  });
});
