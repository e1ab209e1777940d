import type { RawSheet } from "../engine/table/table";
import type { ColumnRole } from "../engine/table/columnRole";
import type { DataKind } from "../engine/table/dataKind";
import { detectHeaderRow } from "../engine/table/detectHeaderRow";
import { normalizeHeader } from "../engine/table/normalizeHeader";

/**
 * The user's role choices, kept by header text ("SIRET" → siret), as column indexes of this
 * sheet. A choice whose header is not in the sheet is not applied: a role chosen for column 7
 * of one file must never land on column 7 of another (a SIRET column read as "Canal").
 * Headers match with case, accents and punctuation ignored, as role detection does.
 */
export function roleOverridesFromHeaders(sheet: RawSheet, byHeader: Readonly<Record<string, ColumnRole>>, headerRow?: number): Record<number, ColumnRole> {
  return choicesByIndex(sheet, byHeader, headerRow);
}

/**
 * The user's data kinds by header text, for the headers this sheet has, spelled as the sheet
 * spells them: a kind saved for a column that is gone (renamed, another file) is left out
 * instead of stopping every run with "no such column".
 */
export function dataKindsInSheet(sheet: RawSheet, byHeader: Readonly<Record<string, DataKind>>, headerRow?: number): Record<string, DataKind> {
  const row = sheet.rows[(headerRow ?? detectHeaderRow(sheet).headerRow ?? 0) - 1] ?? [];
  return Object.fromEntries(Object.entries(choicesByIndex(sheet, byHeader, headerRow)).map(([index, kind]) => [String(row[Number(index)]), kind]));
}

function choicesByIndex<T>(sheet: RawSheet, byHeader: Readonly<Record<string, T>>, headerRow?: number): Record<number, T> {
  const overrides: Record<number, T> = {};
  const chosen = new Map(Object.entries(byHeader).map(([header, choice]) => [normalizeHeader(header), choice] as const));
  if (chosen.size === 0) return overrides;
  const row = headerRow ?? detectHeaderRow(sheet).headerRow ?? 0;
  if (row <= 0) return overrides;
  (sheet.rows[row - 1] ?? []).forEach((cell, index) => {
    const choice = cell === null || cell === undefined ? undefined : chosen.get(normalizeHeader(String(cell)));
    if (choice !== undefined) overrides[index] = choice;
  });
  return overrides;
}
