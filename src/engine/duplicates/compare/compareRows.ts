import type { MatchField } from "../duplicateFields";
import type { PreparedRows } from "../preparedRows";
import { rarities } from "./rarities";
import { SimilarityCache } from "./similarityCache";
import { mayReachJaroWinkler } from "./similarityBound";
import { WordShapes } from "./wordShapes";
import { emailOf } from "../preparedRows";
import { emailLocalPart } from "../../contact/emailAddress";
import { mayBeOneLetterApart, oneLetterApart } from "./oneLetterApart";
import { jaroWinkler } from "./jaroWinkler";
import { WordPairing } from "./wordPairing";
import {
  BIRTH,
  CITY,
  COMPANY,
  CUSTOMER_ID,
  DOMAIN,
  EMAIL,
  HOUSE_NUMBER,
  MAILBOX,
  MAILBOX_INFO,
  MAILBOX_LETTERS,
  NAME,
  NO_DATE,
  packRows,
  PHONES,
  POSTAL_CODE,
  SIREN,
  SIRET,
  STREET,
  STRIDE,
} from "./packedRows";
import { FIELD_LEVELS, FIXED_SLOTS, genericLevels, SLOT, type FieldLevels } from "../model/fieldLevels";
import type { FittedModel } from "../model/fitModel";
import { GenericColumns, oneDigitApart } from "./genericColumns";
import { dateLevel } from "./dateLevel";

/** Why two rows match: a field, how alike its values are (0..1), its level and the bits it adds (its match weight). */
export interface FieldEvidence {
  readonly field: MatchField;
  readonly similarity: number;
  readonly bits: number;
  /** The comparison level's name ("same", "Jaro-Winkler ≥ 0.95"...). */
  readonly level: string;
  /** The column compared, for field "other". */
  readonly column?: number;
}

/** Two spellings of one town above this Jaro-Winkler similarity ("Saint-Etienne" / "St Etiene"). */
const SAME_CITY = 0.9;
/** Term frequency raises an exact agreement's weight by at most this many bits. */
const TF_MAX = 3;

/**
 * Compares two prepared rows field by field (Fellegi-Sunter): each field falls in one
 * comparison level (see fieldLevels), worth the level's weight log2(m/u), an exact agreement
 * on a name, company, town or postal code moved by how rare the value is (term frequency); a
 * field missing on either side says nothing. Weights are the prior ones until useModel gives
 * those learnt from the file. Built once per run: rarities per distinct value and similarity
 * caches are computed once, and a comparison allocates nothing (it runs for millions of
 * candidate pairs). `score` stops early, returning a value under `floor`, as soon as the
 * fields left cannot lift the sum to the floor; with a `sink` it reports each field.
 */
export class RowComparer {
  readonly slots: readonly FieldLevels[];
  private readonly on: Readonly<Record<MatchField, boolean>>;
  private readonly wordRarity: Float64Array;
  private readonly companyRarity: Float64Array;
  private readonly postalRarity: Float64Array;
  private readonly cityRarity: Float64Array;
  /** Length and letters a-z of each town: most different towns skip Jaro-Winkler. */
  private readonly cityShapes: WordShapes;
  private readonly domainSim: SimilarityCache;
  /** The fields a comparison reads, one cache line per row (see packedRows). */
  private readonly packed: Int32Array;
  private readonly generic: GenericColumns;
  private weights: readonly Float64Array[] = [];
  /** Per slot: -log2 of u for the first level (term frequency is relative to it); the most a slot can add. */
  private uExactBits = new Float64Array(0);
  private maxBits = new Float64Array(0);
  private genericMax = 0;
  /** Each slot's level in the last comparison (-1: missing). */
  readonly lastLevels: Int8Array;
  private total = 0;
  private sink: FieldEvidence[] | undefined;
  /** Pair name words (with their rarity) and street words; each keeps its last pairing's result. */
  private readonly names: WordPairing;
  private readonly streets: WordPairing;
  /** This comparison's shared e-mail or phone: one only the two rows hold, one a crowd holds. */
  private personalContact = false;
  private crowdContact = false;
  /** Both names have two words or more: a first name and a surname each, not "Mr et Mme Joël". */
  private fullNames = false;

