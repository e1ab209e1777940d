import type { CellFlag } from "../plan";
import type { ReportColumn } from "../report";
import { isColumnRole, type ColumnRole } from "../table/columnRole";
import { roleLabel } from "../i18n/roleLabels";
import { foldLower } from "../text/fold";
import type { Lang } from "../i18n/lang";
import { isEmptyCell, type CellValue } from "../table/cellValue";
import { parseBoolean } from "../table/parseBoolean";
import { formatCell } from "../i18n/formatCell";
import { callText } from "./callMessages";
import type { CallItem } from "./callReport";

export type { CallItem };

/** The four CROC lists of one customer. */
export interface CrocItems {
  readonly confirm: readonly CallItem[];
  readonly rectify: readonly CallItem[];
  readonly obtain: readonly CallItem[];
  readonly complete: readonly CallItem[];
}

/** Where the call list finds what it checks: each role's first column, by index. */
export type RoleColumns = ReadonlyMap<ColumnRole, number>;

export function roleColumns(columns: readonly ReportColumn[]): RoleColumns {
  const found = new Map<ColumnRole, number>();
  for (const column of columns) if (column.role !== "other" && !found.has(column.role)) found.set(column.role, column.index);
  return found;
}

/** Information that goes stale (DESIGN.md §3 "volatile"): read back to the customer when not heard from lately. */
const CONFIRM_ROLES: readonly ColumnRole[] = ["phone", "mobile", "email", "jobTitle", "address", "street", "postalCode", "city"];
/** What enriches a record without being needed to reach the customer. */
const COMPLETE_ROLES: readonly ColumnRole[] = ["civility", "firstName", "mobile", "jobTitle", "birthDate", "socioProfessionalCategory", "channel", "siret"];
const ADDRESS_ROLES: readonly ColumnRole[] = ["address", "street", "postalCode", "city"];
const BUSINESS_ROLES: readonly ColumnRole[] = ["company", "siren", "siret"];

export interface RowToCheck {
  readonly cells: readonly CellValue[];
  /** The Structure job's flags on this row (invalid, typo, incomplete), as it would write them. */
  readonly flags: readonly CellFlag[];
  /** Not heard from lately (or never dated): what is there must be confirmed. */
  readonly stale: boolean;
}

/**
 * The CROC lists of one row. Confirm: the volatile values present, when the customer is stale.
 * Rectify: what the Structure job finds wrong (invalid, typo), with its suggestion. Obtain:
 * what is needed to reach the customer and is missing (e-mail, postal address, the contact's
 * name, consent for e-mails), and the address parts Structure says are missing. Complete: the
 * enriching columns left empty, and a B2B contact's job title when the file has no such column.
 */
export function crocItems(row: RowToCheck, headers: readonly string[], where: RoleColumns, lang: Lang): CrocItems {
  const cell = (role: ColumnRole) => {
    const index = where.get(role);
    return index === undefined ? undefined : (row.cells[index] ?? null);
  };
  const header = (role: ColumnRole) => headers[where.get(role)!] ?? role;
  const filled = (role: ColumnRole) => where.has(role) && !isEmptyCell(cell(role));
  const empty = (role: ColumnRole) => where.has(role) && isEmptyCell(cell(role));
  const say = callText;
  const flagged = new Set(row.flags.map((flag) => ("source" in flag.column ? flag.column.source : -1)));

  const confirm: CallItem[] = [];
  if (row.stale) {
    for (const role of CONFIRM_ROLES) {
      if (!filled(role) || flagged.has(where.get(role)!)) continue;
      confirm.push({ column: header(role), text: say(lang, "field", { column: header(role), value: formatCell(cell(role)!, lang) }) });
    }
  }

  const rectify: CallItem[] = [];
  const obtain: CallItem[] = [];
  for (const flag of row.flags) {
    if (!("source" in flag.column)) continue;
    const column = headers[flag.column.source] ?? "";
    const value = row.cells[flag.column.source] ?? null;
    if (flag.kind === "invalid" || flag.kind === "typo") rectify.push({ column, text: rectifyText(flag, column, value, lang) });
    // Incomplete on a filled cell: a part is missing (a postal code in the address). Empty cells are ours below.
    else if (flag.kind === "incomplete" && !isEmptyCell(value)) {
      const part = partLabel(flag.suggestionColumn, column, lang);
      obtain.push({
        column: part,
        text: flag.suggestion ? say(lang, "missing", { column: part, suggestion: flag.suggestion }) : problemText(column, flag.message, lang),
      });
    }
  }

  const business = BUSINESS_ROLES.some(filled);
  if (empty("email")) obtain.push({ column: header("email"), text: header("email") });
  const addressColumns = ADDRESS_ROLES.filter((role) => where.has(role));
  if (addressColumns.length > 0 && addressColumns.every(empty)) obtain.push({ column: header(addressColumns[0]!), text: say(lang, "postalAddress") });
  const nameRoles: ColumnRole[] = ["fullName", "lastName"];
  if (nameRoles.some((role) => where.has(role)) && nameRoles.every((role) => !filled(role)))
    obtain.push({ column: header(nameRoles.find((r) => where.has(r))!), text: say(lang, "contactName") });
  // E-mail prospecting of a private person needs their prior consent (CPCE art. L34-5): the call is the moment to ask.
  if (!business && filled("email") && parseBoolean(cell("consent") ?? null) !== true)
    obtain.push({ column: where.has("consent") ? header("consent") : "", text: say(lang, "consent") });

  const complete: CallItem[] = [];
  for (const role of COMPLETE_ROLES) {
    if (role === "siret" && !business) continue;
    if (role === "jobTitle" && !business) continue;
    if (empty(role)) complete.push({ column: header(role), text: header(role) });
  }
  if (business && !where.has("jobTitle")) complete.push({ column: "", text: say(lang, "contactJob") });
  return { confirm, rectify, obtain, complete };
}

function rectifyText(flag: CellFlag, column: string, value: CellValue, lang: Lang): string {
  if (flag.suggestion) {
    const text = formatCell(value, lang);
    // A long cell (a whole address) is not read back whole: the part and its fix are enough.
    return text.length <= 40 && !flag.suggestionColumn
      ? callText(lang, "suggestValue", { column, value: text, suggestion: flag.suggestion })
      : callText(lang, "suggest", { column: partLabel(flag.suggestionColumn, column, lang), suggestion: flag.suggestion });
  }
  return problemText(column, flag.message, lang);
}

/** "Adresse sans ville" as it is; "Ce SIRET n'existe pas" as "SIRET : Ce SIRET n'existe pas". */
function problemText(column: string, message: string, lang: Lang): string {
  const finding = firstClause(message);
  return foldLower(finding).startsWith(foldLower(column)) ? finding : callText(lang, "problem", { column, message: finding });
}

/** The part of a cell a fix belongs to: "structure/Adresse#1/postalCode" → "Code postal"; else the column. */
function partLabel(suggestionColumn: string | undefined, column: string, lang: Lang): string {
  const part = suggestionColumn?.split("/").pop() ?? "";
  return isColumnRole(part) ? roleLabel(part, lang) : column;
}

/** "Adresse sans ville : ajoutez-la." → "Adresse sans ville": the finding, not the advice (the caller is the advice). */
function firstClause(message: string): string {
  return message
    .split(/ ?: |; | ; /)[0]!
    .replace(/\.$/, "")
    .trim();
}
