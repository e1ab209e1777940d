import type { CellFlag, ColumnFlag, Plan } from "../plan";
import { emptyPlan, filledRows } from "../plan";
import type { ReportColumn, ReportPrivacy } from "../report";
import type { Table } from "../table/table";
import type { Lang } from "../i18n/lang";
import { cellText, isEmptyCell } from "../table/cellValue";
import { parseBoolean } from "../table/parseBoolean";
import { formatCell } from "../i18n/formatCell";
import { complyColumns } from "./complyColumns";
import { findSensitive, sensitiveHeader } from "./findSensitive";
import { checkNir } from "./nir";
import { ibanValid } from "./iban";
import { rowRetentions } from "./customerRetention";
import { expiredNote, noConsentColumnNote, noConsentNote, sensitiveColumnNote, sensitiveNote } from "./privacyMessages";
import { registerSheet } from "./registerSheet";
import type { SensitiveCategory } from "./sensitiveCategories";

export interface ComplyOptions {
  /** The day retention is counted to (the CLI's --today; today by default). */
  readonly today: Date;
  readonly lang: Lang;
}

export interface ComplyResult {
  readonly plan: Plan;
  readonly privacy: ReportPrivacy;
}

/**
 * The GDPR / CNIL check of a customer file: sensitive data in any column (free-text notes
 * included), rows kept past the CNIL's 3 years, private customers with an e-mail and no
 * consent. Every finding is a "privacy" flag with a note saying what to do, and the Plan adds
 * a "Registre" sheet for the record of processing. It changes no value: deleting is --purge's
 * business, in a new file.
 */
export function complyTable(table: Table, columns: readonly ReportColumn[], options: ComplyOptions): ComplyResult {
  const { lang, today } = options;
  const where = complyColumns(table, columns);
  const flags: CellFlag[] = [];
  const columnFlags: ColumnFlag[] = [];
  const sensitive = new Map<string, { column: string; category: SensitiveCategory; rows: number }>();
  const note = (column: number, category: SensitiveCategory) => {
    const key = `${column}:${category}`;
    const entry = sensitive.get(key) ?? { column: table.headers[column] ?? `#${column}`, category, rows: 0 };
    entry.rows += 1;
    sensitive.set(key, entry);
  };

  // A column named after a sensitive category is sensitive whole: one note on its header.
  const namedColumns = new Map<number, SensitiveCategory>();
  table.headers.forEach((header, index) => {
    const category = sensitiveHeader(header);
    if (category && table.rows.some((row) => !isEmptyCell(row.cells[index]))) {
      namedColumns.set(index, category);
      columnFlags.push({ column: { source: index }, kind: "privacy", message: sensitiveColumnNote(category, lang), rows: filledRows(table, index) });
    }
  });

  const expired: ReportPrivacy["expired"][number][] = [];
  const retentions = rowRetentions(table, where, where.orderCustomer, today);
  const expiredCustomers = new Set<string>();
  const noConsent: number[] = [];
  let undated = 0;
  const cache = new Map<string, ReturnType<typeof findSensitive>>();
  table.rows.forEach((row, rowIndex) => {
    row.cells.forEach((value, column) => {
      if (isEmptyCell(value) || value instanceof Date || typeof value === "boolean") return;
      const named = namedColumns.get(column);
      if (named) {
        note(column, named);
        const checked = checkedNumber(named, cellText(value));
        if (checked !== undefined)
          flags.push({ row: row.rowNumber, column: { source: column }, kind: "privacy", message: sensitiveNote(named, cellText(value), lang, checked) });
        return;
      }
      const text = typeof value === "number" ? (Number.isInteger(value) ? String(value) : "") : cellText(value);
      if (text.length < 3) return;
      let hits = cache.get(text);
      if (!hits) cache.set(text, (hits = findSensitive(text)));
      for (const hit of hits) {
        note(column, hit.category);
        flags.push({ row: row.rowNumber, column: { source: column }, kind: "privacy", message: sensitiveNote(hit.category, hit.evidence, lang, hit.checked) });
      }
    });

    const retention = retentions[rowIndex]!;
    if (retention.lastActivity === null) undated += 1;
    else if (retention.expired) {
      const lastActivity = formatCell(retention.lastActivity, lang);
      const day = retention.lastActivity.toISOString().slice(0, 10);
      expired.push(
        retention.customer === null
          ? { row: row.rowNumber, rule: retention.rule, lastActivity: day }
          : { row: row.rowNumber, rule: retention.rule, lastActivity: day, customer: retention.customer },
      );
      if (retention.customer !== null) expiredCustomers.add(retention.customer);
      flags.push({
        row: row.rowNumber,
        column: { source: retention.column ?? 0 },
        kind: "privacy",
        message: expiredNote(retention.rule, lastActivity, lang, retention.customer),
      });
    }

    if (where.email !== null && where.consent !== null && !isEmptyCell(row.cells[where.email])) {
      const business = where.business.some((index) => !isEmptyCell(row.cells[index]));
      const consent = parseBoolean(row.cells[where.consent] ?? null);
      if (!business && consent !== true) {
        noConsent.push(row.rowNumber);
        flags.push({
          row: row.rowNumber,
          column: { source: where.consent },
          kind: "privacy",
          message: noConsentNote(isEmptyCell(row.cells[where.consent]), lang),
        });
      }
    }
  });
  const emailRows = where.email !== null && where.consent === null ? filledRows(table, where.email) : [];
  if (where.email !== null && emailRows.length > 0)
    columnFlags.push({ column: { source: where.email }, kind: "privacy", message: noConsentColumnNote(lang), rows: emailRows });

  const privacy: ReportPrivacy = {
    today: today.toISOString().slice(0, 10),
    sensitive: [...sensitive.values()],
    expired,
    noConsent,
    consentColumn: where.consent === null ? null : (table.headers[where.consent] ?? null),
    undated,
    ...(where.orderCustomer === null ? {} : { expiredCustomers: expiredCustomers.size }),
  };
  const plan: Plan = {
    ...emptyPlan("comply", table),
    flags,
    columnFlags,
    addedSheets: [registerSheet(table, columns, privacy, lang)],
    extras: { privacy },
  };
  return { plan, privacy };
}

/** In a NIR or IBAN column, whether the number's key is right (a note says so); other columns: no check. */
function checkedNumber(category: SensitiveCategory, text: string): boolean | undefined {
  if (category === "nir") return checkNir(text)?.keyValid ?? false;
  if (category === "bank") return /^[A-Z]{2}\d{2}/i.test(text.trim()) ? ibanValid(text) : undefined;
  return undefined;
}
