import type { RawSheet } from "../engine/table/table";
import type { Plan } from "../engine/plan";
import type { Lang } from "../engine/i18n/lang";
import type { ProgressListener } from "../engine/progress";

/**
 * What the app needs from wherever the customer file lives: Excel through Office.js, an
 * .xlsx/.csv file (CLI and stand-alone web page), later Google Sheets. A host knows batching,
 * payload limits, colours and backups; it knows nothing about addresses or RFM.
 */
export interface Host {
  /** Sheet names, in workbook order. */
  listSheets(): Promise<string[]>;
  /** One sheet as raw cells; without a name, the active sheet or the first non-empty one. */
  readSheet(name?: string, onProgress?: ProgressListener): Promise<RawSheet>;
  /** Apply a Plan; on failure nothing is left half-written. */
  apply(plan: Plan, options: ApplyOptions): Promise<void>;
}

export interface ApplyOptions {
  readonly lang: Lang;
  readonly onProgress?: ProgressListener;
  readonly signal?: AbortSignal;
}

export type { ProgressListener } from "../engine/progress";
