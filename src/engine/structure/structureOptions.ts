import type { ColumnRole } from "../table/columnRole";
import type { Lang } from "../i18n/lang";

/** What the Structure job can do; each is one processor (src/engine/structure/processors). */
export const STRUCTURE_OPERATIONS = ["address", "names", "phones", "emails", "siret", "text", "duplicates"] as const;
export type StructureOperation = (typeof STRUCTURE_OPERATIONS)[number];

/**
 * A field the row must have, satisfied by a value in any column of one of these roles
 * (the customer's name can be in "Nom", "Nom complet" or "Société").
 */
export interface RequiredField {
  readonly name: string;
  readonly roles: readonly ColumnRole[];
}

export interface StructureOptions {
  readonly lang: Lang;
  /** Operations to run; all by default. */
  readonly operations?: readonly StructureOperation[];
  /** Source columns (0-based) to work on; every column with a role by default. */
  readonly columns?: readonly number[];
  /** ISO country for numbers and addresses written without one. */
  readonly defaultCountry?: string;
  /** Roles whose values go stale and get the yellow "volatile" fill. */
  readonly volatileRoles?: readonly ColumnRole[];
  /** Fields each row needs; a row without them gets a red "incomplete" border. */
  readonly requiredFields?: readonly RequiredField[];
  /** Roles the user chose, by column index: they win over detection. */
  readonly roleOverrides?: Readonly<Record<number, ColumnRole>>;
}

/**
 * Stale information as taught in BTS NDRC: contact details, the contact person and their
 * job, and the last purchase must be re-checked regularly.
 */
export const DEFAULT_VOLATILE_ROLES: readonly ColumnRole[] = ["phone", "mobile", "email", "jobTitle", "lastPurchaseDate", "lastContactDate"];

/** A customer can be told apart and reached: a name, and one way to contact them. */
export const DEFAULT_REQUIRED_FIELDS: readonly RequiredField[] = [
  { name: "name", roles: ["fullName", "lastName", "company"] },
  { name: "contact", roles: ["phone", "mobile", "email", "address", "street"] },
];
