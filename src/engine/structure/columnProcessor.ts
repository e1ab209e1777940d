import type { CellValue } from "../table/cellValue";
import type { ColumnRole } from "../table/columnRole";
import type { Lang } from "../i18n/lang";
import type { FieldIssue } from "./fieldIssue";
import type { StructureOperation } from "./structureOptions";
import type { JobMemos } from "./memo/jobMemos";
import type { PackedColumn } from "../table/packedColumn";

/** A column a processor adds beside its source: "Code postal", "Téléphone (E.164)". */
export interface ProcessedPart {
  /** Stable within the processor: "postalCode", "e164". */
  readonly part: string;
  readonly header: Readonly<Record<Lang, string>>;
  /** One value per table row. */
  readonly values: readonly CellValue[];
  /** The same values held column-wise, when the processor collected them so (ColumnCollector). */
  readonly packed?: PackedColumn;
  readonly numberFormat?: string;
}

export interface ProcessedColumn {
  readonly parts: readonly ProcessedPart[];
  /** What is wrong with the source cell, by table row index. */
  readonly issues: ReadonlyMap<number, readonly FieldIssue[]>;
  /** For the report's `splits`, by table row index (addresses). */
  readonly splits?: ReadonlyMap<number, Readonly<Record<string, string>>>;
}

export interface ProcessorContext {
  /** Language of the values processors write (phone types, civilities stay French forms). */
  readonly lang: Lang;
  readonly defaultCountry: string;
  /** The other columns of the row, by role, for processors that need them (postal code ↔ town). */
  readonly valuesOfRole: (role: ColumnRole) => readonly CellValue[] | null;
  /**
   * The parts already added for that same column (the first of the role), by part name, or
   * null when none was processed yet: the address's RNVP line 1 reads the name column's split.
   */
  readonly partsOfRole?: (role: ColumnRole) => ReadonlyMap<string, ProcessedPart> | null;
  /**
   * The job's memos, shared by its processors (memo/jobMemos.ts). Optional so a processor can
   * be run on its own (tests, worksheet functions): it then keeps a memo of its own.
   */
  readonly memos?: JobMemos;
}

/**
 * One operation of the Structure job on one source column. New operations are one file in
 * processors/ and one line in processors/index.ts.
 */
export interface ColumnProcessor {
  readonly operation: StructureOperation;
  readonly roles: readonly ColumnRole[];
  process(values: readonly CellValue[], context: ProcessorContext, source: SourceColumn): ProcessedColumn;
}

/** The column being processed: added headers name it ("Tél. fixe (E.164)", "Portable (E.164)"). */
export interface SourceColumn {
  readonly index: number;
  readonly header: string;
  readonly role: ColumnRole;
}
