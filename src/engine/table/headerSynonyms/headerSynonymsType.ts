import type { ColumnRole } from "../columnRole";

/** Header titles by role, for one family of roles (see headerSynonyms.ts). */
export type HeaderSynonyms = Readonly<Partial<Record<Exclude<ColumnRole, "other">, readonly string[]>>>;
