import type { ColumnRole } from "../table/columnRole";

/** What scoring needs of a column: detectRoles' result and the report's columns both fit. */
export interface ColumnInfo {
  readonly index: number;
  readonly header: string;
  readonly role: ColumnRole;
}