  constructor(
    private readonly p: PreparedRows,
    fields: ReadonlySet<MatchField>,
    generic?: GenericColumns,
  ) {
    const on = {} as Record<MatchField, boolean>;
    for (const f of ["email", "phone", "siret", "name", "company", "postalCode", "city", "address", "birthDate", "customerId", "other"] as const)
      on[f] = fields.has(f);
    this.on = on;
    this.wordRarity = rarities(p.nameWords, p.rows, Infinity, -Infinity);
    this.companyRarity = rarities(p.companies, p.rows, Infinity, -Infinity);
    this.postalRarity = rarities(p.postalCodes, p.rows, Infinity, -Infinity);
    this.cityRarity = rarities(p.cities, p.rows, Infinity, -Infinity);
    this.cityShapes = new WordShapes(p.cities);
    this.names = new WordPairing(new WordShapes(p.nameWords), this.wordRarity);
    this.streets = new WordPairing(new WordShapes(p.streetWords));
    this.domainSim = new SimilarityCache(p.domains);
    this.packed = packRows(p);
    this.generic = generic && on.other ? generic : new GenericColumns(p.table, []);
    this.slots = [...FIELD_LEVELS, ...this.generic.columns.map((c) => genericLevels(c.kind))];
    this.lastLevels = new Int8Array(this.slots.length);
    this.setWeights(
      this.slots.map((f) => Float64Array.from(f.m0, (m, l) => Math.log2(m / f.u0[l]!))),
      this.slots.map((f) => f.u0[0]!),
    );
  }

  /** Score with the weights learnt from the file from now on. */
  useModel(model: FittedModel): void {
    this.setWeights(
      model.weights,
      model.u.map((u) => u[0]!),
    );
  }

  private setWeights(weights: readonly Float64Array[], uExact: readonly number[]): void {
    this.weights = weights;
    this.uExactBits = Float64Array.from(uExact, (u) => -Math.log2(u));
    this.maxBits = Float64Array.from(this.slots, (f, s) => Math.max(0, ...weights[s]!) + (f.termFrequency ? TF_MAX : 0));
    this.genericMax = 0;
    for (let s = FIXED_SLOTS; s < this.slots.length; s++) this.genericMax += this.maxBits[s]!;
  }

  /** Each slot's level for rows i and j (the model's training input). */
  levels(i: number, j: number, out: Int8Array): void {
    this.score(i, j);
    out.set(this.lastLevels);
  }

