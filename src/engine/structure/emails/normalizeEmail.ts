import { foldAccents } from "../../text/fold";
import type { FieldIssue } from "../fieldIssue";
import { cleanText } from "../text/cleanText";
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
 * same `email` as once.
 */
export function normalizeEmail(value: string): EmailResult {
  const comma = commaForDot(value);
  if (comma) return comma;
  const addresses = readAddresses(value);
  const [first = "", ...others] = addresses.list;
  const issues: FieldIssue[] = [];
  if (first === "") return { email: "", valid: false, suggestion: null, others: [], issues };
  // "pas d'email", "Non communiqué": a note, not an address with a stray space ("pasd'email").
  if (addresses.spaceInside && first.includes("@")) issues.push(emailIssues.spaceInside(first));
  if (others.length > 0) issues.push(emailIssues.several(first, others));
  const checked = checkAddress(first);
  issues.push(...checked.issues);
  const valid = !issues.some((issue) => issue.kind !== "typo" && issue.code !== "email.spaceInside");
  const suggestion = checked.issues.find((issue) => issue.suggestion)?.suggestion ?? null;
  return { email: first, valid: valid && checked.valid, suggestion, others, issues };
}

// "marie@orange,fr", "marie@orange fr": one address whose last dot was typed as a comma or a space.
const COMMA_FOR_DOT = /^([^\s@,;]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*)\s*[, ]\s*([a-z]{2,4})$/;

function commaForDot(value: string): EmailResult | null {
  const text = cleanText(value).toLowerCase();
  const match = COMMA_FOR_DOT.exec(text);
  if (!match) return null;
  const meant = `${match[1]}.${match[2]}`;
  const checked = checkAddress(meant);
  if (!checked.valid) return null;
  const fixed = checked.issues.find((issue) => issue.suggestion)?.suggestion ?? meant;
  return { email: text, valid: false, suggestion: fixed, others: [], issues: [emailIssues.commaForDot(text, fixed)] };
}

interface Addresses {
  readonly list: readonly string[];
  readonly spaceInside: boolean;
}

function readAddresses(value: string): Addresses {
  let text = cleanText(value).toLowerCase();
  // "Jean Dupont <jean@orange.fr>" as mail programs copy it.
  const bracketed = /<([^<>]*@[^<>]*)>/.exec(text);
  if (bracketed?.[1] !== undefined) text = bracketed[1];
  text = text.replace(/mailto:/g, " ");
  // Spaces next to @ or a dot were never meant ("jean @ orange . fr").
  text = text.replace(/\s*([@.])\s*/g, "$1").trim();
  const pieces = text
    .split(/[\s,;]+/)
    .map(trimEnds)
    .filter((piece) => piece !== "");
  const withAt = pieces.filter((piece) => piece.includes("@"));
  if (withAt.length >= 2) return { list: withAt, spaceInside: false };
  const joined = trimEnds(pieces.join(""));
  return { list: joined ? [joined] : [], spaceInside: pieces.length > 1 && /\s/.test(text) };
}

/**
 * Brackets, double quotes and sentence punctuation around an address are not part of it.
 * Characters an address may start or end with ("'", "{", a leading ".") are only taken off
 * when they wrap it in pairs ('jean@free.fr'), so nothing of a real address is lost.
 */
function trimEnds(piece: string): string {
  let text = piece.replace(/^[\s<>"()[\]]+/, "").replace(/[\s<>"()[\].,;:]+$/, "");
  while (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) text = text.slice(1, -1);
  return text;
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
