import type { RawSheet } from "../engine/table/table";
import type { JobName } from "../engine/jobName";
import type { Phase } from "../engine/progress";
import type { JobOutcome } from "./jobOutcome";
import type { Lang } from "../engine/i18n/lang";
import type { ColumnRole } from "../engine/table/columnRole";
import type { TimeUnit } from "../engine/predict/predictOptions";
import type { StructureOperation, RequiredField } from "../engine/structure/structureOptions";
import type { SegmentRequest } from "../engine/segments/segmentTable";
import type { PointsGrid } from "../engine/scoring/behaviourPoints";
import type { DataKindChoices } from "../engine/table/dataKindChoices";

/**
 * The messages between the UI thread and the engine worker. Everything here must survive
 * structuredClone (HTML spec "structured serialize"): plain data, Dates and Maps, never a
 * function, an AbortSignal or a class instance — so progress listeners and signals stay on the
 * UI side and errors travel as their messages in both languages.
 */
/**
 * The jobs a worker runs: every JobName (the panes send segments' conditions as text), and
 * `merge`: in the panes `dedupe` lists the groups for review and writes nothing, `merge`
 * writes the groups the user accepted (JobOptions.acceptedGroups).
 */
export type JobKind = JobName | "merge";

/** Jobs that only read: their Plan is never applied in the panes. */
export const READ_ONLY_JOBS: ReadonlySet<JobKind> = new Set<JobKind>(["inspect", "dedupe"]);

/** The options of every job, as plain data (the app's options minus listeners and signals). */
export interface JobOptions {
  readonly lang: Lang;
  readonly headerRow?: number;
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
  /** The user's roles by header text (the taskpane's choices), matched to this sheet's columns. */
  readonly rolesByHeader?: Readonly<Record<string, ColumnRole>>;
  readonly operations?: readonly StructureOperation[];
  readonly volatileRoles?: readonly ColumnRole[];
  readonly requiredFields?: readonly RequiredField[];
  readonly defaultCountry?: string;
  readonly classes?: number;
  readonly referenceDate?: Date;
  /** Score on an orders list: also copy the scores onto every order row (ScoreOptions.onOrders). */
  readonly onOrders?: boolean;
  /** Predict (PredictOptions): calibration end, horizon and unit, money figures. */
  readonly calibrationEnd?: Date;
  readonly horizon?: number;
  readonly unit?: TimeUnit;
  readonly discount?: number;
  readonly margin?: number;
  readonly costPerContact?: number;
  /** Merge: the groups the user accepted, each as its sheet rows. */
  readonly acceptedGroups?: readonly (readonly number[])[];
  /** Comply, calls: the day retention periods and staleness are counted to (default: now). */
  readonly today?: Date;
  /** Comply: also write a NEW sheet without the expired rows (never deletes in place). */
  readonly purge?: boolean;
  /** The user's data kinds by column name (the Columns tab's choices). */
  readonly dataKinds?: DataKindChoices;
  /** Score: the behavioural points / C/R/M grid edited in the pane. */
  readonly points?: PointsGrid;
  /** Segment: the segments to write, and whether to copy each to a sheet of its own. */
  readonly segments?: readonly SegmentRequest[];
  readonly copySegments?: boolean;
  /**
   * Segment copies: trap records at the user's own addresses, read from a sheet of theirs
   * (`sheet`); runJob reads that sheet on the UI thread and sends its cells as `ownedSheet`.
   */
  readonly traps?: TrapChoice;
  /** Campaign follow-up: the cost of one piece sent, when the table has no cost column. */
  readonly unitCost?: number;
  /** Calls: how many customers to list (default 50), and months without news before details are confirmed (default 12). */
  readonly top?: number;
  readonly staleMonths?: number;
}

/** How many trap records to plant, from which sheet of owned addresses; `seed` draws them the same way every time. */
export interface TrapChoice {
  readonly count: number;
  readonly sheet: string;
  readonly seed?: number;
  readonly ownedSheet?: RawSheet;
}

export interface JobRequest {
  readonly id: number;
  readonly job: JobKind;
  readonly sheet: RawSheet;
  readonly options: JobOptions;
}

/** Part of a long array of a request or a result (messagePieces.ts), sent before it: each is cloned in a short task. */
export interface JobPiece {
  readonly id: number;
  readonly type: "piece";
  readonly slot: number;
  readonly items: unknown[];
}

/** The runner's answer is the app's one job outcome: the Plan and its report. */
export type JobResult = JobOutcome;

/** An error as the user should read it, in each language; `code` for tests and logs. */
export interface SerializedError {
  readonly code: string;
  readonly messages: Readonly<Record<Lang, string>>;
  /** True when the message says what to do (a TriaError); false for a bug's raw message. */
  readonly actionable: boolean;
}

export type JobMessage =
  | { readonly id: number; readonly type: "progress"; readonly phase: Phase; readonly done: number; readonly total: number }
  | JobPiece
  | { readonly id: number; readonly type: "done"; readonly result: JobResult }
  | { readonly id: number; readonly type: "error"; readonly error: SerializedError };
