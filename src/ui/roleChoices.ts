import type { Report } from "../engine/report";
import type { ColumnRole } from "../engine/table/columnRole";
import { normalizeHeader } from "../engine/table/normalizeHeader";

/** The user's roles (kept by header text) as the columns of the report shown, by index. */
export function roleChoicesByIndex<T = ColumnRole>(
  report: { readonly columns: readonly Pick<Report["columns"][number], "index" | "header">[] } | null,
  byHeader: Readonly<Record<string, T>>,
): Record<number, T> {
  const chosen = new Map(Object.entries(byHeader).map(([header, role]) => [normalizeHeader(header), role] as const));
  const result: Record<number, T> = {};
  for (const column of report?.columns ?? []) {
    const role = chosen.get(normalizeHeader(column.header));
    if (role) result[column.index] = role;
  }
  return result;
}
