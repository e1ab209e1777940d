import { isCellError, type CellValue } from "../../table/cellValue";
import type { FieldIssue } from "../fieldIssue";
import type { Lang } from "../../i18n/lang";
import type { ProcessedPart } from "../columnProcessor";
import { PackedColumn, withPackedValues } from "../../table/packedColumn";

/**
 * The text a field parser reads from a cell: strings as typed, numbers as their digits (a
 * phone or SIRET Excel stored as a number); empty, error and date cells give null and are
 * left alone (an error cell is the user's to fix, and is kept as it is).
 */
export function cellInput(value: CellValue): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value === null || isCellError(value)) return null;
  return null;
}

/**
 * Collects a processor's per-row results into parts and issues. Each part is held column-wise
 * (PackedColumn: a code per row into the column's distinct values), not as a value per cell.
 */
export class ColumnCollector {
  private readonly columns = new Map<string, PackedColumn>();
  readonly issues = new Map<number, readonly FieldIssue[]>();

  constructor(
    private readonly rowCount: number,
    private readonly headers: ReadonlyMap<string, Readonly<Record<Lang, string>>>,
  ) {
    for (const part of headers.keys()) this.columns.set(part, new PackedColumn(rowCount));
  }

  set(part: string, row: number, value: CellValue): void {
    this.column(part).set(row, value === "" ? null : value);
  }

  /** A part's column, to fill directly in hot loops ("" must be written as null). */
  column(part: string): PackedColumn {
    const column = this.columns.get(part);
    if (!column) throw new Error(`unknown part ${part}`);
    return column;
  }

  flag(row: number, issues: readonly FieldIssue[]): void {
    if (issues.length > 0) this.issues.set(row, issues);
  }

  /** Parts in the order their headers were given; `keepEmpty` false drops parts no row filled. */
  parts(keepEmpty = true, numberFormat?: string): ProcessedPart[] {
    return [...this.headers].flatMap(([part, header]) => {
      const packed = this.columns.get(part)!;
      packed.trim();
      if (!keepEmpty && !packed.hasValues()) return [];
      return [withPackedValues({ part, header, ...(numberFormat ? { numberFormat } : {}) }, packed)];
    });
  }

  get size(): number {
    return this.rowCount;
  }
}

/** "Tél. fixe" + (E.164) → "Tél. fixe (E.164)". */
export function headersAfter(source: string, suffixes: Readonly<Record<string, Readonly<Record<Lang, string>>>>): Map<string, Record<Lang, string>> {
  return new Map(Object.entries(suffixes).map(([part, label]) => [part, { fr: `${source} (${label.fr})`, en: `${source} (${label.en})` }]));
}
