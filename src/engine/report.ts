import type { ColumnRole } from "./table/columnRole";
import type { DataKind } from "./table/dataKind";
import type { FlagKind } from "./legend";
import type { JobName } from "./jobName";
import type { SensitiveCategory } from "./privacy/sensitiveCategories";
import type { RetentionRule } from "./privacy/retention";
import type { ReportPredictions } from "./predict/predictionsReport";
import type { ReportCampaign } from "./method/campaignReport";
import type { ReportCalls } from "./method/callReport";

/**
 * The JSON report of DESIGN.md §5: stable English keys, the sheet's own 1-based row numbers.
 * Tests and other tools read it; README documents it. Bump REPORT_VERSION on any breaking change.
 */
export const REPORT_VERSION = 1;

export interface ReportColumn {
  readonly index: number;
  readonly header: string;
  readonly role: ColumnRole;
  readonly confidence: number;
  /** Descriptive, action, reaction or other (DESIGN.md §2): from the role unless the user chose. */
  readonly dataKind: DataKind;
  /** Share of data rows with a value, 0..1. */
  readonly fillRate?: number;
  readonly examples?: readonly string[];
}

export interface ReportFlag {
  readonly row: number;
  /** The column's header (headers can repeat: two "Tél." columns; columnIndex tells them apart). */
  readonly column: string;
  /** 0-based position of the source column in the sheet as read (columns[].index); absent on Tria's own columns. */
  readonly columnIndex?: number;
  readonly kind: FlagKind;
  readonly message: string;
  readonly suggestion?: string;
  /** Header of Tria's column the suggestion goes in ("Code postal") when it fixes one part of the cell. */
  readonly suggestionColumn?: string;
}

/** A flag on every data row of a column (volatile information). */
export interface ReportColumnFlag {
  readonly column: string;
  readonly kind: FlagKind;
  readonly message: string;
  /** How many data rows it covers. */
  readonly rows: number;
}

export interface AddressParts {
  readonly number: string;
  readonly street: string;
  readonly complement: string;
  readonly postalCode: string;
  readonly city: string;
  readonly cedex: string;
  readonly country: string;
}

export interface ReportSplit {
  readonly row: number;
  readonly column: string;
  readonly parts: Readonly<Record<string, string>>;
}

export interface ReportDuplicate {
  readonly rows: readonly number[];
  readonly survivor: number;
  readonly score: number;
  readonly matchedOn: readonly string[];
  /** Why, link by link: each field's match weight in bits (a waterfall, from the prior to the score). */
  readonly links?: readonly ReportDuplicateLink[];
}

export interface ReportDuplicateLink {
  readonly row: number;
  readonly partner: number;
  readonly probability: number;
  readonly priorBits: number;
  readonly weights: readonly { readonly field: string; readonly level: string; readonly bits: number }[];
}

/** The Fellegi-Sunter model the duplicate finder learnt from the file: m and u per field and level. */
export interface ReportDuplicateModel {
  readonly lambda: number;
  readonly priorBits: number;
  readonly fields: readonly {
    readonly field: string;
    readonly levels: readonly { readonly level: string; readonly m: number; readonly u: number; readonly bits: number }[];
  }[];
}

/** Rows graded hot, warm and cold by the points grid (`tria score --grid`, the Score tab's grid). */
export interface ReportHeat {
  readonly hot: number;
  readonly warm: number;
  readonly cold: number;
}

export interface ReportScore {
  readonly row?: number;
  readonly customer?: string;
  readonly recency: number | null;
  readonly frequency: number | null;
  readonly monetary: number | null;
  readonly r: number | null;
  readonly f: number | null;
  readonly m: number | null;
  readonly code: string | null;
  readonly score: number | null;
  readonly segment: string | null;
  readonly group: string | null;
}

