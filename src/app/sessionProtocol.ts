import type { JobKind, JobOptions, JobResult, SerializedError } from "./jobProtocol";
import type { Lang } from "../engine/i18n/lang";
import type { Plan } from "../engine/plan";
import type { Progress } from "../engine/progress";
import type { ReportFlag } from "../engine/report";
import type { CellEdit } from "../hosts/cellEdit";
import type { ResultGrid } from "../hosts/resultGrid";
import type { SessionSnapshot } from "../hosts/sessionSnapshot";

/**
 * The messages between the web page and its session worker, which holds the user's file:
 * reading it, every job, applying and writing the workbook all happen there, so the page's
 * thread only draws. Plain data only (structured clone); bytes travel transferred.
 */
export interface SessionCalls {
  /** Take the session up from a snapshot (the first message of every worker). */
  restore: { args: { snapshot: SessionSnapshot }; answer: null };
  /** The result without the Plan's cells (pageResult.ts): the worker keeps them. */
  run: { args: { job: JobKind; options: JobOptions }; answer: JobResult };
  applyPlan: { args: { plan: Plan; lang: Lang }; answer: null };
  /** Suggestions of the last Structure put in, from the Plan the worker kept (one step for Undo). */
  applySuggestions: { args: { flags: readonly ReportFlag[]; lang: Lang }; answer: null };
  writeCells: { args: { sheet: string; edits: readonly CellEdit[] }; answer: null };
  undo: { args: Record<string, never>; answer: null };
  listSheets: { args: Record<string, never>; answer: string[] };
  preview: { args: { sheet: string; headerRow: number; rows: number; lang: Lang }; answer: ResultGrid | null };
  /** A Blob made in the worker: the page hands it to the browser without copying its bytes. */
  download: { args: Record<string, never>; answer: Blob };
}

export type SessionCall = keyof SessionCalls;

export type SessionRequest = { [K in SessionCall]: { readonly id: number; readonly call: K } & SessionCalls[K]["args"] }[SessionCall];

/** What changed in the session after a call that changed it: the page keeps it to restore a worker. */
export type SessionChange = Omit<SessionSnapshot, "file">;

export type SessionReply =
  | { readonly id: number; readonly type: "progress"; readonly progress: Progress }
  /** Part of a long array of the answer (messagePieces.ts): the page reads each in a short task. */
  | { readonly id: number; readonly type: "piece"; readonly slot: number; readonly items: unknown[] }
  | { readonly id: number; readonly type: "done"; readonly answer: unknown; readonly change: SessionChange | null }
  | { readonly id: number; readonly type: "error"; readonly error: SerializedError };
