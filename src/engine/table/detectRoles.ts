import type { ColumnRole } from "./columnRole";
import { rankHeaderRoles, roleFromHeader, type HeaderRoleGuess } from "./headerRole";
import type { ColumnProfile } from "./sniff/columnProfile";
import { bestValueRole, roleFitsValues } from "./sniff/roleEvidence";
import { sniffColumn } from "./sniff/sniffColumn";
import { isCountHeader } from "./countHeader";
import type { Table } from "./table";
import { headerlessPurchaseRoles } from "./headerlessRoles";

/** "tria": a column Tria wrote itself, never read as the user's data (role `other`). */
export type RoleSource = "header" | "values" | "both" | "user" | "tria";

export interface DetectedColumn {
  readonly index: number;
  readonly header: string;
  readonly role: ColumnRole;
  /** 0..1; 1 for a role the user chose. */
  readonly confidence: number;
  readonly source: RoleSource;
}

/** Roles the user chose in the taskpane, by column index. They always win (DESIGN.md §2). */
export type RoleOverrides = Readonly<Record<number, ColumnRole>>;

/**
 * Roles several columns may share: "Adresse 2" and "Adresse 3" are both complements; two
 * "E-mail" columns (personal, work) both hold e-mails and both are checked.
 */
const SHARED_ROLES: ReadonlySet<ColumnRole> = new Set(["other", "addressComplement", "email"]);
/**
 * Roles whose every column is checked on its own, cell by cell: a second phone ("Tél. bureau"
 * beside "Tél. fixe" and "Portable"), a delivery address, a second SIRET. A column that loses its
 * role to a more confident one and has no other reading keeps it rather than go unchecked as
 * `other`; jobs that need one column of a role (scoring, duplicates) take the first.
 */
const REPEATABLE_ROLES: ReadonlySet<ColumnRole> = new Set(["phone", "mobile", "address", "siret", "siren"]);
/** Values that name their column whatever its title says: an e-mail column titled "Identifiant" holds e-mails. */
const SELF_EVIDENT: ReadonlySet<ColumnRole> = new Set(["email", "phone", "mobile", "siret", "siren"]);
const HEADER_TRUSTED = 0.5;
const FITS = 0.6;
/** Share of multi-word names above which a "Nom" column holds whole names. */
const WHOLE_NAMES = 0.5;
const CONTRADICTS = 0.3;
/** Headers naming who the customer is ("Client", "Nom"): filled with codes, they hold the customer's id. */
const WHO_ROLES: ReadonlySet<ColumnRole> = new Set(["fullName", "lastName", "firstName", "company"]);
/**
 * Headers naming the customer as a whole ("Client", "Customer", "Contact"): filled with codes
 * (C001, CL-0042), they hold the customer's id. A first or last name column of letters and
 * digits stays a name (test files make names up as "given15a").
 */
const CUSTOMER_HEADER_ROLES: ReadonlySet<ColumnRole> = new Set(["fullName"]);

interface Decision extends DetectedColumn {
  readonly profile: ColumnProfile;
}

/**
 * Each column's role from its header and its values. Values confirm the header (source
 * "both", confidence up), correct it when they clearly contradict it ("Contact" full of
 * e-mails → email), or decide alone when the header says nothing. Then each role goes to
 * one column only: the most confident keeps it, the others fall back to their next header
 * reading, or phone ↔ mobile by their values, or keep a repeatable role (REPEATABLE_ROLES), or `other`. User overrides win with confidence 1.
 */
export function detectRoles(table: Table, overrides: RoleOverrides = {}): DetectedColumn[] {
  const width = table.headers.length;
  const decisions: Decision[] = [];
  for (let index = 0; index < width; index++) {
    const header = table.headers[index] ?? "";
    const { profile } = sniffColumn(table, index);
    const override = overrides[index];
    if (table.ownColumns?.has(index)) {
      // A job's own output ("Tél. (E.164)", "Code RFM") must not feed the next job as input.
      decisions.push({ index, header, role: "other", confidence: 1, source: "tria", profile });
      continue;
    }
    decisions.push(
      override !== undefined
        ? { index, header, role: override, confidence: 1, source: "user", profile }
        : { index, header, profile, ...decide(roleFromHeader(header), profile, isCountHeader(header)) },
    );
  }
  fillCityAfterPostalCode(decisions);
  return withHeaderlessPurchases(table, resolveConflicts(decisions)).map(({ index, header, role, confidence, source }) => ({
    index,
    header,
    role,
    confidence,
    source,
  }));
}