  /** The bits of evidence that rows i and j are one customer (under `floor` means "less than floor"). */
  score(i: number, j: number, floor = -Infinity, sink?: FieldEvidence[]): number {
    const p = this.p;
    const k = this.packed;
    const a = i * STRIDE;
    const b = j * STRIDE;
    const on = this.on;
    this.total = 0;
    this.personalContact = false;
    this.crowdContact = false;
    this.fullNames = false;
    this.sink = sink;
    this.lastLevels.fill(-1);
    if (on.email && k[a + DOMAIN]! >= 0 && k[b + DOMAIN]! >= 0) this.compareEmails(i, j, a, b);
    const phonesA = k[a + PHONES]! & 15;
    const phonesB = k[b + PHONES]! & 15;
    if (on.phone && phonesA > 0 && phonesB > 0) {
      const shared = this.sharedPhone(k[a + PHONES]! >>> 4, phonesA, k[b + PHONES]! >>> 4, phonesB);
      if (shared >= 0) this.addContact(SLOT.phone, 1, 0, p.phoneCount[shared]!);
      else this.add(SLOT.phone, 0, 1);
    }
    if (on.siret && (k[a + SIRET]! >= 0 || k[a + SIREN]! >= 0) && (k[b + SIRET]! >= 0 || k[b + SIREN]! >= 0)) {
      if (k[a + SIRET]! >= 0 && k[a + SIRET] === k[b + SIRET] && p.siret[i] === p.siret[j]) this.add(SLOT.siret, 1, 0);
      else if (k[a + SIREN]! >= 0 && k[a + SIREN] === k[b + SIREN]) this.add(SLOT.siret, 0.65, 1);
      else this.add(SLOT.siret, 0, 2);
    }
    const ca = k[a + COMPANY]!;
    const cb = k[b + COMPANY]!;
    if (on.company && ca >= 0 && cb >= 0) {
      if (ca === cb) this.add(SLOT.company, 1, 0, this.companyRarity[ca]!);
      else {
        // A typo rarely hits the first letters; other companies are not worth a Jaro-Winkler.
        const sim = p.companies.text(ca).charCodeAt(0) === p.companies.text(cb).charCodeAt(0) ? jaroWinkler(p.companies.text(ca), p.companies.text(cb)) : 0;
        this.add(SLOT.company, round2(sim), sim >= SAME_CITY ? 1 : 2);
      }
    }
    this.comparePlace(a, b);
    if (on.birthDate && k[a + BIRTH] !== NO_DATE && k[b + BIRTH] !== NO_DATE) {
      const level = dateLevel(k[a + BIRTH]!, k[b + BIRTH]!);
      this.add(SLOT.birthDate, level === 0 ? 1 : 0, level);
    }
    if (on.customerId && k[a + CUSTOMER_ID]! >= 0 && k[b + CUSTOMER_ID]! >= 0) {
      const same = k[a + CUSTOMER_ID] === k[b + CUSTOMER_ID] && p.customerId[i] === p.customerId[j];
      this.add(SLOT.customerId, same ? 1 : 0, same ? 0 : 1);
    }
    // The costly word-by-word fields last, and only while they can still matter.
    const hasStreet = on.address && (k[a + STREET]! & 255) > 0 && (k[b + STREET]! & 255) > 0;
    const hasName = on.name && (k[a + NAME]! & 255) > 0 && (k[b + NAME]! & 255) > 0;
    const streetMax = hasStreet ? this.maxBits[SLOT.address]! : 0;
    if (sink === undefined && this.total + streetMax + (hasName ? this.maxBits[SLOT.name]! : 0) + this.genericMax < floor) return this.finish();
    // Names first: on most candidate pairs they either agree or clash outright, which settles them.
    if (hasName) this.compareNames(k[a + NAME]!, k[b + NAME]!);
    if (hasStreet && (sink !== undefined || this.total + streetMax + this.genericMax >= floor)) this.compareStreets(a, b);
    const generic = this.generic;
    for (let g = 0, s = FIXED_SLOTS; s < this.slots.length; g++, s++) {
      const level = generic.level(g, i, j);
      if (level >= 0) this.add(s, level === 0 ? 1 : 0, level, generic.rarityOfLast, g);
    }
    return this.finish();
  }

  private finish(): number {
    this.sink = undefined;
    // Names without a word in common (other first name, other surname) sharing a switchboard,
    // "contact@", a company or an address are colleagues or relatives, not one customer twice;
    // so are names a word apart ("Marie Dupont", "Marie Durand") whose only shared contact is
    // a crowd's. At most no evidence, unless something that names one person agrees. In a
    // small file EM could otherwise learn such a crowd as the duplicates (Dupont ~ Brûlé at 0.999).
    const names = this.lastLevels[SLOT.name];
    const colleagues = this.fullNames && (names === NAMES_DIFFER || (names === ONE_WORD_DIFFERS && this.crowdContact && !this.personalContact));
    if (colleagues && this.total > 0 && !this.personalIdAgrees()) return 0;
    return this.total;
  }

  /** The same customer number, birth date, or identifier column (digits: a national id). */
  private personalIdAgrees(): boolean {
    const levels = this.lastLevels;
    if (levels[SLOT.customerId] === 0 || levels[SLOT.birthDate] === 0) return true;
    for (let g = 0, s = FIXED_SLOTS; s < this.slots.length; g++, s++) if (levels[s] === 0 && this.generic.columns[g]!.kind === "digits") return true;
    return false;
  }

