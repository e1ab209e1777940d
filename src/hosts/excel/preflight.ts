import type { Plan } from "../../engine/plan";
import { placeColumns, type Placement } from "../columnPlacement";
import { ExcelHostError } from "./excelHostError";
import { METADATA_SHEET, parseMetadata, type ExcelTriaMetadata } from "./excelMetadata";
import { fingerprintOf } from "./sheetFingerprint";
import { maxOf } from "./rowBounds";

/** Excel's last column, XFD. */
const MAX_COLUMNS = 16_384;

export interface Preflight {
  readonly sheet: Excel.Worksheet;
  readonly lastColumn: number;
  readonly lastRow: number;
  readonly placement: Placement;
  /** Added keys Tria already wrote on this sheet, with their column before the run. */
  readonly existing: ReadonlyMap<string, number>;
  readonly metadata: ExcelTriaMetadata;
  readonly metadataText: string | null;
}

/**
 * Everything checked before the first write, in three or four syncs: a refusal here leaves the
 * workbook untouched. Protected sheet, merged cells in the table area, an Excel table where
 * columns go, a sheet edited since it was read: refused. Filtered and hidden rows need
 * nothing: Tria writes by address, and Range.values reaches hidden rows too.
 * Nothing is asked of a sheet before it is known to exist: what Office does with the children
 * of a null object (protection, a range of a missing "_tria") is not documented.
 */
export async function preflight(context: Excel.RequestContext, plan: Plan, fingerprint: string | undefined): Promise<Preflight> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  // Excel compares sheet names without regard to case.
  const present = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  if (!present.has(plan.sheet.toLowerCase())) throw new ExcelHostError("sheetMissing", { sheet: plan.sheet });

  const sheet = worksheets.getItem(plan.sheet);
  const protection = sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address,rowIndex,columnIndex,rowCount,columnCount");
  const metadataCell = present.has(METADATA_SHEET.toLowerCase()) ? worksheets.getItem(METADATA_SHEET).getRange("A1") : null;
  metadataCell?.load("values");
  await context.sync();
  if (protection.protected) throw new ExcelHostError("protected", { sheet: plan.sheet });

  const lastColumn = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
  const lastRow = Math.max(plan.headerRow, maxOf(plan.rows), used.isNullObject ? 0 : used.rowIndex + used.rowCount);
  const text = metadataCell ? String(metadataCell.values[0]?.[0] ?? "") : null;
  const metadata = parseMetadata(text);
  const existing = new Map(metadata.columns.filter((c) => c.sheet === plan.sheet).map((c) => [c.key, c.column]));
  const placement = placeColumns(plan.addedColumns, existing, lastColumn, false);
  const fresh = plan.addedColumns.filter((c) => !existing.has(c.key)).length;
  if (lastColumn + fresh > MAX_COLUMNS) throw new ExcelHostError("tooManyColumns", { sheet: plan.sheet });

  const top = Math.max(1, plan.headerRow);
  const merged = lastColumn === 0 ? null : sheet.getRangeByIndexes(top - 1, 0, lastRow - top + 1, lastColumn).getMergedAreasOrNullObject();
  merged?.load("address");
  const tables = sheet.tables.load("items/name");
  // The same signature excelHost.readSheet took: used range address, first and last rows.
  const edges = fingerprint === undefined || used.isNullObject ? null : { first: used.getRow(0), last: used.getLastRow() };
  edges?.first.load("values");
  edges?.last.load("values");
  await context.sync();
  const now = edges ? fingerprintOf(used.address, edges.first.values[0] ?? [], edges.last.values[0] ?? []) : fingerprintOf(null, [], []);
  if (fingerprint !== undefined && now !== fingerprint) throw new ExcelHostError("edited", { sheet: plan.sheet });
  if (merged && !merged.isNullObject) throw new ExcelHostError("merged", { areas: merged.address });
  if (tables.items.length > 0 && placement.insertions.length > 0) {
    const spans = tables.items.map((table) => {
      const range = table.getRange();
      range.load("columnIndex,columnCount");
      return { name: table.name, range };
    });
    await context.sync();
    // Inserting whole sheet columns through a table splits or stretches it unpredictably, and
    // table.columns.add shifts only the table's cells: refused, with the way out.
    const hit = spans.filter(({ range }) =>
      placement.insertions.some(({ at }) => at - 1 > range.columnIndex && at - 1 <= range.columnIndex + range.columnCount),
    );
    if (hit.length > 0) throw new ExcelHostError("table", { sheet: plan.sheet, tables: hit.map((t) => t.name).join(", ") });
  }
  return { sheet, lastColumn, lastRow, placement, existing, metadata, metadataText: text };
}
