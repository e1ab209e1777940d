import type { Lang } from "../i18n/lang";

/**
 * What a field parser found wrong with one cell, before it becomes a flag on the sheet.
 * Parsers (address, name, phone, e-mail, SIRET…) return these; the Structure job turns them
 * into CellFlags with the legend's kinds. Messages come in both languages so the job can pick.
 */
export interface FieldIssue {
  readonly kind: "incomplete" | "invalid" | "typo";
  /** Stable id for tests and counts, e.g. "phone.tooShort", "email.domainTypo". */
  readonly code: string;
  /** The note: why, and what to do. */
  readonly message: Readonly<Record<Lang, string>>;
  /** The fix we would make, when there is one ("gmail.com", "PARIS"). */
  readonly suggestion?: string;
  /**
   * The part of the cell the suggestion fixes, named as the processor's part column
   * ("postalCode" of an address): "apply" writes it there, never over the whole cell. Absent
   * when the suggestion replaces the whole cell (an e-mail, a phone).
   */
  readonly suggestionPart?: string;
}