function decide(byHeader: HeaderRoleGuess, profile: ColumnProfile, countHeader: boolean): Omit<DetectedColumn, "index" | "header"> {
  const byValues = bestValueRole(profile);
  // "Envoyés" over 1000, 2000: numbers the header says are counts, whatever codes they look like.
  const valuesSay = byValues && byValues.score >= FITS && !(countHeader && byValues.role === "postalCode") ? byValues : null;
  const fromValues = (role: ColumnRole, score: number, source: RoleSource = "values") => ({
    role,
    confidence: round3(0.45 + 0.4 * score),
    source,
  });
  if (byHeader.role === "other" || byHeader.confidence < HEADER_TRUSTED) {
    if (valuesSay) return fromValues(valuesSay.role, valuesSay.score, valuesSay.role === byHeader.role ? "both" : "values");
    return { role: byHeader.role, confidence: byHeader.confidence, source: "header" };
  }
  const fit = roleFitsValues(byHeader.role, profile);
  if (fit === null) {
    if (valuesSay && SELF_EVIDENT.has(valuesSay.role) && valuesSay.score >= 0.8) return fromValues(valuesSay.role, valuesSay.score);
    return { role: byHeader.role, confidence: byHeader.confidence, source: "header" };
  }
  // "Nom" holding "Marie Dupont": the header named the column, the values say it is the whole name.
  // Whole names with civilities and names we do not know count too: a real last-name column
  // has few values of two words or more.
  const wholeNames = profile.shares.fullName >= FITS || profile.shares.multiWordName >= WHOLE_NAMES;
  if ((byHeader.role === "lastName" || byHeader.role === "firstName") && wholeNames) {
    return { role: "fullName", confidence: round3(Math.min(0.9, byHeader.confidence)), source: "both" };
  }
  if (fit >= FITS) {
    return { role: byHeader.role, confidence: round3(Math.min(0.99, byHeader.confidence + (1 - byHeader.confidence) * fit * 0.6)), source: "both" };
  }
  // "Client" over 10234, 20311…: a postal code by its looks, but the header says whose row it is.
  // "Client" over C001, CL-0042…: codes, not names; the customer's id too.
  const numbers = WHO_ROLES.has(byHeader.role) && profile.shares.number >= FITS;
  const codes = CUSTOMER_HEADER_ROLES.has(byHeader.role) && profile.shares.number + profile.shares.code >= FITS;
  if (fit < CONTRADICTS && (numbers || codes)) {
    return { role: "customerId", confidence: round3(byHeader.confidence), source: "both" };
  }
  if (fit < CONTRADICTS && valuesSay && valuesSay.role !== byHeader.role) return fromValues(valuesSay.role, valuesSay.score);
  // The values neither confirm nor name anything else: keep the header, with doubt.
  return { role: byHeader.role, confidence: round3(byHeader.confidence * (0.5 + 0.5 * fit)), source: "header" };
}

/** A headerless purchase list (headerlessRoles.ts): its customer, date and amount columns. */
function withHeaderlessPurchases(table: Table, decisions: Decision[]): Decision[] {
  const guesses = headerlessPurchaseRoles(table, (index) => decisions[index]!.source === "user" || decisions[index]!.source === "tria");
  if (guesses.length === 0) return decisions;
  const result = decisions.map((d) => (guesses.some((g) => g.role === d.role && g.index !== d.index) ? { ...d, role: "other" as const, confidence: 0.3 } : d));
  for (const { index, role } of guesses) result[index] = { ...result[index]!, role, confidence: 0.6, source: "values" };
  return result;
}

/** An untitled column of place names right after the postal codes is the town (the RNVP line 6 order). */
function fillCityAfterPostalCode(decisions: Decision[]): void {
  if (decisions.some((d) => d.role === "city")) return;
  for (let i = 1; i < decisions.length; i++) {
    const d = decisions[i]!;
    if (d.role !== "other" || d.source === "user" || d.source === "tria" || decisions[i - 1]!.role !== "postalCode") continue;
    if (d.profile.shares.nameShaped >= 0.8) decisions[i] = { ...d, role: "city", confidence: 0.6, source: "values" };
    return;
  }
}

