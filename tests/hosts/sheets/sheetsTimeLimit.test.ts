/**
 * Apps Script's limits, simulated: the six minutes of a run (a clock that moves with every call
 * to Sheets), 50,000 characters a cell, 30 seconds a custom function. A run cut by the time limit
 * carries on at the next call and ends with exactly the sheet an uncut run gives; undo of a cut
 * run puts the sheet back; the limits are said in the user's language.
 */
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { FakeProperties, FakeSpreadsheet, type FakeSheet } from "./fakeSpreadsheet";
import { builtCode, copyOf, differences, grid, loadAddon, sampleRows, type Addon, type JobOutcome } from "./addonHarness";
import { applyPlanInSheets, rowRuns } from "../../../src/hosts/sheets/applyPlanInSheets";
import { CHECKPOINT_KEY } from "../../../src/hosts/sheets/sheetsCheckpoint";
import { BORDER_STYLES } from "./fakeSpreadsheet";
import type { Plan } from "../../../src/engine/plan";

let code: string;
beforeAll(async () => {
  code = await builtCode();
}, 120_000);

/** Every sheet of the spreadsheet, hidden or not, with its cells: what a user (or undo) could find. */
function everything(book: FakeSpreadsheet): string[] {
  return book
    .getSheets()
    .flatMap((sheet: FakeSheet) => [`sheet ${sheet.getName()} hidden=${sheet.isSheetHidden()}`, ...grid(sheet).map((line) => `${sheet.getName()} ${line}`)]);
}

/** Call the job until it says it is done, as the sidebar does; the outcomes of every execution. */
function untilDone(job: () => JobOutcome, limit = 200): JobOutcome[] {
  const outcomes: JobOutcome[] = [];
  do outcomes.push(job());
  while (outcomes.at(-1)!.done === false && outcomes.length < limit);
  return outcomes;
}

