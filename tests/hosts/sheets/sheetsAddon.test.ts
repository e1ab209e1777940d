/**
 * The built Google Sheets add-on (dist/sheets/Code.js) run in Node's vm against the in-memory
 * spreadsheet, as Apps Script would run it: globals only, no modules. Checked cell by cell
 * against the Plan the same engine computes outside the bundle: exactly the flagged cells carry
 * the legend's look and a note; reruns update Tria's columns; undo puts the sheet back; a failure
 * half-way leaves the sheet as it was; the work is done in blocks, not cell by cell.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { MANIFEST } from "../../../src/tools/buildSheets";
import { FakeSpreadsheet, type FakeSheet } from "./fakeSpreadsheet";
import { builtCode, copyOf, differences, grid, loadAddon, sampleRows } from "./addonHarness";
import { readSheetValues } from "../../../src/hosts/sheets/readSheetValues";
import { tableFromSheet } from "../../../src/engine/table/tableFromSheet";
import { structurePlan } from "../../../src/app/runStructure";
import { placeColumns } from "../../../src/hosts/columnPlacement";
import { flaggedCells, lookOf, resolveColumn } from "../../../src/hosts/planCells";
import { columnFlagRows } from "../../../src/engine/plan";
import type { FlagKind } from "../../../src/engine/legend";
import { NOTE_MARKER } from "../../../src/hosts/triaNote";
import { FLAG_STYLES } from "../../../src/engine/legend";

const root = path.resolve(import.meta.dirname, "../../..");

let code: string;
beforeAll(async () => {
  code = await builtCode();
}, 120_000);

const load = (book: FakeSpreadsheet, locale = "fr_FR") => loadAddon(code, book, { locale });

/** Every data cell whose fill, border or note differs from what the Plan says (0 when exact). */
function mismatches(sheet: FakeSheet, before: FakeSpreadsheet): string[] {
  const raw = readSheetValues(before.getActiveSheet());
  const table = tableFromSheet(raw, { lang: "fr" });
  const { plan } = structurePlan(table, { lang: "fr" });
  const placement = placeColumns(plan.addedColumns, new Map(), before.getActiveSheet().getLastColumn(), false);
  const kinds = new Map<string, FlagKind[]>();
  const add = (row: number, column: number, kind: FlagKind) => kinds.set(`${row}:${column}`, [...(kinds.get(`${row}:${column}`) ?? []), kind]);
  for (const flag of plan.columnFlags ?? []) for (const row of columnFlagRows(plan, flag)) add(row, resolveColumn(flag.column, placement), flag.kind);
  const noted = new Set(flaggedCells(plan.flags, placement).map((c) => `${c.row}:${c.column}`));
  for (const cell of flaggedCells(plan.flags, placement)) for (const kind of cell.kinds) add(cell.row, cell.column, kind);
  const wrong: string[] = [];
  for (const row of plan.rows) {
    for (let column = 1; column <= sheet.getLastColumn(); column++) {
      const cell = sheet.cell(row, column);
      const look = lookOf(kinds.get(`${row}:${column}`) ?? []);
      const fill = look.fill ? `#${look.fill.toLowerCase()}` : "#ffffff";
      const border = look.border ? `#${look.border.toLowerCase()}` : null;
      const hasNote = cell.note.includes(NOTE_MARKER);
      if (cell.background !== fill || (cell.border?.color ?? null) !== border || hasNote !== noted.has(`${row}:${column}`)) {
        wrong.push(`${row}:${column} fill ${cell.background}/${fill} border ${cell.border?.color ?? null}/${border} note ${hasNote}`);
      }
    }
  }
  return wrong;
}

