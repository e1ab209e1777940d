/**
 * The Google Sheets add-on's entry point, bundled by `npm run build` into dist/sheets/Code.js as
 * the global `TriaSheets`; dist/sheets/globals.js (from src/sheets/globals.js) declares the global
 * functions Apps Script calls (onOpen, menu items, custom functions) and forwards to it. Apps
 * Script runs one function to completion with no event loop to wait on, so the jobs run here
 * synchronously: read the sheet once, compute the Plan with the app's job, apply it in blocks.
 */
import { langFromLocale, type Lang } from "../engine/i18n/lang";
import { tableFromSheet } from "../engine/table/tableFromSheet";
import { TriaError } from "../engine/errors";
import { isLocalized } from "../engine/localizedError";
import type { Report } from "../engine/report";
import { structurePlan } from "../app/runStructure";
import { scorePlan } from "../app/runScore";
import { beginApply, continueApply, type SheetsRunState } from "../hosts/sheets/applyPlanInSheets";
import { readSheetBeforeRun, readSheetValues } from "../hosts/sheets/readSheetValues";
import { hasUndo, SNAPSHOT_SHEET, undoLastRun as undoInSheets } from "../hosts/sheets/sheetsUndo";
import type { SheetsBorderStyles, SheetsSheet, SheetsSpreadsheet } from "../hosts/sheets/sheetsApi";
import {
  abandonRun,
  dropCheckpoint,
  loadCheckpoint,
  ON_ORDERS_KEY,
  saveCheckpoint,
  type SheetsJob,
  type SheetsProperties,
} from "../hosts/sheets/sheetsCheckpoint";
import { SheetsHostError } from "../hosts/sheets/sheetsHostError";
import { sheetsMessage } from "./sheetsMessages";
import { legendEntries, type LegendEntry } from "./legendEntries";

export * from "./customFunctions";
export * from "./modelFunctions";

/** The Apps Script services this file uses, as globals (declared, not imported: Apps Script has no modules). */
interface AppsScriptGlobals {
  SpreadsheetApp: {
    getActiveSpreadsheet(): SheetsSpreadsheet;
    getUi(): AppsScriptUi;
    BorderStyle: SheetsBorderStyles;
  };
  HtmlService: { createHtmlOutputFromFile(name: string): { setTitle(title: string): unknown } };
  Session: { getActiveUserLocale(): string };
  PropertiesService?: { getDocumentProperties(): SheetsProperties | null };
}

/**
 * Apps Script stops a run at six minutes (consumer accounts): Tria stops itself between two steps
 * after four and a half, leaving time for the step under way and for saving where it stands.
 */
export const TIME_BUDGET_MS = 270_000;

interface AppsScriptUi {
  createAddonMenu(): AppsScriptMenu;
  alert(message: string): unknown;
  showSidebar(output: unknown): void;
}

interface AppsScriptMenu {
  addItem(caption: string, functionName: string): AppsScriptMenu;
  addSeparator(): AppsScriptMenu;
  addToUi(): void;
}

function apps(): AppsScriptGlobals {
  return globalThis as unknown as AppsScriptGlobals;
}

/** The user's language: their Google account's locale, French first. */
export function userLang(): Lang {
  return langFromLocale(apps().Session.getActiveUserLocale());
}

/** The "Tria" menu under Extensions (Add-ons), in the user's language. */
export function onOpen(): void {
  const lang = userLang();
  apps()
    .SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(sheetsMessage(lang, "menuStructure"), "structureActiveSheet")
    .addItem(sheetsMessage(lang, "menuScore"), "scoreActiveSheet")
    .addItem(sheetsMessage(lang, "menuUndo"), "undoLastRun")
    .addSeparator()
    .addItem(sheetsMessage(lang, "menuSidebar"), "showSidebar")
    .addToUi();
}

export interface JobOutcome {
  readonly ok: boolean;
  readonly message: string;
  /** false when the run stopped before Apps Script's time limit: call the same job again to carry on. */
  readonly done?: boolean;
  /** How far a run that is not done got, 0 to 100. */
  readonly percent?: number;
  /** The report's counts (the whole report can be megabytes: too much for google.script.run). */
  readonly counts?: Report["counts"];
}

/** Structure the active sheet: a menu item (alert) or the sidebar (quiet: it shows the message). */
export function structureActiveSheet(quiet?: boolean): JobOutcome {
  return runJob("structure", quiet === true);
}

/**
 * Score the active sheet (customer rows or an orders list). On an orders list the scores go to a
 * « Clients notés » sheet; onOrders (the sidebar's box) also copies them onto every order row. The
 * choice is kept in the document, so a menu run (no argument) does as the sidebar last did.
 */
export function scoreActiveSheet(quiet?: boolean, onOrders?: boolean): JobOutcome {
  const properties = documentProperties();
  if (typeof onOrders === "boolean") properties?.setProperty(ON_ORDERS_KEY, String(onOrders));
  return runJob("score", quiet === true, onOrders ?? scoresOnOrders(properties));
}

function scoresOnOrders(properties: SheetsProperties | null): boolean {
  return properties?.getProperty(ON_ORDERS_KEY) === "true";
}

/** Undo the last run (menu item and sidebar button); a run cut by the time limit is undone too. */
export function undoLastRun(quiet?: boolean): JobOutcome {
  const lang = userLang();
  const spreadsheet = apps().SpreadsheetApp.getActiveSpreadsheet();
  const properties = documentProperties();
  const pending = loadCheckpoint(properties);
  if (pending) abandonRun(spreadsheet, properties, pending);
  const done = pending !== null || undoInSheets(spreadsheet);
  return notify({ ok: done, message: sheetsMessage(lang, done ? "undone" : "nothingToUndo") }, quiet === true);
}