const SOURCE_RANK: Readonly<Record<RoleSource, number>> = { tria: 4, user: 3, both: 2, header: 1, values: 0 };

function beats(a: Decision, b: Decision): boolean {
  if ((a.source === "user") !== (b.source === "user")) return a.source === "user";
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  if (SOURCE_RANK[a.source] !== SOURCE_RANK[b.source]) return SOURCE_RANK[a.source] > SOURCE_RANK[b.source];
  return a.index < b.index;
}

/** One column per role: winners first, then the others take a free role or become `other`. */
function resolveConflicts(decisions: Decision[]): Decision[] {
  const result = [...decisions];
  const claimants = new Map<ColumnRole, Decision[]>();
  for (const d of decisions) {
    if (SHARED_ROLES.has(d.role)) continue;
    claimants.set(d.role, [...(claimants.get(d.role) ?? []), d]);
  }
  const taken = new Set<ColumnRole>(claimants.keys());
  const userRoles = new Set(decisions.filter((d) => d.source === "user").map((d) => d.role));
  const losers: Decision[] = [];
  for (const [role, group] of claimants) {
    if (group.length < 2) continue;
    if ((role === "phone" || role === "mobile") && group.every((d) => d.source !== "user")) {
      losers.push(...splitPhones(group, result, taken));
      continue;
    }
    const winner = group.reduce((best, d) => (beats(d, best) ? d : best));
    losers.push(...group.filter((d) => d !== winner));
  }
  for (const loser of losers.sort((a, b) => b.confidence - a.confidence)) {
    const fallback = nextHeaderRole(loser, taken);
    // A role the user gave a column is taken from the others, as they asked.
    if (fallback.role === "other" && REPEATABLE_ROLES.has(loser.role) && !userRoles.has(loser.role)) continue;
    if (fallback.role !== "other" && !SHARED_ROLES.has(fallback.role)) taken.add(fallback.role);
    result[loser.index] = { ...loser, ...fallback };
  }
  return result;
}

/** Two phone columns: the one with more 06/07 numbers is the mobile, the other the phone. */
function splitPhones(group: Decision[], result: Decision[], taken: Set<ColumnRole>): Decision[] {
  const sibling: ColumnRole = group[0]!.role === "phone" ? "mobile" : "phone";
  if (result.some((d) => d.role === sibling)) {
    const winner = group.reduce((best, d) => (beats(d, best) ? d : best));
    return group.filter((d) => d !== winner);
  }
  const byMobileShare = [...group].sort((a, b) => b.profile.shares.mobile - a.profile.shares.mobile || a.index - b.index);
  const mobile = byMobileShare[0]!;
  // Two landline columns ("Tél domicile", "Tél bureau") hold no mobile to promote.
  if (sibling === "mobile" && mobile.profile.shares.mobile < 0.5) {
    const winner = group.reduce((best, d) => (beats(d, best) ? d : best));
    return group.filter((d) => d !== winner);
  }
  const rest = byMobileShare.slice(1);
  const phone = rest.reduce((best, d) => (beats(d, best) ? d : best));
  result[mobile.index] = { ...mobile, role: "mobile" };
  result[phone.index] = { ...phone, role: "phone" };
  taken.add("mobile").add("phone");
  return rest.filter((d) => d !== phone);
}

/** The next reading of the header that is free and that the values do not contradict, or `other`. */
function nextHeaderRole(d: Decision, taken: ReadonlySet<ColumnRole>): Pick<Decision, "role" | "confidence" | "source"> {
  for (const candidate of rankHeaderRoles(d.header)) {
    if (candidate.role === d.role || (taken.has(candidate.role) && !SHARED_ROLES.has(candidate.role))) continue;
    if (candidate.confidence < HEADER_TRUSTED) break;
    const fit = roleFitsValues(candidate.role, d.profile);
    if (fit !== null && fit < CONTRADICTS) continue;
    return { role: candidate.role, confidence: round3(candidate.confidence * 0.8), source: "header" };
  }
  return { role: "other", confidence: 0.3, source: d.source };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
