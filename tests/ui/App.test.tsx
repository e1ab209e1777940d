import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { App, type TriaOperations } from "../../src/ui/App";
import { memorySettingsStore } from "../../src/app/settings/settingsStore";
import { StructureTab, type StructureTabProps } from "../../src/ui/components/StructureTab";
import { ScoreTab } from "../../src/ui/components/ScoreTab";
import { ColumnsTab } from "../../src/ui/components/ColumnsTab";
import { TriaError } from "../../src/engine/errors";
import { createJobRunner } from "../../src/app/jobRunner";
import type { JobResult } from "../../src/app/jobProtocol";
import type { JobState } from "../../src/ui/jobState";
import { demoSheet } from "../app/demoSheet";

/**
 * No DOM library is installed (jsdom / @testing-library), so these tests render to HTML on the
 * "server" and read it; state changes are tested in the plain modules (jobState, settings…) and
 * the clicks in a real browser in tests/e2e.
 */
function html(element: ReactElement): string {
  return renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

const calls: string[] = [];
const operations: TriaOperations = {
  run: async (job) => {
    calls.push(job);
    throw new Error("not in these tests");
  },
  applyPlan: async () => undefined,
  writeCells: async () => undefined,
};

const runner = createJobRunner(null);
const sheet = await demoSheet();
const structured: JobResult = await runner.run("structure", sheet, { lang: "fr" });
const scored: JobResult = await runner.run("score", sheet, { lang: "fr" });
const inspected: JobResult = await runner.run("inspect", sheet, { lang: "fr" });

function structureTab(state: JobState, overrides: Partial<StructureTabProps> = {}): string {
  const noop = () => undefined;
  return html(
    <StructureTab
      lang="fr"
      state={state}
      operations={["emails", "phones"]}
      canRun
      undoLabel={null}
      applied={new Set()}
      notice={null}
      onOperationsChange={noop}
      onRun={noop}
      onCancel={noop}
      onUndo={noop}
      onApply={noop}
      {...overrides}
    />,
  );
}

describe("<App>", () => {
  it("opens on Columns with four tabs, runs nothing by itself", () => {
    const out = html(<App operations={operations} settingsStore={memorySettingsStore()} initialLang="fr" />);
    for (const tab of ["Colonnes", "Structurer", "Scorer", "Réglages"]) expect(out).toContain(`>${tab}<`);
    expect(out).toContain("Analyser la feuille");
    expect(out).toContain("Analysez d&#x27;abord la feuille");
    expect(calls).toEqual([]);
  });

  it("follows Office's language unless the saved settings chose one", () => {
    expect(html(<App operations={operations} settingsStore={memorySettingsStore()} initialLang="en" />)).toContain("Inspect sheet");
    expect(html(<App operations={operations} settingsStore={memorySettingsStore({ lang: "fr" })} initialLang="en" />)).toContain("Analyser la feuille");
  });

  it("shows the saved operations and RFM classes on their tabs", () => {
    const store = memorySettingsStore({ operations: ["emails"], classes: 4 });
    const structure = html(<App operations={operations} settingsStore={store} initialLang="fr" initialTab="structure" />);
    expect(structure).toMatch(/data-operation="emails"[^>]*checked=""/);
    expect(structure).not.toMatch(/data-operation="phones"[^>]*checked=""/);
    expect(structure).toContain("Légende des alertes");
    const score = html(<App operations={operations} settingsStore={store} initialLang="fr" initialTab="score" />);
    expect(score).toMatch(/<option value="4" selected="">4 classes<\/option>/);
  });

  it("shows the web page's picker and output slot, with the file wording", () => {
    const out = html(
      <App
        operations={operations}
        settingsStore={memorySettingsStore()}
        initialLang="fr"
        target="file"
        canInspect={false}
        renderSource={(lang) => <p>{`picker-${lang}`}</p>}
        renderOutput={(lang, v) => <p>{`output-${lang}-${v}`}</p>}
      />,
    );
    expect(out).toContain("picker-fr");
    expect(out).toContain("output-fr-0");
    expect(out).toContain("Analyser le fichier");
    expect(out).toMatch(/<button[^>]*disabled[^>]*>/);
  });
});

describe("<ColumnsTab>", () => {
  it("lists detected roles in dropdowns, the user's override winning", () => {
    const email = inspected.report.columns.find((c) => c.role === "email")!;
    const out = html(
      <ColumnsTab
        lang="fr"
        state={{ status: "done", result: inspected }}
        report={inspected.report}
        target="sheet"
        canInspect
        overrides={{ [email.index]: "other" }}
        onInspect={() => undefined}
        onRoleChange={() => undefined}
      />,
    );
    expect(out).toContain(`aria-label="Rôle de la colonne « ${email.header} »"`);
    expect(out).toContain('data-role="other"');
    expect(out).toContain('data-role="address"');
    expect(out).toContain("enregistrés avec le classeur");
  });
});

describe("<StructureTab>", () => {
  it("shows counts per flag kind, the issues with their suggestions and Apply buttons", () => {
    const out = structureTab({ status: "done", result: structured });
    expect(out).toContain('data-flag-count="typo"');
    expect(out).toContain(`>${structured.report.counts.flags.typo}<`);
    expect(out).toContain('data-issue-kind="invalid"');
    expect(out).toContain("Proposition :");
    expect(out).toContain("Appliquer");
    expect(out).toContain("Ligne ");
  });

  it("shows rows done and Cancel while running, keeping the last result", () => {
    const out = structureTab({ status: "running", progress: { phase: "structure", done: 250, total: 500 }, previous: structured });
    expect(out).toContain("250 / 500 lignes (structuration)");
    expect(out).toContain(">Annuler<");
    expect(out).toContain('data-testid="structure-results"');
    expect(out).toMatch(/data-testid="run-runStructure"[^>]*disabled|disabled[^>]*data-testid="run-runStructure"/);
  });

  it("offers Undo only after a run that can be undone, and says when a run was cancelled", () => {
    expect(structureTab(JOB_IDLE_STATE)).not.toContain('data-testid="undo"');
    expect(structureTab({ status: "done", result: structured }, { undoLabel: "Annuler le dernier traitement (Structurer)" })).toContain(
      "Annuler le dernier traitement",
    );
    expect(structureTab({ status: "cancelled", previous: null })).toContain("la feuille n&#x27;a pas été modifiée");
  });

  it("shows a TriaError in the pane's language", () => {
    const error = new TriaError("emptySheet", { sheet: "Clients" });
    const out = html(
      <StructureTab
        lang="en"
        state={{ status: "error", error, previous: null }}
        operations={[]}
        canRun
        undoLabel={null}
        applied={new Set()}
        notice={null}
        onOperationsChange={() => undefined}
        onRun={() => undefined}
        onCancel={() => undefined}
        onUndo={() => undefined}
        onApply={() => undefined}
      />,
    );
    expect(out).toContain(error.messageIn("en").replace(/'/g, "&#x27;").replace(/"/g, "&quot;"));
  });
});

const JOB_IDLE_STATE: JobState = { status: "idle" };

describe("<ScoreTab>", () => {
  it("draws the segment bars and the R×F heat map once scored", () => {
    const out = html(
      <ScoreTab
        lang="fr"
        state={{ status: "done", result: scored }}
        classes={5}
        referenceDate=""
        scoresOnOrders={false}
        canRun
        notice={null}
        onClassesChange={() => undefined}
        onReferenceDateChange={() => undefined}
        onScoresOnOrdersChange={() => undefined}
        onRun={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect(out).toContain("Clients par segment");
    expect(out).toMatch(/data-segment="champions"|data-segment="lost"/);
    expect(out).toContain('data-testid="rf-grid"');
    expect((out.match(/data-r="/g) ?? []).length).toBe(25);
    expect(out).toContain("424 clients notés sur 500 — 76 sans date d&#x27;achat ou montant");
  });
});