describe("Google Sheets add-on (built Code.js in a vm)", () => {
  it("declares V8 and only the two narrowest scopes", () => {
    const manifest = JSON.parse(readFileSync(path.join(root, "dist/sheets/appsscript.json"), "utf8"));
    expect(manifest).toEqual(MANIFEST);
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.oauthScopes).toEqual(["https://www.googleapis.com/auth/spreadsheets.currentonly", "https://www.googleapis.com/auth/script.container.ui"]);
  });

  it("adds a French menu whose items name global functions that exist", () => {
    const { addon, menu } = load(FakeSpreadsheet.withSheet("Clients", [["Nom"], ["Ana"]]));
    addon.onOpen();
    expect(menu.map(([caption]) => caption)).toEqual(["Structurer la feuille", "Scorer (RFM)", "Annuler la dernière exécution", "Ouvrir le panneau"]);
    for (const [, fn] of menu) expect(typeof addon[fn]).toBe("function");
    for (const fn of [
      "onInstall",
      "showSidebar",
      "sidebarState",
      "RFM",
      "RFMSEGMENT",
      "PHONE",
      "EMAILCHECK",
      "SPLITADDRESS",
      "RNVP",
      "SIRETCHECK",
      "SIMILARITY",
    ])
      expect(typeof addon[fn]).toBe("function");
  });

  it("structures the demo sample: exactly the flagged cells carry the legend's look and a note", async () => {
    const book = FakeSpreadsheet.withSheet("Clients", await sampleRows("clients-demo.xlsx"));
    const before = copyOf(book);
    const { addon } = load(book);
    const outcome = addon.structureActiveSheet(true);
    expect(outcome.ok, outcome.message).toBe(true);
    expect(outcome.message).toMatch(/^500 lignes structurées/);
    const sheet = book.getSheetByName("Clients")!;
    expect(mismatches(sheet, before)).toEqual([]);
    expect(book.getSheetByName("Légende")).not.toBeNull();
    // Blocks, not cells: one read of the sheet, and writes that grow with columns, not rows.
    expect(book.calls.get("getValues")).toBe(1);
    expect(book.calls.get("setValues")!).toBeLessThan(150);
  }, 60_000);

  it("says what it did in French grammar: 0 and 1 in the singular", () => {
    const book = FakeSpreadsheet.withSheet("Clients", [
      ["Nom", "E-mail"],
      ["Jean Petit", "jean@orange.fr"],
    ]);
    const outcome = load(book).addon.structureActiveSheet(true);
    expect(outcome.message).toMatch(/^1 ligne structurée : 0 cellule à corriger ou compléter, 0 groupe de doublons\. /);
  });

  it("writes text as text: leading zeros and + signs stay as typed", () => {
    const book = FakeSpreadsheet.withSheet("Clients", [
      ["Nom", "Adresse", "Tél."],
      ["Ana Martin", "3 rue Neuve 01000 Bourg-en-Bresse", "06 12 34 56 78"],
      ["Bruno Petit", "12 rue de la Paix 75002 Paris", "01 23 45 67 89"],
    ]);
    load(book).addon.structureActiveSheet(true);
    const sheet = book.getSheetByName("Clients")!;
    const headers = sheet.cells[0]!.map((c) => c.value);
    expect(sheet.valueAt(2, headers.indexOf("Code postal") + 1)).toBe("01000");
    const e164 = headers.findIndex((h) => String(h).includes("E.164"));
    expect(sheet.valueAt(2, e164 + 1)).toBe("+33612345678");
  });

  it("reruns update Tria's own columns (never read as data), and undo restores the sheet exactly", async () => {
    const book = FakeSpreadsheet.withSheet("Clients", await sampleRows("clients-demo.xlsx"));
    const original = grid(book.getSheetByName("Clients")!);
    const { addon } = load(book);
    expect(addon.sidebarState().canUndo).toBe(false);
    addon.structureActiveSheet(true);
    const sheet = book.getSheetByName("Clients")!;
    const once = grid(sheet);
    const width = sheet.getLastColumn();
    addon.structureActiveSheet(true);
    expect(sheet.getLastColumn()).toBe(width);
    expect(differences(grid(sheet), once)).toEqual([]);
    expect(addon.sidebarState().canUndo).toBe(true);
    expect(addon.undoLastRun(true).ok).toBe(true);
    expect(differences(grid(sheet), once)).toEqual([]);
    expect(addon.undoLastRun(true)).toMatchObject({ ok: false, message: "Il n'y a pas d'exécution de Tria à annuler." });
    // Undo of a first run: back to the user's sheet, Tria's sheets gone.
    const fresh = FakeSpreadsheet.withSheet("Clients", await sampleRows("clients-demo.xlsx"));
    const run = load(fresh).addon;
    run.structureActiveSheet(true);
    run.undoLastRun(true);
    expect(differences(grid(fresh.getSheetByName("Clients")!), original)).toEqual([]);
    expect(fresh.getSheets().map((s) => s.getName())).toEqual(["Clients"]);
  }, 60_000);

  it("a failure half-way leaves the sheet as it was, with a French message", async () => {
    const book = FakeSpreadsheet.withSheet("Clients", await sampleRows("clients-demo.xlsx"));
    const original = grid(book.getSheetByName("Clients")!);
    let notes = 0;
    book.failOn = (call) => call === "setNotes" && ++notes === 3;
    const outcome = load(book).addon.structureActiveSheet(true);
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/^Tria n'a pas pu terminer .*remise dans son état d'avant/);
    book.failOn = undefined;
    expect(differences(grid(book.getSheetByName("Clients")!), original)).toEqual([]);
    expect(
      book
        .getSheets()
        .filter((s) => !s.isSheetHidden())
        .map((s) => s.getName()),
    ).toEqual(["Clients"]);
  }, 60_000);

  it("scores the orders sample and says how many customers were scored, with an alert from the menu", async () => {
    const book = FakeSpreadsheet.withSheet("Commandes", await sampleRows("commandes-demo.xlsx"));
    const { addon, alerts } = load(book, "en_GB");
    const outcome = addon.scoreActiveSheet();
    expect(outcome.ok, outcome.message).toBe(true);
    expect(outcome.message).toMatch(/^\d+ customers scored out of \d+/);
    expect(alerts).toEqual([outcome.message]);
    expect(book.getSheets().length).toBeGreaterThan(2);
  }, 60_000);

  it("copies the scores onto every order row when the sidebar's box is ticked, and a menu run follows the document's choice", async () => {
    const rows = await sampleRows("commandes-demo.xlsx");
    const width = rows[0]!.length;
    const book = FakeSpreadsheet.withSheet("Commandes", rows);
    const { addon, properties } = load(book, "fr_FR");
    expect(addon.sidebarState().onOrders).toBe(false);
    const outcome = addon.scoreActiveSheet(true, true);
    expect(outcome.ok, outcome.message).toBe(true);
    const orders = book.getSheetByName("Commandes")!;
    // The sample has a title line above its header row.
    const headerRow = 1 + orders.cells.findIndex((row) => row.some((c) => c.value === "N° client"));
    const headers = Array.from({ length: orders.getLastColumn() }, (_, c) => String(orders.valueAt(headerRow, c + 1)));
    expect(headers.length).toBeGreaterThan(width);
    const segment = headers.findIndex((h) => /^Segment/.test(h));
    expect(segment, headers.join(" | ")).toBeGreaterThanOrEqual(width);
    // Every order row of a scored customer carries its segment: the same customer, the same words.
    const customer = headers.indexOf("N° client");
    const byCustomer = new Map<string, string>();
    let scored = 0;
    for (let row = headerRow + 1; row <= orders.cells.length; row++) {
      const value = String(orders.valueAt(row, segment + 1));
      const id = String(orders.valueAt(row, customer + 1));
      // An order with no customer no. is nobody's: it gets no score.
      expect(value === "", `row ${row}: ${id} → ${value}`).toBe(id === "");
      if (id === "") continue;
      expect(byCustomer.get(id) ?? value).toBe(value);
      byCustomer.set(id, value);
      scored++;
    }
    expect(scored).toBeGreaterThan(400);
    expect(book.getSheetByName("Clients notés")).not.toBeNull();
    expect(addon.sidebarState().onOrders).toBe(true);

    // The menu (no argument) does as the sidebar last did; unticking is kept too.
    const again = FakeSpreadsheet.withSheet("Commandes", rows);
    const menuRun = loadAddon(code, again, { locale: "fr_FR", properties }).addon.scoreActiveSheet();
    expect(menuRun.ok, menuRun.message).toBe(true);
    expect(again.getSheetByName("Commandes")!.getLastColumn()).toBe(orders.getLastColumn());
    addon.scoreActiveSheet(true, false);
    expect(addon.sidebarState().onOrders).toBe(false);
    const plain = FakeSpreadsheet.withSheet("Commandes", rows);
    loadAddon(code, plain, { locale: "fr_FR", properties }).addon.scoreActiveSheet(true);
    expect(plain.getSheetByName("Commandes")!.getLastColumn()).toBe(width);
  }, 90_000);
});

