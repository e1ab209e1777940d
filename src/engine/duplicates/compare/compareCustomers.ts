import type { CustomerRecord } from "../customerRecord";
import type { MatchField } from "../duplicateFields";
import type { ValueFrequencies } from "../valueFrequencies";
import { emailLocalPart } from "../normalize/normalizeEmail";
import { WEIGHTS } from "./fieldWeights";
import { distance } from "fastest-levenshtein";
import { jaroWinkler } from "./jaroWinkler";
import { INITIAL_MATCH, matchTokens } from "./tokenMatch";

/** Why two rows match: a field, how alike its values are (0..1) and the bits it adds. */
export interface FieldEvidence {
  readonly field: MatchField;
  readonly similarity: number;
  readonly bits: number;
}

/**
 * Compare two rows field by field and add up the evidence (Fellegi-Sunter): a field missing
 * on either side says nothing. `fields` limits the comparison (the --fields option); `sink`,
 * when given, receives each field's evidence for the note and the report.
 */
export function compareCustomers(
  a: CustomerRecord,
  b: CustomerRecord,
  freq: ValueFrequencies,
  fields: ReadonlySet<MatchField>,
  sink?: FieldEvidence[],
): number {
  total = 0;
  currentSink = sink;
  if (fields.has("email") && a.email && b.email) add("email", ...compareEmails(a.email, b.email, freq));
  if (fields.has("phone") && a.phones.length > 0 && b.phones.length > 0) {
    const w = WEIGHTS.phone;
    const shared = a.phones.find((p) => b.phones.includes(p));
    add("phone", shared ? 1 : 0, shared ? clamp(freq.rarity("p", shared, w.agreeMax), w.agreeMin) : w.disagree);
  }
  if (fields.has("siret") && (a.siret || a.siren) && (b.siret || b.siren)) {
    const w = WEIGHTS.siret;
    if (a.siret && a.siret === b.siret) add("siret", 1, w.agree);
    else if (a.siren && a.siren === b.siren) add("siret", 0.65, w.sameSiren);
    else add("siret", 0, w.disagree);
  }
  if (fields.has("name") && a.name.length > 0 && b.name.length > 0) compareNames(a, b, freq);
  if (fields.has("company") && a.company && b.company) {
    const w = WEIGHTS.company;
    const rarity = clamp(freq.rarity("c", a.company, w.agreeMax), w.agreeMin);
    if (a.company === b.company) add("company", 1, rarity);
    else {
      // A typo rarely hits the first letters; other companies are not worth a Jaro-Winkler.
      const sim = a.company.charCodeAt(0) === b.company.charCodeAt(0) ? jaroWinkler(a.company, b.company) : 0;
      add("company", round2(sim), sim >= w.close ? rarity * w.closeShare : w.disagree);
    }
  }
  compareLocation(a, b, freq, fields);
  if (fields.has("birthDate") && !Number.isNaN(a.birthDate) && !Number.isNaN(b.birthDate)) {
    const same = a.birthDate === b.birthDate;
    add("birthDate", same ? 1 : 0, same ? WEIGHTS.birthDate.agree : WEIGHTS.birthDate.disagree);
  }
  if (fields.has("customerId") && a.customerId && a.customerId === b.customerId) add("customerId", 1, WEIGHTS.customerId.agree);
  currentSink = undefined;
  return total;
}

/**
 * The running sum of one comparison. Module state rather than a closure per call: this runs
 * for every candidate pair (millions), and JavaScript runs one comparison at a time.
 */
let total = 0;
let currentSink: FieldEvidence[] | undefined;

function add(field: MatchField, similarity: number, bits: number): void {
  total += bits;
  currentSink?.push({ field, similarity, bits });
}

/**
 * E-mails: the same address is strong evidence; the same mailbox at a mistyped domain
 * (gmial.com) nearly as strong; the same mailbox at another provider is weak, because
 * addresses are made from names ("emma.perrin@…") and namesakes share them.
 */
