import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Report } from "../../src/engine/report";
import { REPORT_VERSION } from "../../src/engine/report";
import { TriaError } from "../../src/engine/errors";
import { App } from "../../src/taskpane/App";
import { InspectView, type InspectViewProps } from "../../src/taskpane/components/InspectView";
import type { InspectState } from "../../src/taskpane/inspectState";

/**
 * No DOM library is installed (jsdom / @testing-library), so these tests render to HTML on the
 * "server" and read it; the click → inspect → table flow runs in a real browser in tests/e2e.
 */
const report: Report = {
  reportVersion: REPORT_VERSION,
  job: "inspect",
  sheet: "Clients",
  headerRow: 1,
  columns: [
    { index: 0, header: "Code postal", role: "postalCode", confidence: 0.97, fillRate: 0.5, examples: ["75002", "69001"] },
    { index: 1, header: "E-mail", role: "email", confidence: 0.9, fillRate: 1, examples: ["ana@exemple.fr"] },
  ],
  flags: [],
  columnFlags: [],
  splits: [],
  duplicates: [],
  scores: [],
  counts: { rows: 12, flags: {}, duplicateRows: 0 },
};

function html(element: ReactElement): string {
  return renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
}

function view(state: InspectState, overrides: Partial<InspectViewProps> = {}): string {
  return html(
    <InspectView state={state} lang="fr" target="sheet" canInspect onInspect={() => undefined} onLangChange={() => undefined} {...overrides} />,
  );
}

describe("<App>", () => {
  it("starts with the inspect button, the legend and no table, without calling inspect", () => {
    let calls = 0;
    const out = html(<App operations={{ inspect: async () => (calls++, report) }} initialLang="fr" />);
    expect(out).toContain("Analyser la feuille");
    expect(out).toContain("Légende des alertes");
    expect(out).not.toContain("Colonnes détectées");
    expect(calls).toBe(0);
  });

  it("speaks English when Office says so", () => {
    const out = html(<App operations={{ inspect: async () => report }} initialLang="en" />);
    expect(out).toContain("Inspect sheet");
    expect(out).toContain("Flag legend");
  });

  it("shows the web page's source picker and the file wording", () => {
    const out = html(
      <App operations={{ inspect: async () => report }} initialLang="fr" target="file" canInspect={false} renderSource={(lang) => <p>{`picker-${lang}`}</p>} />,
    );
    expect(out).toContain("picker-fr");
    expect(out).toContain("Analyser le fichier");
    expect(out).toMatch(/<button[^>]*disabled[^>]*>/);
  });
});

describe("<InspectView>", () => {
  it("lists detected columns with role, confidence %, fill rate and examples", () => {
    const out = view({ status: "done", report });
    expect(out).toContain("Colonnes détectées");
    expect(out).toContain("Code postal");
    expect(out).toContain('data-role="postalCode"');
    expect(out).toContain("97\u202f%");
    expect(out).toContain("50\u202f%");
    expect(out).toContain("75002 · 69001");
    expect(out).toContain("2 colonnes, 12 lignes");
  });

  it("draws the legend with the colours of src/engine/legend.ts", () => {
    const out = view({ status: "idle" });
    expect(out).toMatch(/data-flag="volatile".*?background-color:#FFFF00/);
    expect(out).toMatch(/data-flag="incomplete".*?border:2px solid #FF0000/);
    expect(out).toContain("Doublon d&#x27;une autre ligne");
  });

  it("keeps the last report while running and disables the button", () => {
    const out = view({ status: "running", previous: report });
    expect(out).toContain("Analyse en cours");
    expect(out).toContain("Code postal");
    expect(out).toMatch(/<button[^>]*disabled[^>]*>/);
  });

  it("shows an unexpected error with advice on what to do", () => {
    const out = view({ status: "error", error: new Error("Excel ne répond pas") });
    expect(out).toContain("L&#x27;analyse n&#x27;a pas abouti");
    expect(out).toContain("Excel ne répond pas");
    expect(out).toContain("ligne d&#x27;en-têtes");
  });

  it("shows a TriaError in the pane's language, without generic advice", () => {
    const error = new TriaError("emptySheet", { sheet: "Clients" });
    const out = view({ status: "error", error }, { lang: "en" });
    expect(out).toContain(error.messageIn("en").replace(/'/g, "&#x27;").replace(/"/g, "&quot;"));
    expect(out).not.toContain("Check that the sheet holds a table");
  });
});
