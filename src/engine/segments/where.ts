/**
 * A segment's condition as the user writes it ("Panier moyen >= 100 et Nb achats / an >= 4"),
 * once read: conditions on columns joined by and / or / not. Column is a 0-based index, or
 * "department" for the department read from the postal code when the file has no such column.
 */
export const WHERE_OPS = [">=", "<=", ">", "<", "=", "!=", "contains", "startsWith", "in", "between", "empty", "notEmpty"] as const;
export type WhereOp = (typeof WHERE_OPS)[number];

export interface WhereCondition {
  readonly kind: "condition";
  readonly column: number | "department";
  readonly op: WhereOp;
  /** The value(s) as typed: none for empty / notEmpty, two for between, any number for in. */
  readonly values: readonly string[];
}

export type Where = WhereCondition | { readonly kind: "and" | "or"; readonly parts: readonly Where[] } | { readonly kind: "not"; readonly part: Where };