function compareEmails(a: string, b: string, freq: ValueFrequencies): [number, number] {
  const w = WEIGHTS.email;
  if (a === b) return [1, clamp(freq.rarity("e", a, w.agreeMax), w.agreeMin)];
  const localA = emailLocalPart(a);
  const localB = emailLocalPart(b);
  const domainA = a.slice(localA.length + 1);
  const domainB = b.slice(localB.length + 1);
  // The similarity is only shown in notes, so it is computed only when the e-mails count.
  if (localA === localB) return jaroWinkler(domainA, domainB) >= 0.85 ? [round2(jaroWinkler(a, b)), w.domainTypo] : [0, w.sameMailboxOnly];
  if (domainA === domainB && localA.length >= 6 && oneLetterApart(localA, localB)) return [round2(jaroWinkler(a, b)), w.oneLetter];
  return [0, w.disagree];
}

/** One letter typed wrong, left out, doubled or swapped; a different digit is another mailbox. */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || /\d/.test(a + b)) return false;
  return distance(a, b) <= 1 || (a.length === b.length && jaroWinkler(a, b) >= 0.95);
}

/** Names: words paired in any order; each agreeing word adds its rarity, a clashing word costs. */
function compareNames(a: CustomerRecord, b: CustomerRecord, freq: ValueFrequencies): void {
  const w = WEIGHTS.name;
  const match = matchTokens(a.name, b.name);
  let bits = 0;
  for (const [word, sim] of match.pairs) {
    if (sim === INITIAL_MATCH || word.length === 1) bits += w.initial;
    else bits += clamp(freq.rarity("n", word, w.wordMax), w.wordMin) * (sim === 1 ? 1 : 0.8);
  }
  // Several rare words agreeing are not independent evidence (families, namesakes): capped.
  bits = Math.min(bits, w.max) + match.unmatchedShort * w.conflict + match.unmatchedLong * w.missingWord;
  const similarity = match.matched / Math.max(a.name.length, b.name.length);
  add("name", round2(similarity), bits);
}

function compareLocation(a: CustomerRecord, b: CustomerRecord, freq: ValueFrequencies, fields: ReadonlySet<MatchField>): void {
  const pa = a.address;
  const pb = b.address;
  if (fields.has("postalCode") && pa.postalCode && pb.postalCode) {
    const w = WEIGHTS.postalCode;
    if (pa.postalCode === pb.postalCode) add("postalCode", 1, clamp(freq.rarity("z", pa.postalCode, w.agreeMax), w.agreeMin));
    else add("postalCode", 0, sameCity(pa.city, pb.city) ? w.sameCityOnly : w.disagree);
  } else if (fields.has("city") && pa.city && pb.city) {
    const w = WEIGHTS.city;
    const same = sameCity(pa.city, pb.city);
    add("city", same ? 1 : 0, same ? freq.rarity("t", pa.city, w.agreeMax) : w.disagree);
  }
  if (fields.has("address") && pa.street.length > 0 && pb.street.length > 0) {
    const w = WEIGHTS.address;
    const match = matchTokens(pa.street, pb.street);
    // Half "all of the shorter inside the longer", half "share of the longer": a town name
    // left in the line when the postal code is missing costs a little, not everything.
    const sim = (match.matched / Math.min(pa.street.length, pb.street.length) + match.matched / Math.max(pa.street.length, pb.street.length)) / 2;
    const numbers = pa.number && pb.number ? (pa.number === pb.number ? w.sameNumber : w.otherNumber) : w.noNumber;
    add("address", round2(sim), sim >= w.same ? numbers : sim < w.other ? w.differs : 0);
  }
}

function sameCity(a: string, b: string): boolean {
  return a !== "" && b !== "" && (a === b || jaroWinkler(a, b) >= 0.9);
}

function clamp(bits: number, min: number): number {
  return Math.max(min, bits);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
