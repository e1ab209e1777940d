import type { Lang } from "../engine/i18n/lang";
import type { ReportColumn } from "../engine/report";
import type { Where, WhereCondition, WhereOp } from "../engine/segments/where";
import { printWhere } from "../engine/segments/printWhere";
import { parseWhere } from "../engine/segments/parseWhere";
import { matchWhere } from "../engine/segments/matchWhere";
import { describeError } from "./describeError";
import { m } from "./i18n/methodStrings";

/** One line of the builder as the user fills it: a column (its index, or the department), a test, values as typed. */
export interface DraftCondition {
  readonly column: string;
  readonly op: WhereOp;
  readonly value: string;
  /** The second bound of "between". */
  readonly valueTo: string;
  /** "non": the customers who do NOT meet it. */
  readonly negate?: boolean;
}

/** A group of conditions in brackets, joined its own way: "(Ville = Lyon ou Ville = Paris)". */
export interface DraftGroup {
  readonly join: "and" | "or";
  readonly negate: boolean;
  readonly conditions: readonly DraftCondition[];
}

export interface SegmentDraft {
  readonly name: string;
  readonly join: "and" | "or";
  readonly conditions: readonly DraftCondition[];
  readonly groups?: readonly DraftGroup[];
  /** The saved segment being edited (its name when it was opened): saving replaces it. */
  readonly editing?: string;
}

export const NEW_DRAFT: SegmentDraft = { name: "", join: "and", conditions: [{ column: "", op: "=", value: "", valueTo: "" }], groups: [] };

/** The builder's tests, in the order a user thinks of them. */
export const BUILDER_OPS = [
  ">=",
  "<=",
  ">",
  "<",
  "=",
  "!=",
  "contains",
  "startsWith",
  "in",
  "between",
  "empty",
  "notEmpty",
] as const satisfies readonly WhereOp[];

export const EMPTY_CONDITION: DraftCondition = NEW_DRAFT.conditions[0]!;

/** The values a condition holds: none for empty tests, two for between, a comma- or semicolon-separated list for "in". */
function valuesOf(condition: DraftCondition): string[] {
  switch (condition.op) {
    case "empty":
    case "notEmpty":
      return [];
    case "between":
      return [condition.value.trim(), condition.valueTo.trim()];
    case "in":
      return condition.value
        .split(/[,;]/)
        .map((value) => value.trim())
        .filter((value) => value !== "");
    default:
      return [condition.value.trim()];
  }
}

/** Headers by column index, as the inspected sheet has them (printWhere names columns by index). */
export function headersOf(columns: readonly ReportColumn[]): string[] {
  const headers: string[] = [];
  for (const column of columns) headers[column.index] = column.header;
  return Array.from(headers, (header) => header ?? "");
}

/**
 * The draft as the text the segment job reads ("Panier moyen >= 100 et Ville dans Lyon, Paris"),
 * in the user's language, checked against the inspected columns the way the job will check it:
 * a half-filled line or a test that means nothing (">= Paris") is its message, never a segment
 * silently empty.
 */
export function draftWhere(draft: SegmentDraft, columns: readonly ReportColumn[], lang: Lang): { text: string } | { error: string } {
  const parts: Where[] = draft.conditions.flatMap(conditionWhere);
  for (const group of draft.groups ?? []) {
    const inner = group.conditions.flatMap(conditionWhere);
    if (inner.length === 0) continue;
    const joined: Where = inner.length === 1 ? inner[0]! : { kind: group.join, parts: inner };
    parts.push(group.negate ? { kind: "not", part: joined } : joined);
  }
  if (parts.length === 0) return { error: m(lang, "conditionMissing") };
  const where: Where = parts.length === 1 ? parts[0]! : { kind: draft.join, parts };
  const headers = headersOf(columns);
  const text = printWhere(where, headers, lang);
  try {
    matchWhere(parseWhere(text, headers), columns, lang);
    return { text };
  } catch (error) {
    return { error: describeError(error, lang).message };
  }
}

/** A filled line as the job reads it; an empty line (no column chosen) is no condition. */
function conditionWhere(condition: DraftCondition): Where[] {
  if (condition.column === "") return [];
  const where: WhereCondition = {
    kind: "condition",
    column: condition.column === "department" ? "department" : Number(condition.column),
    op: condition.op,
    values: valuesOf(condition),
  };
  return [condition.negate ? { kind: "not", part: where } : where];
}

/** A condition read back into a builder line; null when it is more than a (non) condition. */
function draftCondition(where: Where): DraftCondition | null {
  const negate = where.kind === "not";
  const inner = where.kind === "not" ? where.part : where;
  if (inner.kind !== "condition") return null;
  const [first = "", second = ""] = inner.values;
  return {
    column: inner.column === "department" ? "department" : String(inner.column),
    op: inner.op,
    value: inner.op === "in" ? inner.values.join(", ") : first,
    valueTo: inner.op === "between" ? second : "",
    ...(negate ? { negate } : {}),
  };
}

/**
 * A saved segment opened in the builder to be edited: its text read with the sheet's headers,
 * then laid out as lines and groups. Null when it does not fit the builder (a group inside a
 * group, written by hand): the user keeps the text as it is.
 */
export function draftFromSaved(saved: { readonly name: string; readonly where: string }, columns: readonly ReportColumn[]): SegmentDraft | null {
  let where: Where;
  try {
    where = parseWhere(saved.where, headersOf(columns));
  } catch {
    return null;
  }
  const top = where.kind === "and" || where.kind === "or" ? where.parts : [where];
  const conditions: DraftCondition[] = [];
  const groups: DraftGroup[] = [];
  for (const part of top) {
    const line = draftCondition(part);
    if (line) {
      conditions.push(line);
      continue;
    }
    const negate = part.kind === "not";
    const inner = part.kind === "not" ? part.part : part;
    if (inner.kind !== "and" && inner.kind !== "or") return null;
    const lines = inner.parts.map(draftCondition);
    if (lines.some((line) => line === null)) return null;
    groups.push({ join: inner.kind, negate, conditions: lines as DraftCondition[] });
  }
  return {
    name: saved.name,
    join: where.kind === "or" ? "or" : "and",
    conditions: conditions.length > 0 ? conditions : [NEW_DRAFT.conditions[0]!],
    groups,
    editing: saved.name,
  };
}
