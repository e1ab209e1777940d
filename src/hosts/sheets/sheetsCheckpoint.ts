import type { Lang } from "../../engine/i18n/lang";
import type { SheetsRunState } from "./applyPlanInSheets";
import type { SheetsSpreadsheet } from "./sheetsApi";
import { dropSnapshot, restore, SNAPSHOT_SHEET } from "./sheetsUndo";

/*
 * A run cut by Apps Script's six-minute limit carries on in the next execution. Apps Script kills
 * a script at the limit without warning, so Tria stops itself between two steps well before it,
 * and leaves where it stands in the document's properties (PropertiesService, no extra scope:
 * the add-on keeps its two narrow ones). The sidebar calls the job again until it is done; a menu
 * run says to choose it again. A time-driven trigger would need the script.scriptapp scope, and an
 * add-on's may run at most once an hour: not a way to finish a run the user is waiting for.
 */
export const CHECKPOINT_KEY = "tria.run";

/** The document's choice for Score on an orders list (the sidebar's box; a menu run follows it). */
export const ON_ORDERS_KEY = "tria.scoresOnOrders";

/** PropertiesService.getDocumentProperties(): string values up to 9 KB each. */
export interface SheetsProperties {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): unknown;
  deleteProperty(key: string): unknown;
}

export type SheetsJob = "structure" | "score";

export interface Checkpoint {
  readonly version: 1;
  readonly job: SheetsJob;
  /** The language of the run's first execution: added headers must not change language half-way. */
  readonly lang: Lang;
  readonly state: SheetsRunState;
  /** Score on an orders list: the scores go onto every order row too (kept for the run's next executions). */
  readonly onOrders?: boolean;
}

export function loadCheckpoint(properties: SheetsProperties | null): Checkpoint | null {
  const text = properties?.getProperty(CHECKPOINT_KEY);
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Checkpoint;
    return parsed.version === 1 && parsed.state && Array.isArray(parsed.state.own) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveCheckpoint(properties: SheetsProperties | null, checkpoint: Checkpoint): void {
  properties?.setProperty(CHECKPOINT_KEY, JSON.stringify(checkpoint));
}

export function dropCheckpoint(properties: SheetsProperties | null): void {
  properties?.deleteProperty(CHECKPOINT_KEY);
}

/**
 * Give up an interrupted run: the sheet goes back to how it was before it began (its hidden
 * copy), and its checkpoint goes. Used by undo, and when another job or sheet is asked for.
 */
export function abandonRun(spreadsheet: SheetsSpreadsheet, properties: SheetsProperties | null, checkpoint: Checkpoint): void {
  const snapshot = spreadsheet.getSheetByName(SNAPSHOT_SHEET);
  if (snapshot) restore(spreadsheet, snapshot, checkpoint.state.record);
  dropSnapshot(spreadsheet);
  dropCheckpoint(properties);
}