/** What the sidebar shows before any run: the language, the legend, and whether undo is offered. */
export function sidebarState(): { lang: Lang; legend: LegendEntry[]; canUndo: boolean; pending: string | null; onOrders: boolean } {
  const lang = userLang();
  const properties = documentProperties();
  const pending = loadCheckpoint(properties);
  const percent = pending ? Math.floor((100 * pending.state.next) / Math.max(1, pending.state.total)) : 0;
  const menu = pending ? sheetsMessage(lang, pending.job === "structure" ? "menuStructure" : "menuScore") : "";
  return {
    lang,
    legend: legendEntries(lang),
    canUndo: pending !== null || hasUndo(apps().SpreadsheetApp.getActiveSpreadsheet()),
    // A run cut short (the sidebar was closed before it finished): said, so the user can carry on or undo.
    pending: pending ? sheetsMessage(lang, "paused", { percent, menu }) : null,
    onOrders: scoresOnOrders(properties),
  };
}

export function showSidebar(): void {
  const output = apps().HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(sheetsMessage(userLang(), "sidebarTitle"));
  apps().SpreadsheetApp.getUi().showSidebar(output);
}

/**
 * Run a job and say how it went. The sidebar calls with quiet = true and shows the message itself;
 * a menu item gets an alert. A failure never escapes as a raw stack: the host already put the sheet
 * back. Near Apps Script's six minutes the job stops between two steps and says how far it got;
 * the next call of the same job on the same sheet carries on (sheetsCheckpoint.ts).
 */
function runJob(job: SheetsJob, quiet: boolean, onOrders = false): JobOutcome {
  const started = Date.now();
  const outOfTime = () => Date.now() - started > TIME_BUDGET_MS;
  let lang = userLang();
  const properties = documentProperties();
  try {
    const spreadsheet = apps().SpreadsheetApp.getActiveSpreadsheet();
    let pending = loadCheckpoint(properties);
    if (pending && (pending.job !== job || pending.state.sheet !== spreadsheet.getActiveSheet().getName())) {
      // Another job or sheet was asked for: the interrupted run is given up, the sheet put back.
      abandonRun(spreadsheet, properties, pending);
      pending = null;
    }
    if (pending) lang = pending.lang;
    // A run carried on keeps its first execution's choice: the Plan must be the same one.
    const scoreOnOrders = pending ? pending.onOrders === true : onOrders;
    const raw = pending ? readSheetBeforeRun(snapshotOf(spreadsheet), pending.state.sheet, pending.state.own) : readSheetValues(spreadsheet.getActiveSheet());
    const table = tableFromSheet(raw, { lang });
    const { plan, report } = job === "structure" ? structurePlan(table, { lang }) : scorePlan(table, { lang, onOrders: scoreOnOrders });
    const state = pending?.state ?? beginApply(spreadsheet, plan);
    const save = (current: SheetsRunState) =>
      saveCheckpoint(properties, { version: 1, job, lang, state: current, ...(scoreOnOrders ? { onOrders: true } : {}) });
    if (!pending) save(state);
    const done = continueApply(spreadsheet, plan, lang, apps().SpreadsheetApp.BorderStyle, state, { outOfTime, saved: save });
    if (!done) {
      const percent = Math.floor((100 * state.next) / Math.max(1, state.total));
      const menu = sheetsMessage(lang, job === "structure" ? "menuStructure" : "menuScore");
      return { ...notify({ ok: true, message: sheetsMessage(lang, quiet ? "continuing" : "paused", { percent, menu }) }, quiet), done: false, percent };
    }
    dropCheckpoint(properties);
    return { ...notify({ ok: true, message: doneMessage(job, lang, report) }, quiet), counts: report.counts };
  } catch (error) {
    dropCheckpoint(properties);
    const reason = isLocalized(error) ? error.messageIn(lang) : error instanceof Error ? error.message : String(error);
    const message = isLocalized(error) ? reason : sheetsMessage(lang, "failed", { reason });
    return notify({ ok: false, message }, quiet);
  }
}

function doneMessage(job: SheetsJob, lang: Lang, report: Report): string {
  if (job === "structure") {
    const flagged = new Set(report.flags.map((f) => `${f.row}:${f.column}`)).size;
    return sheetsMessage(lang, "structured", {
      rows: sheetsMessage(lang, "rows", { count: report.counts.rows }),
      flags: sheetsMessage(lang, "flags", { count: flagged }),
      groups: sheetsMessage(lang, "groups", { count: report.duplicates.length }),
    });
  }
  const scored = report.scores.filter((s) => s.code !== null).length;
  const skipped = report.counts.rows - scored;
  const rest = skipped > 0 ? sheetsMessage(lang, "skipped", { count: skipped }) : "";
  return sheetsMessage(lang, "scored", { scored, rows: report.counts.rows, skipped: rest });
}

function snapshotOf(spreadsheet: SheetsSpreadsheet): SheetsSheet {
  const copy = spreadsheet.getSheetByName(SNAPSHOT_SHEET);
  if (!copy) throw new SheetsHostError("runLost", { copy: SNAPSHOT_SHEET });
  return copy;
}

/** The document's own store; null outside a document (Apps Script returns null there). */
function documentProperties(): SheetsProperties | null {
  return apps().PropertiesService?.getDocumentProperties() ?? null;
}

function notify(outcome: JobOutcome, quiet: boolean): JobOutcome {
  if (!quiet) {
    try {
      apps().SpreadsheetApp.getUi().alert(outcome.message);
    } catch {
      // No UI in a time-driven or API execution: the returned outcome says it all.
    }
  }
  return { ok: outcome.ok, message: outcome.message };
}

export { TriaError };
