import { describe, expect, it } from "vitest";
import type { RawSheet } from "../../src/engine/table/table";
import type { JobMessage } from "../../src/app/jobProtocol";
import { roleOverridesFromHeaders } from "../../src/app/rolesByHeader";
import { handleJobRequest } from "../../src/app/handleJobRequest";
import { roleChoicesByIndex } from "../../src/ui/roleChoices";

const WITH_SIRET: RawSheet = {
  name: "Fournisseurs",
  rows: [
    ["Export du 15/11/2026"],
    ["Raison sociale", "Ville", "Contact", "E-mail", "Tél.", "Code postal", "SIRET"],
    ["Boulangerie Martin", "Lyon", "Ana Martin", "ana@exemple.fr", "04 78 00 00 00", "69001", "73282932000074"],
    ["Garage Petit", "Paris", "Bruno Petit", "bruno@exemple.fr", "01 45 00 00 00", "75002", "73282932000075"],
  ],
};

describe("roles chosen by header text", () => {
  it("land on the column of that name, below a title row, whatever its position", () => {
    expect(roleOverridesFromHeaders(WITH_SIRET, { siret: "siret", TEL: "mobile" })).toEqual({ 4: "mobile", 6: "siret" });
  });

  it("never land on another file's column at the same position (a SIRET column read as Canal)", () => {
    // Chosen on a file whose 7th column was "Canal": this file's 7th column is SIRET.
    expect(roleOverridesFromHeaders(WITH_SIRET, { Canal: "channel" })).toEqual({});
  });

  it("reach the job: the SIRET column is still checked when another file's choice is kept", async () => {
    const messages: JobMessage[] = [];
    await handleJobRequest(
      { id: 1, job: "inspect", sheet: WITH_SIRET, options: { lang: "fr", rolesByHeader: { Canal: "channel", Contact: "fullName" } } },
      (m) => void messages.push(m),
    );
    const done = messages.at(-1);
    if (done?.type !== "done") throw new Error(JSON.stringify(done));
    const roles = Object.fromEntries(done.result.report.columns.map((c) => [c.header, c.role]));
    expect(roles.SIRET).toBe("siret");
    expect(roles.Contact).toBe("fullName");
  });

  it("show in the taskpane's dropdowns by the column of the report shown", () => {
    const column = (index: number, header: string) => ({ index, header, role: "other" as const, confidence: 0.2, dataKind: "other" as const });
    const report = { columns: [column(0, "Nom"), column(1, "Portable")] };
    expect(roleChoicesByIndex(report, { portable: "mobile", Canal: "channel" })).toEqual({ 1: "mobile" });
    expect(roleChoicesByIndex(null, { portable: "mobile" })).toEqual({});
  });
});
