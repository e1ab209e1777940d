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
}

export interface SegmentDraft {
  readonly name: string;
  readonly join: "and" | "or";
  readonly conditions: readonly DraftCondition[];
}

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

export const EMPTY_CONDITION: DraftCondition = { column: "", op: "=", value: "", valueTo: "" };

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
  const parts: WhereCondition[] = [];
  for (const condition of draft.conditions) {
    if (condition.column === "") continue;
    parts.push({
      kind: "condition",
      column: condition.column === "department" ? "department" : Number(condition.column),
      op: condition.op,
      values: valuesOf(condition),
    });
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