describe("Google Sheets custom functions", () => {
  /** Each function's answer, or its error message: Sheets and Excel must agree on both. */
  function outcome(call: () => unknown): unknown {
    try {
      return JSON.parse(JSON.stringify(call()));
    } catch (error) {
      return { error: (error as Error).message };
    }
  }

  it("give the same results and errors as Excel's CRM. functions", async () => {
    const crm = await import("../../../src/functions/functions");
    const { addon } = load(FakeSpreadsheet.withSheet("Clients", [["Nom"]]));
    const call = (name: string, ...args: unknown[]) => (addon[name] as (...a: unknown[]) => unknown)(...args);
    const phones = ["06 12 34 56 78", "+33 (0)4 34 68 16 80", "0596 12 34 56", "12", "", "0612"];
    for (const text of phones)
      expect(
        outcome(() => call("PHONE", text)),
        text,
      ).toEqual(outcome(() => crm.phone(text)));
    expect(outcome(() => call("PHONE", "06 12 34 56 78", "FR", "international"))).toEqual(outcome(() => crm.phone("06 12 34 56 78", "FR", "international")));
    for (const text of ["amoreau@@gmail.com", "marie@gmial.com", " Jean.Dupont@Orange.fr ", "pas une adresse"]) {
      expect(
        outcome(() => call("EMAILCHECK", text)),
        text,
      ).toEqual(outcome(() => crm.email(text)));
    }
    for (const text of ["83482294200019", "834 822 942", "83482294200018", "abc"])
      expect(
        outcome(() => call("SIRETCHECK", text)),
        text,
      ).toEqual(outcome(() => crm.siret(text)));
    for (const text of ["3 rue Neuve 01000 Bourg-en-Bresse", "CS 70001, 92038 PARIS LA DEFENSE CEDEX"]) {
      expect(outcome(() => call("SPLITADDRESS", text))).toEqual(outcome(() => crm.splitAddress(text)));
      expect(outcome(() => call("RNVP", text, "Jean Dupont"))).toEqual(outcome(() => crm.rnvp(text, "Jean Dupont")));
    }
    expect(call("SIMILARITY", "Lebon Coiffure", "Le Bon Coiffure")).toBe(crm.similarity("Lebon Coiffure", "Le Bon Coiffure"));
    expect(outcome(() => call("RFMSEGMENT", 5, 5))).toEqual(outcome(() => crm.segment(5, 5)));
    expect(outcome(() => call("RFMSEGMENT", 7, 5))).toEqual(outcome(() => crm.segment(7, 5)));
  });

  it("answer for every cell of a range, and read Sheets' dates as the sheet shows them", async () => {
    const crm = await import("../../../src/functions/functions");
    const { addon } = load(FakeSpreadsheet.withSheet("Clients", [["Nom"]]));
    const call = (name: string, ...args: unknown[]) => (addon[name] as (...a: unknown[]) => unknown)(...args);
    expect(call("PHONE", [["06 12 34 56 78"], [""], ["07 51 93 49 22"]])).toEqual([["+33612345678"], [""], ["+33751934922"]]);
    const dates = [[new Date(2024, 0, 31)], [new Date(2023, 5, 1)], [new Date(2022, 11, 24)], [new Date(2024, 2, 3)], [new Date(2021, 1, 2)]];
    const serials = dates.map(([d]) => [
      crm.date(`${d!.getFullYear()}-${String(d!.getMonth() + 1).padStart(2, "0")}-${String(d!.getDate()).padStart(2, "0")}`),
    ]);
    const freqs = [[12], [3], [1], [8], [2]];
    const amounts = [[900], [120], [40], [560], [75]];
    expect(call("RFM", dates[0]![0], 12, 900, dates, freqs, amounts)).toBe(crm.rfm(serials[0]![0]!, 12, 900, serials, freqs, amounts));
  });
});

