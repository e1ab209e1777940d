import type { AddedSheet } from "../plan";
import type { Table } from "../table/table";
import type { Lang } from "../i18n/lang";
import type { ReportPrivacy } from "../report";

const SHEET_NAME: Readonly<Record<Lang, string>> = { fr: "Sans les expirés", en: "Without expired" };

/**
 * The taskpane's purge: the table without the rows past the CNIL's 3 years, on a NEW sheet
 * (the user's own sheet is never cut: they check the copy, then keep or delete what they like).
 * Tria's own columns are left out, so the copy is the user's file as it was, minus those rows.
 */
export function purgedSheet(table: Table, privacy: ReportPrivacy, lang: Lang): AddedSheet {
  const expired = new Set(privacy.expired.map((entry) => entry.row));
  const kept = table.headers.map((_header, index) => index).filter((index) => !table.ownColumns?.has(index));
  return {
    key: "comply.purged",
    name: SHEET_NAME[lang],
    rows: [
      kept.map((index) => table.headers[index] ?? ""),
      ...table.rows.filter((row) => !expired.has(row.rowNumber)).map((row) => kept.map((index) => row.cells[index] ?? null)),
    ],
  };
}
