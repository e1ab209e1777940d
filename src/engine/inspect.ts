import type { ColumnRole } from "./table/columnRole";
import { dataKindOf } from "./table/dataKind";
import { dataKindsByIndex, type DataKindChoices } from "./table/dataKindChoices";
import type { Table } from "./table/table";
import type { ReportColumn } from "./report";
import type { Plan } from "./plan";
import { detectRoles, type DetectedColumn } from "./table/detectRoles";
import { profileColumns } from "./table/profileColumns";
import { formatCell } from "./i18n/formatCell";
import { numberAsFormatted } from "./i18n/numberFormatText";
import type { Lang } from "./i18n/lang";

/**
 * What is in a table: each column's role with its confidence, fill rate and a few examples.
 * The first thing every job does, and all that `tria inspect` shows.
 */
export function inspectTable(
  table: Table,
  lang: Lang,
  overrides: Readonly<Record<number, ColumnRole>> = {},
  dataKindChoices: DataKindChoices = {},
  /** detectRoles(table, overrides), when the caller needs them too (Structure hands them to duplicates). */
  detections: readonly DetectedColumn[] = detectRoles(table, overrides),
): ReportColumn[] {
  const dataKindOverrides = dataKindsByIndex(table.headers, dataKindChoices);
  const profiles = profileColumns(table, (value, rowNumber, index) => {
    // Excel's serials and amounts read as its number format shows them (26/07/2025, 191,69 €).
    const numFmt = typeof value === "number" ? table.numberFormats?.[rowNumber - 1]?.[index] : undefined;
    return (numFmt && numFmt !== "General" ? numberAsFormatted(value as number, numFmt, lang) : null) ?? formatCell(value, lang);
  });
  return detections.map((detection, index) => ({
    index,
    header: table.headers[index] ?? "",
    role: detection.role,
    confidence: detection.confidence,
    dataKind: dataKindOverrides[index] ?? dataKindOf(detection.role),
    fillRate: round3(profiles[index]?.fillRate ?? 0),
    examples: profiles[index]?.examples ?? [],
  }));
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The Plan with each column's data kind, so the legend sheet can list them. */
export function withDataKinds(plan: Plan, columns: readonly ReportColumn[]): Plan {
  return { ...plan, dataKinds: columns.map((column) => ({ header: column.header, dataKind: column.dataKind })) };
}
