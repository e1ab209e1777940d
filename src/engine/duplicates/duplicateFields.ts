import type { ColumnRole } from "../table/columnRole";
import type { DetectedColumn } from "../table/detectRoles";
import { HOUSE_NUMBER_HEADERS } from "../table/headerSynonyms";
import { normalizeHeader } from "../table/normalizeHeader";

/**
 * What identifies a customer, as compared by the duplicate finder. "other" is every column
 * without a customer role (a national id, a state, a second address line), each compared on
 * its own as text, number, date or identifier.
 */
export const MATCH_FIELDS = ["email", "phone", "siret", "name", "company", "postalCode", "city", "address", "birthDate", "customerId", "other"] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

export function isMatchField(value: string): value is MatchField {
  return (MATCH_FIELDS as readonly string[]).includes(value);
}

/** Where each identifying value sits in the table: column indexes, by what they hold. */
export interface FieldColumns {
  readonly email: readonly number[];
  readonly phone: readonly number[];
  readonly siret: readonly number[];
  readonly siren: readonly number[];
  readonly fullName: readonly number[];
  readonly firstName: readonly number[];
  readonly lastName: readonly number[];
  readonly company: readonly number[];
  readonly address: readonly number[];
  readonly street: readonly number[];
  readonly postalCode: readonly number[];
  readonly city: readonly number[];
  readonly birthDate: readonly number[];
  readonly customerId: readonly number[];
  /** A street number in its own column, read in front of the street. */
  readonly houseNumber: readonly number[];
  /** Columns compared as they are (field "other"), at most MAX_GENERIC. */
  readonly generic: readonly number[];
  /** Dates that tell which row is the most recent (survivor choice). */
  readonly recency: readonly number[];
}

/** Roles that describe the person but that no other field reads: compared as they are. */
const GENERIC_ROLES: ReadonlySet<ColumnRole> = new Set([
  "other",
  "id",
  "addressComplement",
  "country",
  "jobTitle",
  "gender",
  "civility",
  "socioProfessionalCategory",
  "age",
]);
/** Each compared column costs time on every candidate pair; a wide export's 40th column says little. */
export const MAX_GENERIC = 7;
const HOUSE_NUMBER: ReadonlySet<string> = new Set(HOUSE_NUMBER_HEADERS.map(normalizeHeader));

const RECENCY_ROLES: ReadonlySet<ColumnRole> = new Set(["lastPurchaseDate", "lastContactDate", "orderDate", "firstPurchaseDate"]);

/** The identifying columns of a table, from the roles detectRoles (or the user) gave them. */
export function fieldColumns(columns: readonly DetectedColumn[]): FieldColumns {
  const of = (...roles: ColumnRole[]) => columns.filter((c) => roles.includes(c.role)).map((c) => c.index);
  const houseNumbers = columns.filter((c) => c.role === "other" && c.source !== "tria" && HOUSE_NUMBER.has(normalizeHeader(c.header))).map((c) => c.index);
  return {
    email: of("email"),
    phone: of("phone", "mobile"),
    siret: of("siret"),
    siren: of("siren"),
    fullName: of("fullName"),
    firstName: of("firstName"),
    lastName: of("lastName"),
    company: of("company"),
    address: of("address"),
    street: of("street"),
    postalCode: of("postalCode"),
    city: of("city"),
    birthDate: of("birthDate"),
    // A customer number shared by two rows says they are one customer; an "id" that is only
    // the row's own sequence number says nothing, so only customerId counts.
    customerId: of("customerId"),
    houseNumber: houseNumbers,
    generic: columns
      .filter((c) => GENERIC_ROLES.has(c.role) && c.source !== "tria" && !houseNumbers.includes(c.index))
      .map((c) => c.index)
      .slice(0, MAX_GENERIC),
    recency: columns.filter((c) => RECENCY_ROLES.has(c.role)).map((c) => c.index),
  };
}

/** The columns that show a field in the sheet: where a duplicate's cells get flagged. */
export function columnsShowing(field: MatchField, columns: FieldColumns): readonly number[] {
  switch (field) {
    case "name":
      return [...columns.fullName, ...columns.lastName, ...columns.firstName];
    case "address":
      return [...columns.houseNumber, ...columns.address, ...columns.street];
    case "siret":
      return [...columns.siret, ...columns.siren];
    case "other":
      return columns.generic;
    default:
      return columns[field];
  }
}