describe("Google Sheets host rollback", () => {
  it("a failure between two column insertions removes the columns already inserted", async () => {
    const book = FakeSpreadsheet.withSheet("Clients", await sampleRows("clients-demo.xlsx"));
    const original = grid(book.getSheetByName("Clients")!);
    const columns = (sheet: FakeSheet) => Math.max(...sheet.cells.map((row) => row.length));
    const width = columns(book.getSheetByName("Clients")!);
    let insertions = 0;
    book.failOn = (call) => call === "insertColumnsAfter" && ++insertions === 3;
    const outcome = load(book).addon.structureActiveSheet(true);
    book.failOn = undefined;
    expect(outcome.ok).toBe(false);
    expect(differences(grid(book.getSheetByName("Clients")!), original)).toEqual([]);
    // Not even blank columns are left behind: the sheet has as many columns as before.
    expect(columns(book.getSheetByName("Clients")!)).toBe(width);
  }, 60_000);
});

describe("Google Sheets reruns", () => {
  it("a cell the user fixed since the last run loses that run's fill and note, even after a column was inserted; the user's own note stays", () => {
    const book = FakeSpreadsheet.withSheet("Clients", [
      ["Nom", "E-mail", "Ville"],
      ["Ana Martin", "ana.martin@gmial.com", "Lyon"],
      ["Bruno Petit", "bruno.petit@gmail.com", "Paris"],
    ]);
    const sheet = book.getSheetByName("Clients")!;
    const { addon } = load(book);
    addon.structureActiveSheet(true);
    // Tria's columns went in after "Nom": the e-mail column moved right.
    const email = sheet.cells[0]!.findIndex((cell) => cell.value === "E-mail") + 1;
    const typo = `#${FLAG_STYLES.typo.fill!.toLowerCase()}`;
    expect(sheet.cell(2, email).background).toBe(typo);
    expect(sheet.cell(2, email).note).toContain("gmail.com");
    // The user fixes the address and adds a note of their own, then runs Tria again.
    sheet.cell(2, email).value = "ana.martin@gmail.com";
    sheet.cell(2, email).note = `Vérifié au téléphone\n${sheet.cell(2, email).note}`;
    // …and inserts a column of their own in front: every painted column moves right.
    sheet.insertColumnsAfter(0, 1);
    sheet.cell(1, 1).value = "Réf";
    sheet.cell(2, 1).background = "#00ff00";
    const firstRun = grid(sheet);
    addon.structureActiveSheet(true);
    expect(sheet.cell(2, email + 1).background).not.toBe(typo);
    expect(sheet.cell(2, email + 1).note).toBe("Vérifié au téléphone");
    // The user's new column is left as they made it.
    expect(sheet.cell(2, 1)).toMatchObject({ background: "#00ff00", note: "" });
    // Undo goes back to the sheet as the user left it before the second run.
    addon.undoLastRun(true);
    expect(differences(grid(sheet), firstRun)).toEqual([]);
  }, 60_000);
});
