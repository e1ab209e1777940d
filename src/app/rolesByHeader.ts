import type { RawSheet } from "../engine/table/table";
import type { ColumnRole } from "../engine/table/columnRole";
import { detectHeaderRow } from "../engine/table/detectHeaderRow";
import { normalizeHeader } from "../engine/table/normalizeHeader";

/**
 * The user's role choices, kept by header text ("SIRET" → siret), as column indexes of this
 * sheet. A choice whose header is not in the sheet is not applied: a role chosen for column 7
 * of one file must never land on column 7 of another (a SIRET column read as "Canal").
 * Headers match with case, accents and punctuation ignored, as role detection does.
 */
export function roleOverridesFromHeaders(sheet: RawSheet, byHeader: Readonly<Record<string, ColumnRole>>, headerRow?: number): Record<number, ColumnRole> {
  const overrides: Record<number, ColumnRole> = {};
  const chosen = new Map(Object.entries(byHeader).map(([header, role]) => [normalizeHeader(header), role] as const));
  if (chosen.size === 0) return overrides;
  const row = headerRow ?? detectHeaderRow(sheet).headerRow ?? 0;
  if (row <= 0) return overrides;
  (sheet.rows[row - 1] ?? []).forEach((cell, index) => {
    const role = cell === null || cell === undefined ? undefined : chosen.get(normalizeHeader(String(cell)));
    if (role) overrides[index] = role;
  });
  return overrides;
}
