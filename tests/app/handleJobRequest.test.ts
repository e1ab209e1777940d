import { describe, expect, it } from "vitest";
import { handleJobRequest } from "../../src/app/handleJobRequest";
import type { JobMessage, JobRequest } from "../../src/app/jobProtocol";
import { PHASES } from "../../src/engine/progress";
import { demoSheet, SMALL_SHEET } from "./demoSheet";

async function handle(request: JobRequest): Promise<JobMessage[]> {
  const messages: JobMessage[] = [];
  // structuredClone: what postMessage does to every message, so anything uncloneable fails here.
  await handleJobRequest(structuredClone(request), (message) => messages.push(structuredClone(message)));
  return messages;
}

function final(messages: JobMessage[]): JobMessage {
  return messages[messages.length - 1]!;
}

describe("handleJobRequest (the worker's handler, run in node)", () => {
  it("structures the demo file: progress first, then a Plan and Report that survive postMessage", async () => {
    const messages = await handle({ id: 7, job: "structure", sheet: await demoSheet(), options: { lang: "fr" } });
    expect(messages.every((m) => m.id === 7)).toBe(true);
    expect(messages.some((m) => m.type === "progress" && m.phase === "structure")).toBe(true);
    const done = final(messages);
    if (done.type !== "done") throw new Error(`expected done, got ${JSON.stringify(done)}`);
    expect(done.result.report.job).toBe("structure");
    expect(done.result.report.counts.rows).toBe(500);
    expect(done.result.plan.addedColumns.map((c) => c.header)).toContain("E-mail (corrigé)");
    expect(done.result.report.counts.flags.typo).toBeGreaterThan(0);
  });

  it("runs every job the same way: one Plan and one Report naming that job, progress phases the bar knows", async () => {
    const sheet = await demoSheet();
    for (const job of ["inspect", "structure", "dedupe", "score", "comply", "calls"] as const) {
      const messages = await handle({ id: 9, job, sheet, options: { lang: "fr", today: new Date(Date.UTC(2026, 11, 1)) } });
      const done = final(messages);
      if (done.type !== "done") throw new Error(`${job}: ${JSON.stringify(done)}`);
      expect([done.result.plan.job, done.result.report.job]).toEqual([job, job]);
      for (const m of messages) if (m.type === "progress") expect(PHASES).toContain(m.phase);
    }
  });

  it("makes the call list for the taskpane: the 'À appeler' sheet and the report's calls, with --top", async () => {
    const done = final(
      await handle({ id: 3, job: "calls", sheet: await demoSheet(), options: { lang: "fr", today: new Date(Date.UTC(2026, 11, 1)), top: 10 } }),
    );
    if (done.type !== "done") throw new Error(JSON.stringify(done));
    expect(done.result.plan.addedColumns).toEqual([]);
    expect(done.result.plan.addedSheets.map((s) => s.name)).toEqual(["À appeler"]);
    const calls = done.result.report.calls!;
    expect(calls.listed).toBe(10);
    expect(calls.valueFrom).toBe("rfm");
    expect(calls.entries.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const entry of calls.entries) expect(entry.confirm.length + entry.rectify.length + entry.obtain.length + entry.complete.length).toBeGreaterThan(0);
  });

  it("counts the data rows while reading, not the title and header rows above them (500, not 503)", async () => {
    const messages = await handle({ id: 3, job: "inspect", sheet: await demoSheet(), options: { lang: "fr" } });
    const reads = messages.filter((m) => m.type === "progress" && m.phase === "read");
    expect(reads.length).toBeGreaterThan(0);
    for (const m of reads) if (m.type === "progress") expect([m.done, m.total]).toEqual([500, 500]);
  });

  it("runs the method's jobs the panes send: segment (with its copy), comply with the purge sheet, campaign, score with a points grid", async () => {
    const sheet = await demoSheet();
    const segment = final(
      await handle({
        id: 4,
        job: "segment",
        sheet,
        options: { lang: "fr", segments: [{ name: "Gros paniers", where: "Panier moyen >= 400" }], copySegments: true },
      }),
    );
    if (segment.type !== "done") throw new Error(JSON.stringify(segment));
    const count = segment.result.report.segment?.count ?? 0;
    expect(count).toBeGreaterThan(0);
    expect(segment.result.plan.addedColumns.map((c) => c.header)).toEqual(["Gros paniers"]);
    expect(segment.result.plan.addedSheets.find((s) => s.key.startsWith("segment.copy."))?.rows.length).toBe(count + 1);

    const comply = final(await handle({ id: 5, job: "comply", sheet, options: { lang: "fr", today: new Date(Date.UTC(2026, 11, 1)), purge: true } }));
    if (comply.type !== "done") throw new Error(JSON.stringify(comply));
    const expired = comply.result.report.privacy?.expired.length ?? 0;
    expect(expired).toBeGreaterThan(0);
    const purged = comply.result.plan.addedSheets.find((s) => s.key === "comply.purged");
    expect(purged?.name).toBe("Sans les expirés");
    expect(purged?.rows.length).toBe(1 + 500 - expired);

    const results = {
      name: "Résultats",
      rows: [
        ["Segment", "Envoyés", "PND", "Ouvertures", "Clics", "Commandes", "CA"],
        ["Fidèles", 1000, 20, 400, 120, 45, 4500],
      ],
    };
    const campaign = final(await handle({ id: 6, job: "campaign", sheet: results, options: { lang: "fr", unitCost: 0.8 } }));
    if (campaign.type !== "done") throw new Error(JSON.stringify(campaign));
    expect(campaign.result.report.campaign?.lines[0]?.figures.costPerOrder).toBeCloseTo(800 / 45, 6);

    const points = { rules: [{ column: "Panier moyen", kind: "perUnit" as const, points: 0.05, cap: 40, dimension: "C" as const }], hot: 30, warm: 10 };
    const score = final(
      await handle({ id: 8, job: "score", sheet, options: { lang: "fr", points, dataKinds: { "Panier moyen": "action", "Gone column": "reaction" } } }),
    );
    if (score.type !== "done") throw new Error(JSON.stringify(score));
    expect(score.result.plan.addedColumns.length).toBeGreaterThan(3);
    // A data kind saved for a column the sheet no longer has is left out, never "no such column".
    expect(score.result.report.columns.find((c) => c.header === "Panier moyen")?.dataKind).toBe("action");
  });

  it("scores and returns the Plan without writing anywhere", async () => {
    const done = final(await handle({ id: 1, job: "score", sheet: await demoSheet(), options: { lang: "en", classes: 4 } }));
    if (done.type !== "done") throw new Error(JSON.stringify(done));
    expect(done.result.plan.job).toBe("score");
    expect(done.result.plan.addedColumns.length).toBeGreaterThan(3);
    expect(done.result.report.scores.length).toBe(500);
    expect(Math.max(...done.result.report.scores.map((s) => s.r ?? 0))).toBe(4);
  });

  it("applies role overrides and the chosen operations", async () => {
    const done = final(
      await handle({ id: 2, job: "structure", sheet: SMALL_SHEET, options: { lang: "fr", operations: ["emails"], roleOverrides: { 2: "other" } } }),
    );
    if (done.type !== "done") throw new Error(JSON.stringify(done));
    expect(done.result.report.columns[2]!.role).toBe("other");
    const keys = done.result.plan.addedColumns.map((c) => c.key);
    expect(keys.some((k) => k.includes("E-mail"))).toBe(true);
    expect(keys.some((k) => k.includes("Tél."))).toBe(false);
  });

  it("inspects without a Plan to apply", async () => {
    const done = final(await handle({ id: 3, job: "inspect", sheet: SMALL_SHEET, options: { lang: "fr" } }));
    if (done.type !== "done") throw new Error(JSON.stringify(done));
    expect(done.result.plan.addedColumns).toEqual([]);
    expect(done.result.report.columns.find((c) => c.header === "E-mail")?.role).toBe("email");
  });

  it("turns a user error into its message in both languages, never a crash", async () => {
    const done = final(await handle({ id: 4, job: "structure", sheet: { name: "Vide", rows: [] }, options: { lang: "fr" } }));
    expect(done.type).toBe("error");
    if (done.type !== "error") return;
    expect(done.error.actionable).toBe(true);
    expect(done.error.messages.fr).toMatch(/Vide/);
    expect(done.error.messages.en).toMatch(/Vide/);
    expect(done.error.messages.fr).not.toBe(done.error.messages.en);
  });

  it("says what is missing when a file cannot be scored", async () => {
    const sheet = {
      name: "Contacts",
      rows: [
        ["Nom", "Ville"],
        ["Ana", "Paris"],
      ],
    };
    const done = final(await handle({ id: 5, job: "score", sheet, options: { lang: "fr" } }));
    expect(done.type).toBe("error");
    if (done.type === "error") expect(done.error.messages.fr.length).toBeGreaterThan(10);
  });
});
