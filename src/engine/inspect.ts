import type { ColumnRole } from "./table/columnRole";
import type { Table } from "./table/table";
import type { ReportColumn } from "./report";
import { detectRoles } from "./table/detectRoles";
import { profileColumns } from "./table/profileColumns";
import { formatCell } from "./i18n/formatCell";
import type { Lang } from "./i18n/lang";

/**
 * What is in a table: each column's role with its confidence, fill rate and a few examples.
 * The first thing every job does, and all that `tria inspect` shows.
 */
export function inspectTable(table: Table, lang: Lang, overrides: Readonly<Record<number, ColumnRole>> = {}): ReportColumn[] {
  const detections = detectRoles(table, overrides);
  const profiles = profileColumns(table, (value) => formatCell(value, lang));
  return detections.map((detection, index) => ({
    index,
    header: table.headers[index] ?? "",
    role: detection.role,
    confidence: detection.confidence,
    fillRate: round3(profiles[index]?.fillRate ?? 0),
    examples: profiles[index]?.examples ?? [],
  }));
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