/** `tria comply`: what GDPR and the CNIL's rules find in the file (DESIGN.md §5). */
export interface ReportPrivacy {
  /** The day retention was counted to, yyyy-mm-dd. */
  readonly today: string;
  /** Columns holding sensitive data, by category, with how many cells. */
  readonly sensitive: readonly { readonly column: string; readonly category: SensitiveCategory; readonly rows: number }[];
  /** Rows past the CNIL's 3 years, with the rule and the last purchase or contact (yyyy-mm-dd). */
  readonly expired: readonly { readonly row: number; readonly rule: RetentionRule; readonly lastActivity: string; readonly customer?: string }[];
  /**
   * Orders lists only: how many customers are past 3 years. There the rule holds per customer
   * (their last order or contact), each of their rows listed in `expired` with `customer`.
   */
  readonly expiredCustomers?: number;
  /** Private customers (no company, no SIRET) with an e-mail and no "yes" for e-mail prospecting. */
  readonly noConsent: readonly number[];
  /** The consent column's header, or null when the file has none. */
  readonly consentColumn: string | null;
  /** Rows without any date to count retention from. */
  readonly undated: number;
}

/** `tria segment`: the segment written and how many rows it holds. */
export interface ReportSegment {
  readonly name: string;
  readonly where: string;
  readonly count: number;
}

/** Each segment of a `tria segment` run, with its rows (the sheet's row numbers). */
export interface ReportSegmentRows extends ReportSegment {
  readonly rows: readonly number[];
  /** Trap records planted in the segment's copy (their rows are on the private sheet only). */
  readonly traps?: number;
}

/** `tria export`: what went into the export for rent or exchange; the traps' rows are only on the private list. */
export interface ReportExport {
  /** The condition the rows met, or null for every row. */
  readonly where: string | null;
  /** Data rows in the export, traps included. */
  readonly rows: number;
  readonly traps: number;
  /** Where the export and the private list were written (null: only the report was asked). */
  readonly file: string | null;
  readonly trapList: string | null;
}

/** What a job adds to the report beyond columns, flags and counts. */
export interface ReportExtras {
  readonly privacy?: ReportPrivacy;
  readonly segment?: ReportSegment;
  readonly segments?: readonly ReportSegmentRows[];
  readonly campaign?: ReportCampaign;
  readonly calls?: ReportCalls;
  readonly splits?: readonly ReportSplit[];
  readonly duplicates?: readonly ReportDuplicate[];
  readonly duplicateModel?: ReportDuplicateModel;
  readonly scores?: readonly ReportScore[];
  readonly heat?: ReportHeat;
  readonly predictions?: ReportPredictions;
}

export interface ReportCounts {
  readonly rows: number;
  readonly flags: Readonly<Partial<Record<FlagKind, number>>>;
  readonly duplicateRows: number;
}

export interface Report {
  readonly reportVersion: typeof REPORT_VERSION;
  /** "export": `tria export`, which makes no Plan (it writes a new workbook, not the sheet). */
  readonly job: JobName | "export";
  readonly sheet: string;
  /** No sheet was named and `sheet` was chosen (the first visible customer table): the workbook's other sheets with data. */
  readonly otherSheets?: readonly string[];
  readonly headerRow: number;
  /** The file had no header row: Tria's row 1 names the columns, the file's line 1 is row 2. */
  readonly headerAdded?: boolean;
  readonly columns: readonly ReportColumn[];
  readonly flags: readonly ReportFlag[];
  readonly columnFlags: readonly ReportColumnFlag[];
  readonly splits: readonly ReportSplit[];
  readonly duplicates: readonly ReportDuplicate[];
  readonly duplicateModel?: ReportDuplicateModel;
  readonly scores: readonly ReportScore[];
  /** Score with a points grid only: how many rows are hot, warm and cold. */
  readonly heat?: ReportHeat;
  /** `tria predict` only. */
  readonly predictions?: ReportPredictions;
  /** `tria comply` only. */
  readonly privacy?: ReportPrivacy;
  /** `tria segment` only: the first segment (DESIGN.md §5), and every segment with its rows. */
  readonly segment?: ReportSegment;
  readonly segments?: readonly ReportSegmentRows[];
  /** `tria campaign` only: counts and figures per segment and in total. */
  readonly campaign?: ReportCampaign;
  /** `tria calls` only: the customers to call first and what to ask each. */
  readonly calls?: ReportCalls;
  /** `tria export` only. */
  readonly export?: ReportExport;
  /** Rows under the table the job left as they were, with why ("total": a total row, not a customer). */
  readonly leftOutRows?: readonly { readonly row: number; readonly reason: "total" | "note" }[];
  readonly counts: ReportCounts;
}
