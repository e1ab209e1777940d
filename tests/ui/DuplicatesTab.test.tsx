import { describe, expect, it } from "vitest";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { DuplicatesTab, type DuplicatesTabProps } from "../../src/ui/components/DuplicatesTab";
import { createJobRunner } from "../../src/app/jobRunner";
import { EMPTY_REVIEW, reviewReducer } from "../../src/ui/duplicateReview";
import type { JobState } from "../../src/ui/jobState";
import { demoSheet } from "../app/demoSheet";

/* Rendered to HTML (no DOM library here); the clicks and keys run in Chromium (tests/e2e/duplicates.test.ts). */
const found = await createJobRunner(null).run("dedupe", await demoSheet(), { lang: "fr" });
const noop = () => undefined;

function render(props: Partial<DuplicatesTabProps>): string {
  const loaded = reviewReducer(EMPTY_REVIEW, { type: "load", review: found.review! });
  const state: JobState = { status: "done", result: found };
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <DuplicatesTab
        lang="fr"
        find={state}
        merge={{ status: "idle" }}
        review={loaded}
        onReview={noop}
        canRun
        notice={null}
        undoLabel={null}
        onUndo={noop}
        onFind={noop}
        onCancelFind={noop}
        onMerge={noop}
        onCancelMerge={noop}
        {...props}
      />
    </FluentProvider>,
  );
}

describe("<DuplicatesTab>", () => {
  it("lists every group, opens the first, marks each cell with a symbol and a word, and cannot merge before a group is accepted", () => {
    const out = render({});
    const groups = found.review!.groups.length;
    expect(out.match(/data-group="/g)?.length).toBe(groups);
    expect(out.match(/data-testid="duplicate-comparison"/g)?.length).toBe(1);
    expect(out).toContain(`${groups} groupes de doublons trouvés sur 500 lignes.`);
    expect(out).toMatch(/Groupe 1 sur \d+, lignes \d+, \d+, probabilité [\d,]+ %, à décider\./);
    expect(out).toMatch(/data-agreement="(same|similar|differs|missing)"/);
    expect(out).toMatch(/>(identique|semblable|différent|vide d&#x27;un côté) : </);
    expect(out).toContain("Pourquoi (ligne");
    expect(out).toMatch(/<button[^>]*data-testid="run-runMerge" disabled=""[^>]*>Fusionner les groupes acceptés \(0\)</);
  });

  it("in English, with the search not yet run, shows only the search", () => {
    const out = render({ lang: "en", find: { status: "idle" }, review: EMPTY_REVIEW });
    expect(out).toContain("Find duplicates");
    expect(out).toContain("Nothing is written until you merge.");
    expect(out).not.toContain("data-group=");
  });
});