  /** Add a slot's level; `rarity` (bits, for an exact agreement) moves the weight by term frequency. */
  private add(slot: number, similarity: number, level: number, rarity = Number.NaN, generic = -1): void {
    this.lastLevels[slot] = level;
    let bits = this.weights[slot]![level]!;
    // A value held by many rows says less (no floor: a name everybody bears says nothing); a rare one more, up to TF_MAX.
    if (!Number.isNaN(rarity)) bits += Math.min(TF_MAX, rarity - this.uExactBits[slot]!);
    this.total += bits;
    if (this.sink) {
      const field = slot < FIXED_SLOTS ? FIELD_LEVELS[slot]!.field : "other";
      const column = generic >= 0 ? this.p.columns.generic[generic] : undefined;
      this.sink.push({ field, similarity, bits, level: this.slots[slot]!.levels[level]!, ...(column === undefined ? {} : { column }) });
    }
  }

  /**
   * A shared e-mail or phone. Term frequency (as Splink adjusts it): the level's weight is that
   * of a value two rows hold, the usual duplicate; one that c rows hold (a switchboard,
   * "contact@") is c/2 times commoner and weighs log2(c/2) bits less.
   */
  private addContact(slot: number, similarity: number, level: number, rows: number): void {
    if (rows > 2) this.crowdContact = true;
    else this.personalContact = true;
    this.add(slot, similarity, level, rows > 2 ? this.uExactBits[slot]! - Math.log2(rows / 2) : Number.NaN);
  }

  /** Where in phone.ids the first phone of one row that the other also has sits, or -1. */
  private sharedPhone(startA: number, countA: number, startB: number, countB: number): number {
    const ids = this.p.phone.ids;
    for (let x = startA; x < startA + countA; x++) for (let y = startB; y < startB + countB; y++) if (ids[x] === ids[y]) return x;
    return -1;
  }

  /**
   * E-mails: the same address; the same mailbox at a mistyped domain (gmial.com); one letter
   * apart at the same domain; the same mailbox at another provider (weak: addresses are made
   * from names and namesakes share them); different.
   */
  private compareEmails(i: number, j: number, a: number, b: number): void {
    const p = this.p;
    const k = this.packed;
    if (k[a + EMAIL] === k[b + EMAIL] && p.email[i] === p.email[j]) return this.addContact(SLOT.email, 1, 0, p.emailCount[i]!);
    if (k[a + MAILBOX] === k[b + MAILBOX] && p.mailbox[i] === p.mailbox[j]) {
      const typo = this.domainSim.get(k[a + DOMAIN]!, k[b + DOMAIN]!) >= 0.85;
      return this.add(SLOT.email, typo ? this.emailSimilarity(i, j) : 0, typo ? 1 : 3);
    }
    // One letter apart at the same domain: checked on the texts only when lengths, digits and letters allow it.
    const infoA = k[a + MAILBOX_INFO]!;
    const infoB = k[b + MAILBOX_INFO]!;
    const la = infoA & 255;
    const lb = infoB & 255;
    if (
      k[a + DOMAIN] === k[b + DOMAIN] &&
      la >= 6 &&
      Math.abs(la - lb) <= 1 &&
      infoA < 256 &&
      infoB < 256 &&
      mayBeOneLetterApart(k[a + MAILBOX_LETTERS]!, k[b + MAILBOX_LETTERS]!, la, lb)
    ) {
      if (oneLetterApart(emailLocalPart(this.emailText(i)), emailLocalPart(this.emailText(j)))) return this.add(SLOT.email, this.emailSimilarity(i, j), 2);
    }
    this.add(SLOT.email, 0, 4);
  }

  private emailText(i: number): string {
    return emailOf(this.p.table.rows[i]!.cells, this.p.columns);
  }

