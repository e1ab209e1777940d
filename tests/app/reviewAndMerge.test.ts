import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WebSession } from "../../src/worker/webSession";
import { createJobRunner } from "../../src/app/jobRunner";
import { runJob } from "../../src/app/runJob";
import { isLocalized } from "../../src/engine/localizedError";
import { cellAt, readXlsxXml, sheetNamed, type XSheet } from "../support/xlsx/readXlsxXml";
import { DEMO_XLSX } from "./demoSheet";

/*
 * The panes' review and merge (issue 12) through the one job runner and the web page's session:
 * "dedupe" lists the groups and writes nothing; "merge" writes only the groups accepted; the
 * bytes the user downloads are read back by the XML reader; Undo gives the file back.
 */
const bytes = new Uint8Array(readFileSync(DEMO_XLSX));
const runner = createJobRunner(null);

function columnOf(sheet: XSheet, headerRow: number, header: string): number {
  for (let c = 1; c <= sheet.lastColumn; c++) if (cellAt(sheet, headerRow, c).value === header) return c;
  throw new Error(`no column ${header}`);
}

describe("review then merge, as the taskpane and the web page run them", () => {
  it("dedupe lists each group with its cells and writes nothing", async () => {
    const session = await WebSession.open(bytes, "clients-demo.xlsx");
    const { review, report } = await runJob(session.host, runner, "dedupe", { lang: "fr" });
    expect(session.hasOutput).toBe(false);
    expect(review).toBeDefined();
    expect(review!.total).toBe(report.duplicates.length);
    expect(review!.groups.length).toBeGreaterThanOrEqual(3);
    for (const [k, group] of review!.groups.entries()) {
      expect(group.rows).toEqual(report.duplicates[k]!.rows);
      expect(group.records[0]!.survivor).toBe(true);
      expect(group.records[0]!.row).toBe(group.survivor);
      expect(group.records.map((r) => r.row).sort((a, b) => a - b)).toEqual(group.rows);
      for (const record of group.records) expect(record.cells.length).toBe(group.columns.length);
      // Each duplicate row says why, field by field, from the prior on.
      for (const record of group.records.slice(1)) expect(record.why).toMatch(/^a priori −?\d/);
    }
  }, 60_000);

  it("merge writes only the accepted groups: merged sheet and purple columns read back by the XML reader; Undo restores", async () => {
    const session = await WebSession.open(bytes, "clients-demo.xlsx");
    const { review, report } = await runJob(session.host, runner, "dedupe", { lang: "fr" });
    const [first, rejected, third] = review!.groups;
    const accepted = [first!.rows, third!.rows];
    const merged = await runJob(session.host, runner, "merge", { lang: "fr", acceptedGroups: accepted });
    expect(merged.report.duplicates.map((d) => d.rows)).toEqual(accepted);

    const book = await readXlsxXml(await session.outputBytes());
    const headerRow = report.headerRow;
    const user = sheetNamed(book, report.sheet);
    const duplicateOf = columnOf(user, headerRow, "Doublon de la ligne");
    const flagged = [];
    for (let r = headerRow + 1; r <= user.lastRow; r++) if (cellAt(user, r, duplicateOf).value !== null) flagged.push(r);
    const expectedFlagged = [first!, third!].flatMap((g) => g.rows.filter((row) => row !== g.survivor));
    expect(flagged).toEqual(expectedFlagged.sort((a, b) => a - b));
    // The note on a duplicate's cell points to the Doublons tab, not to the command line.
    const notes = [...user.cells.values()].map((cell) => cell.note ?? "").filter((note) => note.includes("Même client"));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note).toContain("onglet Doublons");
      expect(note).not.toContain("tria dedupe");
    }

    const fused = sheetNamed(book, "Clients fusionnés");
    const sources = columnOf(fused, 1, "Lignes d'origine");
    const sourceRows: string[] = [];
    for (let r = 2; r <= fused.lastRow; r++) sourceRows.push(String(cellAt(fused, r, sources).value));
    const dataRows = report.counts.rows;
    expect(sourceRows.length).toBe(dataRows - (first!.rows.length - 1) - (third!.rows.length - 1));
    expect(sourceRows).toContain(first!.rows.join(", "));
    expect(sourceRows).toContain(third!.rows.join(", "));
    // The rejected group stays two customers.
    for (const row of rejected!.rows) expect(sourceRows).toContain(String(row));

    await session.undo();
    expect(session.hasOutput).toBe(false);
    expect(await session.outputBytes()).toBe(bytes);
  }, 90_000);

  it("a group no longer found as accepted (the sheet changed) merges nothing and says what to do, in French and English", async () => {
    const session = await WebSession.open(bytes, "clients-demo.xlsx");
    const error = await runJob(session.host, runner, "merge", { lang: "fr", acceptedGroups: [[3, 4]] }).catch((e: unknown) => e);
    expect(isLocalized(error)).toBe(true);
    const localized = error as { code: string; messageIn(lang: "fr" | "en"): string };
    expect(localized.code).toBe("groupsChanged");
    expect(localized.messageIn("fr")).toMatch(/Relancez « Chercher les doublons »/);
    expect(localized.messageIn("en")).toMatch(/Run “Find duplicates” again/);
    expect(session.hasOutput).toBe(false);
  }, 60_000);
});
