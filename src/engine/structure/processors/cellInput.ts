import { isCellError, type CellValue } from "../../table/cellValue";
import type { FieldIssue } from "../fieldIssue";
import type { Lang } from "../../i18n/lang";
import type { ProcessedPart } from "../columnProcessor";

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

/** Collects a processor's per-row results into parts and issues. */
export class ColumnCollector {
  private readonly partValues = new Map<string, CellValue[]>();
  readonly issues = new Map<number, readonly FieldIssue[]>();

  constructor(
    private readonly rowCount: number,
    private readonly headers: ReadonlyMap<string, Readonly<Record<Lang, string>>>,
  ) {
    for (const part of headers.keys()) this.partValues.set(part, new Array<CellValue>(rowCount).fill(null));
  }

  set(part: string, row: number, value: CellValue): void {
    this.partValues.get(part)![row] = value === "" ? null : value;
  }

  /** A part's values, to fill directly in hot loops ("" must be written as null). */
  values(part: string): CellValue[] {
    const values = this.partValues.get(part);
    if (!values) throw new Error(`unknown part ${part}`);
    return values;
  }

  flag(row: number, issues: readonly FieldIssue[]): void {
    if (issues.length > 0) this.issues.set(row, issues);
  }

  /** Parts in the order their headers were given; `keepEmpty` false drops parts no row filled. */
  parts(keepEmpty = true): ProcessedPart[] {
    return [...this.headers].flatMap(([part, header]) => {
      const values = this.partValues.get(part)!;
      if (!keepEmpty && values.every((v) => v === null)) return [];
      return [{ part, header, values }];
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