  /** Shown in notes only: computed only when a sink listens. */
  private emailSimilarity(i: number, j: number): number {
    return this.sink ? round2(jaroWinkler(this.emailText(i), this.emailText(j))) : 0;
  }

  /** The postal code (same, same town, one digit apart, different); the town only when a postal code is missing. */
  private comparePlace(a: number, b: number): void {
    const k = this.packed;
    const pa = k[a + POSTAL_CODE]!;
    const pb = k[b + POSTAL_CODE]!;
    const ta = k[a + CITY]!;
    const tb = k[b + CITY]!;
    if (this.on.postalCode && pa >= 0 && pb >= 0) {
      if (pa === pb) this.add(SLOT.postalCode, 1, 0, this.postalRarity[pa]!);
      else if (this.sameCity(ta, tb)) this.add(SLOT.postalCode, 0, 2);
      else this.add(SLOT.postalCode, 0, oneDigitApart(this.p.postalCodes.text(pa), this.p.postalCodes.text(pb)) ? 1 : 3);
    } else if (this.on.city && ta >= 0 && tb >= 0) {
      if (ta === tb) return this.add(SLOT.city, 1, 0, this.cityRarity[ta]!);
      const same = this.sameCity(ta, tb);
      this.add(SLOT.city, same ? SAME_CITY : 0, same ? 1 : 2);
    }
  }

  private sameCity(a: number, b: number): boolean {
    if (a < 0 || b < 0) return false;
    if (a === b) return true;
    const shapes = this.cityShapes;
    if (!mayReachJaroWinkler(shapes.letters[a]!, shapes.letters[b]!, shapes.length[a]!, shapes.length[b]!, SAME_CITY)) return false;
    return jaroWinkler(this.p.cities.text(a), this.p.cities.text(b)) >= SAME_CITY;
  }

  private compareStreets(a: number, b: number): void {
    const k = this.packed;
    const la = k[a + STREET]! & 255;
    const lb = k[b + STREET]! & 255;
    const matched = this.streets.pair(this.p.street.ids, k[a + STREET]! >>> 8, la, k[b + STREET]! >>> 8, lb).matched;
    // Half "all of the shorter inside the longer", half "share of the longer": a town name
    // left in the line when the postal code is missing costs a little, not everything.
    const sim = (matched / Math.min(la, lb) + matched / Math.max(la, lb)) / 2;
    const na = k[a + HOUSE_NUMBER]!;
    const nb = k[b + HOUSE_NUMBER]!;
    const sameStreet = na >= 0 && nb >= 0 ? (na === nb ? 0 : 2) : 1;
    this.add(SLOT.address, round2(sim), sim >= SAME_STREET ? sameStreet : sim >= SIMILAR_STREET ? 3 : 4);
  }

  /** Names: words paired in any order; the level says how well the words paired, term frequency how rare they are. */
  private compareNames(packedA: number, packedB: number): void {
    const la = packedA & 255;
    const lb = packedB & 255;
    this.fullNames = la >= 2 && lb >= 2;
    const pairing = this.names.pair(this.p.name.ids, packedA >>> 8, la, packedB >>> 8, lb);
    let level: number;
    if (pairing.matched === 0) level = NAMES_DIFFER;
    else if (pairing.unmatchedShort > 0) level = ONE_WORD_DIFFERS;
    else if (pairing.unmatchedLong > 0 || pairing.initials > 0) level = 3;
    else level = pairing.minSimilarity === 1 ? 0 : pairing.minSimilarity >= 0.95 ? 1 : 2;
    this.add(SLOT.name, round2(pairing.matched / Math.max(la, lb)), level, level <= 1 ? pairing.rarityBits : Number.NaN);
  }
}

/** Name levels: a word of the shorter name pairs with none of the other's; no word pairs at all. */
const ONE_WORD_DIFFERS = 4;
const NAMES_DIFFER = 5;

/** Street words shared above this share: the same street; under SIMILAR_STREET, another street. */
const SAME_STREET = 0.75;
const SIMILAR_STREET = 0.4;

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
