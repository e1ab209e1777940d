import { describe, expect, it, vi } from "vitest";
import { ribbonJob, type RibbonJobContext } from "../../src/commands/ribbonJob";
import { commandHandler } from "../../src/commands/commandHandler";
import { createCommandNotices, type CommandNotice } from "../../src/app/commandNotices";
import { createJobRunner } from "../../src/app/jobRunner";
import { memorySettingsStore } from "../../src/app/settings/settingsStore";
import type { Host } from "../../src/hosts/host";
import { demoHost } from "../app/demoSheet";

function context(host: Host, settings = memorySettingsStore()): RibbonJobContext & { notices: CommandNotice[] } {
  const notices: CommandNotice[] = [];
  return { host, runner: createJobRunner(null), settings, displayLang: "fr", notify: (n) => void notices.push(n), notices };
}

const brokenHost: Host = {
  listSheets: async () => [],
  readSheet: async () => ({ name: "Feuil1", rows: [] }),
  apply: async () => undefined,
};

describe("ribbon jobs", () => {
  it("Structure runs on the active sheet with the saved settings and reports success", async () => {
    const host = await demoHost();
    const apply = vi.spyOn(host, "apply");
    const read = vi.spyOn(host, "readSheet");
    const ctx = context(host, memorySettingsStore({ operations: ["emails"] }));
    await ribbonJob("structure", ctx);
    expect(apply).toHaveBeenCalledTimes(1);
    // The customer-file check and the job share one read of the sheet.
    expect(read).toHaveBeenCalledTimes(1);
    const plan = apply.mock.calls[0]![0];
    expect(plan.addedColumns.some((c) => c.key.includes("Tél."))).toBe(false);
    expect(ctx.notices).toHaveLength(1);
    expect(ctx.notices[0]!.ok).toBe(true);
    expect(ctx.notices[0]!.messages.fr).toMatch(/^Structurer terminé : 500 lignes/);
    expect(ctx.notices[0]!.messages.en).toMatch(/^Structure done: 500 rows/);
  });

  it("Score uses the saved classes", async () => {
    const host = await demoHost();
    const apply = vi.spyOn(host, "apply");
    await ribbonJob("score", context(host, memorySettingsStore({ classes: 3 })));
    const plan = apply.mock.calls[0]![0];
    const scores = (plan.extras.scores ?? []).map((s) => s.r ?? 0);
    expect(Math.max(...scores)).toBe(3);
  });

  it("meeting notes saved as a sheet are not a customer file: a notice, nothing written", async () => {
    const notes: Host = {
      listSheets: async () => ["Notes"],
      readSheet: async () => ({
        name: "Notes",
        rows: [
          ["Compte rendu de la réunion du 12 mars, présents : l'équipe commerciale au complet"],
          ["Nous avons parlé du salon de Lyon et des objectifs du trimestre."],
          ["Prochaine réunion le 3 avril."],
        ],
      }),
      apply: async () => undefined,
    };
    const apply = vi.spyOn(notes, "apply");
    const ctx = context(notes);
    await ribbonJob("structure", ctx);
    expect(apply).not.toHaveBeenCalled();
    expect(ctx.notices[0]!.ok).toBe(false);
    expect(ctx.notices[0]!.messages.fr).toMatch(/^Ce fichier ne ressemble pas à un fichier clients/);
    expect(ctx.notices[0]!.messages.en).toMatch(/^This does not look like a customer file/);
  });

  it("a customer header with no rows below: the customer-file check passes, then the job says there are no data rows", async () => {
    const header: Host = {
      listSheets: async () => ["Clients"],
      readSheet: async () => ({ name: "Clients", rows: [["Nom", "E-mail", "Ville"]] }),
      apply: async () => undefined,
    };
    const apply = vi.spyOn(header, "apply");
    const ctx = context(header);
    await ribbonJob("structure", ctx);
    expect(apply).not.toHaveBeenCalled();
    expect(ctx.notices[0]!.ok).toBe(false);
    expect(ctx.notices[0]!.messages.fr).toMatch(/La feuille « Clients » n'a aucune ligne de données sous son en-tête \(ligne 1\)/);
    expect(ctx.notices[0]!.messages.en).toMatch(/The sheet "Clients" has no data rows below its header \(row 1\)/);
  });

  it("a failure becomes a notice in both languages, never a throw", async () => {
    const ctx = context(brokenHost);
    await expect(ribbonJob("structure", ctx)).resolves.toBeUndefined();
    expect(ctx.notices[0]!.ok).toBe(false);
    expect(ctx.notices[0]!.messages.fr).toMatch(/^Le traitement n'a pas abouti : /);
    expect(ctx.notices[0]!.messages.en).toMatch(/Feuil1/);
  });

  it("event.completed() is called after success, failure, and a notifier that throws", async () => {
    for (const notify of [() => undefined, () => Promise.reject(new Error("showAsTaskpane unsupported"))]) {
      const completed = vi.fn();
      const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
      await commandHandler(() => ribbonJob("structure", { ...context(brokenHost), notify }))({ completed });
      expect(completed).toHaveBeenCalledTimes(1);
      quiet.mockRestore();
    }
  });
});

describe("command notices (ribbon → taskpane)", () => {
  it("delivers to subscribers, and the last notice to a pane that opens later", () => {
    const notices = createCommandNotices();
    const early = vi.fn();
    const stop = notices.subscribe(early);
    const notice: CommandNotice = { ok: false, messages: { fr: "échec", en: "failed" } };
    notices.publish(notice);
    expect(early).toHaveBeenCalledWith(notice);
    stop();
    notices.publish(notice);
    expect(early).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    notices.subscribe(late);
    expect(late).toHaveBeenCalledWith(notice);
  });
});