describe("Google Sheets: the six-minute limit", () => {
  it("a structure run cut by the time limit carries on and ends with the same spreadsheet as an uncut run", async () => {
    const rows = await sampleRows("clients-demo.xlsx");
    const uncut = FakeSpreadsheet.withSheet("Clients", rows);
    const whole = loadAddon(code, uncut).addon.structureActiveSheet(true);
    expect(whole.ok, whole.message).toBe(true);
    expect(whole.done).toBeUndefined();

    const cut = FakeSpreadsheet.withSheet("Clients", rows);
    const original = grid(cut.getSheetByName("Clients")!);
    // Every call to Sheets takes 6 s: a run needs many executions of four and a half minutes.
    cut.callCost = 6_000;
    const { addon, properties } = loadAddon(code, cut);
    const outcomes = untilDone(() => addon.structureActiveSheet(true));
    expect(outcomes.length).toBeGreaterThan(2);
    for (const outcome of outcomes.slice(0, -1)) {
      expect(outcome).toMatchObject({ ok: true, done: false });
      expect(outcome.message).toMatch(/^Tria continue… \d+ % fait/);
    }
    // Progress only goes forward.
    const percents = outcomes.slice(0, -1).map((o) => o.percent!);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(outcomes.at(-1)).toMatchObject({ ok: true, message: whole.message });
    expect(properties.values.has(CHECKPOINT_KEY)).toBe(false);
    expect(differences(everything(cut), everything(uncut))).toEqual([]);

    // Undo of the finished run puts the user's sheet back.
    cut.callCost = 0;
    expect(addon.undoLastRun(true).ok).toBe(true);
    expect(differences(grid(cut.getSheetByName("Clients")!), original)).toEqual([]);
    expect(cut.getSheets().map((s) => s.getName())).toEqual(["Clients"]);
  }, 240_000);

  it("a score run cut after a structure run (Tria's columns known from the checkpoint) ends as an uncut one does", async () => {
    const rows = await sampleRows("clients-demo.xlsx");
    const uncut = FakeSpreadsheet.withSheet("Clients", rows);
    const plain = loadAddon(code, uncut).addon;
    plain.structureActiveSheet(true);
    plain.scoreActiveSheet(true);
    const cut = FakeSpreadsheet.withSheet("Clients", rows);
    const { addon } = loadAddon(code, cut);
    addon.structureActiveSheet(true);
    cut.callCost = 10_000;
    const scored = untilDone(() => addon.scoreActiveSheet(true));
    expect(scored.length).toBeGreaterThan(1);
    expect(differences(everything(cut), everything(uncut))).toEqual([]);
  }, 240_000);

  it("from the menu, a cut run says how far it got and which item finishes it; undo gives the sheet back", async () => {
    const book = FakeSpreadsheet.withSheet("Clients", await sampleRows("clients-demo.xlsx"));
    const original = everything(book);
    book.callCost = 60_000;
    const properties = new FakeProperties();
    const { addon, alerts } = loadAddon(code, book, { properties });
    const first = addon.structureActiveSheet();
    expect(first).toMatchObject({ ok: true, done: false });
    expect(alerts).toEqual([first.message]);
    // Tria's inserted sheets became active as they were made: the user is left on their own sheet.
    expect(book.getActiveSheet().getName()).toBe("Clients");
    expect(first.message).toMatch(/^Tria s'est arrêté à \d+ % .*« Structurer la feuille »/);
    // A sidebar opened later says so too, and offers undo.
    const state = addon.sidebarState();
    expect(state.pending).toBe(first.message);
    expect(state.canUndo).toBe(true);
    // A second execution (a new vm, as Apps Script starts afresh) carries on from the checkpoint.
    const again = loadAddon(code, book, { properties }).addon.structureActiveSheet(true);
    expect(again.percent ?? 100).toBeGreaterThan(first.percent!);
    book.callCost = 0;
    expect(addon.undoLastRun(true)).toMatchObject({ ok: true, message: "La dernière exécution de Tria a été annulée : la feuille est comme avant." });
    expect(differences(everything(book), original)).toEqual([]);
    expect(properties.values.size).toBe(0);
  }, 240_000);

  it("another job asked for while a run is cut gives that run up first: the sheet is as before, then the new job runs", async () => {
    const rows = await sampleRows("clients-demo.xlsx");
    const book = FakeSpreadsheet.withSheet("Clients", rows);
    book.callCost = 60_000;
    const { addon } = loadAddon(code, book);
    expect(addon.structureActiveSheet(true).done).toBe(false);
    book.callCost = 0;
    const scored = addon.scoreActiveSheet(true);
    expect(scored.ok, scored.message).toBe(true);
    const alone = FakeSpreadsheet.withSheet("Clients", rows);
    loadAddon(code, alone).addon.scoreActiveSheet(true);
    expect(differences(everything(book), everything(alone))).toEqual([]);
  }, 240_000);
});

describe("Google Sheets: cells and custom functions", () => {
  const plan: Plan = {
    job: "structure",
    sheet: "Clients",
    headerRow: 1,
    rows: [2, 3],
    addedColumns: [{ key: "note.long", header: "Remarque", after: 0, values: ["court", "x".repeat(50_001)] }],
    flags: [],
    addedSheets: [],
    extras: {},
  };

  it("a value past 50,000 characters is refused before anything is written, naming the cell", () => {
    const book = FakeSpreadsheet.withSheet("Clients", [["Nom"], ["Ana"], ["Bruno"]]);
    const before = copyOf(book);
    const error = (() => {
      try {
        applyPlanInSheets(book, plan, "fr", BORDER_STYLES);
      } catch (e) {
        return e as { code: string; messageIn(lang: string): string };
      }
      return null;
    })();
    expect(error?.code).toBe("cellTooLong");
    expect(error?.messageIn("fr")).toMatch(/^La cellule Clients!B3 recevrait 50001 caractères : Google Sheets n'en accepte que 50 000/);
    expect(error?.messageIn("en")).toMatch(/^Cell Clients!B3 would get 50001 characters/);
    expect(book.getSheets().map((s) => s.getName())).toEqual(["Clients"]);
    expect(grid(book.getSheetByName("Clients")!)).toEqual(grid(before.getSheetByName("Clients")!));
    // Without the check, Sheets itself refuses the write (the fake does as Sheets does).
    expect(() =>
      book
        .getSheetByName("Clients")!
        .getRange(1, 1, 1, 1)
        .setValues([["x".repeat(50_001)]]),
    ).toThrow(/50000 characters/);
  });

  it("a custom function over a range too big for 30 seconds stops with a message in both languages", () => {
    let now = 0;
    // Each look at the clock finds a second gone: a slow range.
    const { addon } = loadAddon(code, FakeSpreadsheet.withSheet("Clients", [["Nom"]]), { clock: () => (now += 1_000) });
    const phones = Array.from({ length: 5_000 }, () => ["06 12 34 56 78"]);
    expect(() => (addon as Addon & { PHONE: (r: unknown) => unknown }).PHONE(phones)).toThrow(/30 s.*\/.*30 s/);
    // A range that fits answers every cell.
    now = 0;
    const small = loadAddon(code, FakeSpreadsheet.withSheet("Clients", [["Nom"]]), { clock: () => now }).addon as Addon & {
      PHONE: (r: unknown) => unknown[][];
    };
    expect(small.PHONE(phones).length).toBe(5_000);
  });

  it("row blocks cover every row once, in order, none longer than the limit", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 2, max: 400 }), { maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (unsorted, limit) => {
        const rows = [...unsorted].sort((a, b) => a - b);
        const runs = rowRuns(rows, limit);
        const covered = runs.flatMap((run) => Array.from({ length: run.count }, (_, i) => run.first + i));
        expect(covered).toEqual(rows);
        for (const run of runs) {
          expect(run.count).toBeLessThanOrEqual(limit);
          expect(rows[run.start]).toBe(run.first);
        }
      }),
    );
  });
});
