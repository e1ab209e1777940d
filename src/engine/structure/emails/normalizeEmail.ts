import { foldAccents } from "../../text/fold";
import type { FieldIssue } from "../fieldIssue";
import { commaForDot, readEmailCell } from "../../contact/emailAddress";
import { emailIssues } from "./emailMessages";
import { providerDomain, suggestDomain } from "./suggestDomain";

export interface EmailResult {
  /** Trimmed, lower case, spaces and "mailto:" / <> removed; the first address of the cell. */
  readonly email: string;
  /** The syntax is right (a domain typo does not make it invalid: it gets a suggestion). */
  readonly valid: boolean;
  /** The address we think was meant, when it differs ("jean@gmial.com" → "jean@gmail.com"). */
  readonly suggestion: string | null;
  /** Further addresses found in the same cell, normalised the same way. */
  readonly others: readonly string[];
  readonly issues: readonly FieldIssue[];
}

// The everyday shape, checked before anything slower (this runs on a million rows).
const PLAIN = /^[a-z0-9._%+'-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/;
// RFC 5322 "atext" plus dots, without quoted strings: what mail servers and CRMs accept.
const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * An e-mail address as typed in a customer file, cleaned; what is wrong with it is in
 * `issues`, with a suggestion when we can tell what was meant. Normalising twice gives the
 * same `email` as once. The reading is contact/emailAddress's, the one duplicates compares.
 */
export function normalizeEmail(value: string): EmailResult {
  const comma = commaForDotResult(value);
  if (comma) return comma;
  const cell = readEmailCell(value);
  const [first = "", ...others] = cell.addresses;
  const issues: FieldIssue[] = [];
  if (first === "") return { email: "", valid: false, suggestion: null, others: [], issues };
  // "pas d'email", "Non communiqué": a note, not an address with a stray space ("pasd'email").
  if (cell.spaceInside && first.includes("@")) issues.push(emailIssues.spaceInside(first));
  if (others.length > 0) issues.push(emailIssues.several(first, others));
  const checked = checkAddress(first);
  issues.push(...checked.issues);
  const valid = !issues.some((issue) => issue.kind !== "typo" && issue.code !== "email.spaceInside");
  const suggestion = checked.issues.find((issue) => issue.suggestion)?.suggestion ?? null;
  return { email: first, valid: valid && checked.valid, suggestion, others, issues };
}

function commaForDotResult(value: string): EmailResult | null {
  const comma = commaForDot(value);
  if (!comma) return null;
  const checked = checkAddress(comma.meant);
  if (!checked.valid) return null;
  const fixed = checked.issues.find((issue) => issue.suggestion)?.suggestion ?? comma.meant;
  return { email: comma.typed, valid: false, suggestion: fixed, others: [], issues: [emailIssues.commaForDot(comma.typed, fixed)] };
}

function checkAddress(email: string): { valid: boolean; issues: FieldIssue[] } {
  if (PLAIN.test(email) && !email.includes("..") && LOCAL.test(localPart(email))) {
    return { valid: true, issues: domainTypo(email) };
  }
  const at = email.split("@");
  if (at.length === 1) return { valid: false, issues: [emailIssues.noAt()] };
  if (at.length > 2) {
    const once = email.replace(/@{2,}/g, "@");
    return { valid: false, issues: [emailIssues.severalAt(once.split("@").length === 2 ? once : null)] };
  }
  const [local = "", domain = ""] = at;
  if (local === "") return { valid: false, issues: [emailIssues.emptyLocal()] };
  if (domain === "") return { valid: false, issues: [emailIssues.noDomain()] };
  const issues: FieldIssue[] = [];
  if (!LOCAL.test(local)) {
    const plain = foldAccents(local)
      .replace(/\.{2,}/g, ".")
      .replace(/^\.|\.$/g, "");
    // "zoé@gmial.com" → "zoe@gmail.com": the domain's own typo is fixed in the same suggestion.
    const fixed = LOCAL.test(plain) && plain !== local ? `${plain}@${domain}` : null;
    issues.push(emailIssues.badLocal(fixed && (domainTypo(fixed)[0]?.suggestion ?? fixed)));
  }
  if (!domain.includes(".")) {
    const meant = providerDomain(domain);
    issues.push(emailIssues.noTld(meant ? `${local}@${meant}` : null));
  } else if (!domain.split(".").every((label) => LABEL.test(label)) || !/\.[a-z]{2,}$/.test(domain)) {
    const plain = foldAccents(domain)
      .replace(/\.{2,}/g, ".")
      .replace(/^\.|\.$/g, "");
    const fixable = plain !== domain && plain.split(".").every((label) => LABEL.test(label));
    issues.push(emailIssues.badDomain(fixable ? `${local}@${plain}` : null));
  }
  if (issues.length > 0) return { valid: false, issues };
  return { valid: true, issues: domainTypo(email) };
}

function domainTypo(email: string): FieldIssue[] {
  const at = email.lastIndexOf("@");
  const domain = email.slice(at + 1);
  const meant = suggestDomain(domain);
  return meant ? [emailIssues.domainTypo(domain, `${email.slice(0, at)}@${meant}`)] : [];
}

function localPart(email: string): string {
  return email.slice(0, email.lastIndexOf("@"));
}
