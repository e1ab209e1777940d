import { describe, expect, it } from "vitest";
import { NEW_DRAFT } from "../../src/ui/segmentDraft";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../src/engine/i18n/lang";
import { SegmentsTab } from "../../src/ui/components/SegmentsTab";
import { NO_TRAPS, trapCountOf, trapsReady, type TrapChoiceState } from "../../src/ui/components/TrapChoices";
import { createJobRunner } from "../../src/app/jobRunner";
import type { JobState } from "../../src/ui/jobState";

/** The Segments tab's trap records (adresses pièges), rendered to HTML: the choices under "copy", the result line. */
const runner = createJobRunner(null);
const customers = {
  name: "Clients",
  rows: [
    ["Nom", "E-mail", "Adresse", "Panier moyen"],
    ["Marie Dupont", "marie@free.fr", "12 rue de la Paix 75002 Paris", 150],
    ["Paul Martin", "paul@free.fr", "3 place Bellecour 69002 Lyon", 40],
  ],
};
const owned = { name: "Mes adresses", rows: [["E-mail"], ["temoin@monentreprise.fr"]] };
const result = await runner.run("segment", customers, {
  lang: "fr",
  segments: [{ name: "VIP", where: "Panier moyen >= 100" }],
  copySegments: true,
  traps: { count: 2, sheet: "Mes adresses", seed: 4, ownedSheet: owned },
});

function tab(choice: TrapChoiceState, options: { copy?: boolean; state?: JobState; lang?: Lang } = {}): string {
  const noop = () => undefined;
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <SegmentsTab
        lang={options.lang ?? "fr"}
        state={options.state ?? { status: "idle" }}
        columns={result.report.columns}
        segments={[{ name: "VIP", where: "Panier moyen >= 100" }]}
        copy={options.copy ?? true}
        traps={{ choice, sheets: ["Mes adresses", "Notes"], onChange: noop }}
        target="sheet"
        canRun
        notice={null}
        undoLabel={null}
        onUndo={noop}
        onInspect={noop}
        onSegmentsChange={noop}
        draft={NEW_DRAFT}
        onDraftChange={noop}
        onCopyChange={noop}
        onRun={noop}
        onCancel={noop}
      />
    </FluentProvider>,
  );
}

describe("trap records in the Segments tab", () => {
  it("offers them only with the copies; once ticked, how many and from which sheet of owned addresses", () => {
    expect(tab(NO_TRAPS, { copy: false })).not.toContain('data-testid="trap-choices"');
    const off = tab(NO_TRAPS);
    expect(off).toContain("Ajouter des adresses pièges à chaque copie");
    expect(off).not.toContain('data-testid="traps-count"');
    const on = tab({ on: true, count: "3", sheet: "Mes adresses" });
    expect(on).toContain("Pièges par copie");
    expect(on).toMatch(/<option value="Mes adresses" selected="">Mes adresses<\/option>/);
    expect(on).toContain('<option value="Notes">Notes</option>');
    expect(on).toContain("Votre feuille n&#x27;est pas modifiée");
    expect(tab({ on: true, count: "beaucoup", sheet: "" }, { lang: "en" })).toContain("A whole number from 1 to 1000.");
  });

  it("is ready to run only with a whole count and a sheet", () => {
    expect(trapsReady(NO_TRAPS)).toBe(true);
    expect(trapsReady({ on: true, count: "3", sheet: "Mes adresses" })).toBe(true);
    expect(trapsReady({ on: true, count: "3", sheet: "" })).toBe(false);
    expect(["0", "2,5", "1001", "", "x"].map(trapCountOf)).toEqual([null, null, null, null, null]);
    expect(trapCountOf(" 12 ")).toBe(12);
  });

  it("says after the run how many traps each copy holds and which sheet is the private list", () => {
    const done = tab({ on: true, count: "2", sheet: "Mes adresses" }, { state: { status: "done", result } });
    expect(done).toMatch(/2 pièges placés dans chaque copie ; la liste privée est sur la feuille « Pièges \(privé\) » : gardez-la, ne l&#x27;envoyez pas\./);
    expect(result.plan.addedSheets.find((sheet) => sheet.key === "segment.copy.vip")!.rows).toHaveLength(4);
  });
});
