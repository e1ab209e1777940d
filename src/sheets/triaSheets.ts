/**
 * The Google Sheets add-on's entry point, bundled by `npm run build` into dist/sheets/Code.js as
 * the global `TriaSheets`; dist/sheets/globals.js (from src/sheets/globals.js) declares the global
 * functions Apps Script calls (onOpen, menu items, custom functions) and forwards to it. Apps
 * Script runs one function to completion with no event loop to wait on, so the jobs run here
 * synchronously: read the sheet once, compute the Plan with the app's job, apply it in blocks.
 */
import { langFromLocale, type Lang } from "../engine/i18n/lang";
import { tableFromSheet } from "../engine/table/tableFromSheet";
import { TriaError, isTriaError } from "../engine/errors";
import type { Report } from "../engine/report";
import { structurePlan } from "../app/runStructure";
import { scorePlan } from "../app/runScore";
import { applyPlanInSheets } from "../hosts/sheets/applyPlanInSheets";
import { readSheetValues } from "../hosts/sheets/readSheetValues";
import { hasUndo, undoLastRun as undoInSheets } from "../hosts/sheets/sheetsUndo";
import type { SheetsBorderStyles, SheetsSpreadsheet } from "../hosts/sheets/sheetsApi";
import { sheetsMessage } from "./sheetsMessages";
import { legendEntries, type LegendEntry } from "./legendEntries";

export * from "./customFunctions";

/** The Apps Script services this file uses, as globals (declared, not imported: Apps Script has no modules). */
interface AppsScriptGlobals {
  SpreadsheetApp: {
    getActiveSpreadsheet(): SheetsSpreadsheet;
    getUi(): AppsScriptUi;
    BorderStyle: SheetsBorderStyles;
  };
  HtmlService: { createHtmlOutputFromFile(name: string): { setTitle(title: string): unknown } };
  Session: { getActiveUserLocale(): string };
}

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
  /** The report's counts (the whole report can be megabytes: too much for google.script.run). */
  readonly counts?: Report["counts"];
}

/** Structure the active sheet: a menu item (alert) or the sidebar (quiet: it shows the message). */
export function structureActiveSheet(quiet?: boolean): JobOutcome {
  return runJob(quiet === true, (spreadsheet, lang) => {
    const table = tableFromSheet(readSheetValues(spreadsheet.getActiveSheet()), { lang });
    const { plan, report } = structurePlan(table, { lang });
    applyPlanInSheets(spreadsheet, plan, lang, apps().SpreadsheetApp.BorderStyle);
    const flagged = new Set(report.flags.map((f) => `${f.row}:${f.column}`)).size;
    return { report, message: sheetsMessage(lang, "structured", { rows: report.counts.rows, flags: flagged, groups: report.duplicates.length }) };
  });
}

/** Score the active sheet (customer rows or an orders list). */
export function scoreActiveSheet(quiet?: boolean): JobOutcome {
  return runJob(quiet === true, (spreadsheet, lang) => {
    const table = tableFromSheet(readSheetValues(spreadsheet.getActiveSheet()), { lang });
    const { plan, report } = scorePlan(table, { lang });
    applyPlanInSheets(spreadsheet, plan, lang, apps().SpreadsheetApp.BorderStyle);
    const scored = report.scores.filter((s) => s.code !== null).length;
    const skipped = report.counts.rows - scored;
    const rest = skipped > 0 ? sheetsMessage(lang, "skipped", { count: skipped }) : "";
    return { report, message: sheetsMessage(lang, "scored", { scored, rows: report.counts.rows, skipped: rest }) };
  });
}

/** Undo the last run (menu item and sidebar button). */
export function undoLastRun(quiet?: boolean): JobOutcome {
  const lang = userLang();
  const done = undoInSheets(apps().SpreadsheetApp.getActiveSpreadsheet());
  return notify({ ok: done, message: sheetsMessage(lang, done ? "undone" : "nothingToUndo") }, quiet === true);
}

/** What the sidebar shows before any run: the language, the legend, and whether undo is offered. */
export function sidebarState(): { lang: Lang; legend: LegendEntry[]; canUndo: boolean } {
  const lang = userLang();
  return { lang, legend: legendEntries(lang), canUndo: hasUndo(apps().SpreadsheetApp.getActiveSpreadsheet()) };
}

export function showSidebar(): void {
  const output = apps().HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(sheetsMessage(userLang(), "sidebarTitle"));
  apps().SpreadsheetApp.getUi().showSidebar(output);
}

/**
 * Run a job and say how it went. The sidebar calls with quiet = true and shows the message itself;
 * a menu item gets an alert. A failure never escapes as a raw stack: the host already put the sheet back.
 */
function runJob(quiet: boolean, job: (spreadsheet: SheetsSpreadsheet, lang: Lang) => { report: Report; message: string }): JobOutcome {
  const lang = userLang();
  try {
    const { report, message } = job(apps().SpreadsheetApp.getActiveSpreadsheet(), lang);
    return { ...notify({ ok: true, message }, quiet), counts: report.counts };
  } catch (error) {
    const reason = isTriaError(error) ? error.messageIn(lang) : error instanceof Error ? error.message : String(error);
    const message = isTriaError(error) ? reason : sheetsMessage(lang, "failed", { reason });
    return notify({ ok: false, message }, quiet);
  }
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
