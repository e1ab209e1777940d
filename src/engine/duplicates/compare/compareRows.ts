import type { MatchField } from "../duplicateFields";
import type { PreparedRows } from "../preparedRows";
import { WEIGHTS } from "./fieldWeights";
import { rarities } from "./rarities";
import { SimilarityCache } from "./similarityCache";
import { lettersOf, mayReachJaroWinkler } from "./similarityBound";
import { emailOf } from "../preparedRows";
import { emailLocalPart } from "../normalize/normalizeEmail";
import { mayBeOneLetterApart, oneLetterApart } from "./oneLetterApart";
import { jaroWinkler } from "./jaroWinkler";
import { INITIAL_MATCH, SAME_WORD } from "./wordMatch";
import { BIRTH, CITY, COMPANY, CUSTOMER_ID, DOMAIN, EMAIL, HOUSE_NUMBER, MAILBOX, MAILBOX_INFO, MAILBOX_LETTERS, NAME, NO_DATE, packRows, PHONES, POSTAL_CODE, SIREN, SIRET, STREET, STRIDE } from "./packedRows";

/** Why two rows match: a field, how alike its values are (0..1) and the bits it adds. */
export interface FieldEvidence {
  readonly field: MatchField;
  readonly similarity: number;
  readonly bits: number;
}

/** Two spellings of one town above this Jaro-Winkler similarity ("Saint-Etienne" / "St Etiene"). */
const SAME_CITY = 0.9;

/** The most a field can add: fields compared last are skipped when even these cannot reach the floor. */
const ADDRESS_MAX = Math.max(WEIGHTS.address.sameNumber, WEIGHTS.address.noNumber, 0);
const NAME_MAX = WEIGHTS.name.max;

/**
 * Compares two prepared rows field by field and adds up the evidence (Fellegi-Sunter): a
 * field missing on either side says nothing. Built once per run: rarities per distinct value
 * and similarity caches are computed once, and a comparison allocates nothing (it runs for
 * millions of candidate pairs). `score` stops early, returning a value under `floor`, as soon
 * as the fields left cannot lift the sum to the floor; with a `sink` it reports each field.
 */
export class RowComparer {
  private readonly on: Readonly<Record<MatchField, boolean>>;
  private readonly wordRarity: Float64Array;
  private readonly companyRarity: Float64Array;
  private readonly postalRarity: Float64Array;
  private readonly cityRarity: Float64Array;
  /** Letters a-z of each town, name word and street word: most different words skip Jaro-Winkler. */
  private readonly cityLetters: Int32Array;
  private readonly nameLetters: Int32Array;
  private readonly streetLetters: Int32Array;
  private readonly domainSim: SimilarityCache;
  /** The fields a comparison reads, one cache line per row (see packedRows). */
  private readonly packed: Int32Array;
  private used = new Uint8Array(64);
  private total = 0;
  private sink: FieldEvidence[] | undefined;
  /** Result of the last token match (module-free, allocation-free out-parameters). */
  private matched = 0;
  private unmatchedShort = 0;
  private unmatchedLong = 0;
  private nameBits = 0;

  constructor(
    private readonly p: PreparedRows,
    fields: ReadonlySet<MatchField>,
  ) {
    const on = {} as Record<MatchField, boolean>;
    for (const f of ["email", "phone", "siret", "name", "company", "postalCode", "city", "address", "birthDate", "customerId"] as const) on[f] = fields.has(f);
    this.on = on;
    const w = WEIGHTS;
    this.wordRarity = rarities(p.nameWords, p.rows, w.name.wordMax, w.name.wordMin);
    this.companyRarity = rarities(p.companies, p.rows, w.company.agreeMax, w.company.agreeMin);
    this.postalRarity = rarities(p.postalCodes, p.rows, w.postalCode.agreeMax, w.postalCode.agreeMin);
    this.cityRarity = rarities(p.cities, p.rows, w.city.agreeMax, -Infinity);
    this.cityLetters = lettersOf(p.cities);
    this.nameLetters = lettersOf(p.nameWords);
    this.streetLetters = lettersOf(p.streetWords);
    this.domainSim = new SimilarityCache(p.domains);
    this.packed = packRows(p);
  }

  /** The bits of evidence that rows i and j are one customer (under `floor` means "less than floor"). */
  score(i: number, j: number, floor = -Infinity, sink?: FieldEvidence[]): number {
    const p = this.p;
    const k = this.packed;
    const a = i * STRIDE;
    const b = j * STRIDE;
    const on = this.on;
    const w = WEIGHTS;
    this.total = 0;
    this.sink = sink;
    if (on.email && k[a + DOMAIN]! >= 0 && k[b + DOMAIN]! >= 0) this.compareEmails(i, j, a, b);
    const phonesA = k[a + PHONES]! & 15;
    const phonesB = k[b + PHONES]! & 15;
    if (on.phone && phonesA > 0 && phonesB > 0) {
      const shared = this.sharedPhone(k[a + PHONES]! >>> 4, phonesA, k[b + PHONES]! >>> 4, phonesB);
      this.add("phone", shared >= 0 ? 1 : 0, shared >= 0 ? identifierRarity(p.phoneCount[shared]!, p.rows, w.phone) : w.phone.disagree);
    }
    if (on.siret && (k[a + SIRET]! >= 0 || k[a + SIREN]! >= 0) && (k[b + SIRET]! >= 0 || k[b + SIREN]! >= 0)) {
      if (k[a + SIRET]! >= 0 && k[a + SIRET] === k[b + SIRET] && p.siret[i] === p.siret[j]) this.add("siret", 1, w.siret.agree);
      else if (k[a + SIREN]! >= 0 && k[a + SIREN] === k[b + SIREN]) this.add("siret", 0.65, w.siret.sameSiren);
      else this.add("siret", 0, w.siret.disagree);
    }
    const ca = k[a + COMPANY]!;
    const cb = k[b + COMPANY]!;
    if (on.company && ca >= 0 && cb >= 0) {
      const rarity = this.companyRarity[ca]!;
      if (ca === cb) this.add("company", 1, rarity);
      else {
        // A typo rarely hits the first letters; other companies are not worth a Jaro-Winkler.
        const sim = p.companies.text(ca).charCodeAt(0) === p.companies.text(cb).charCodeAt(0) ? jaroWinkler(p.companies.text(ca), p.companies.text(cb)) : 0;
        this.add("company", round2(sim), sim >= w.company.close ? rarity * w.company.closeShare : w.company.disagree);
      }
    }
    this.comparePlace(a, b);
    if (on.birthDate && k[a + BIRTH] !== NO_DATE && k[b + BIRTH] !== NO_DATE) {
      const same = k[a + BIRTH] === k[b + BIRTH];
      this.add("birthDate", same ? 1 : 0, same ? w.birthDate.agree : w.birthDate.disagree);
    }
    if (on.customerId && k[a + CUSTOMER_ID]! >= 0 && k[a + CUSTOMER_ID] === k[b + CUSTOMER_ID] && p.customerId[i] === p.customerId[j]) this.add("customerId", 1, w.customerId.agree);
    // The costly word-by-word fields last, and only while they can still matter.
    const hasStreet = on.address && (k[a + STREET]! & 255) > 0 && (k[b + STREET]! & 255) > 0;
    const hasName = on.name && (k[a + NAME]! & 255) > 0 && (k[b + NAME]! & 255) > 0;
    if (sink === undefined && this.total + (hasStreet ? ADDRESS_MAX : 0) + (hasName ? NAME_MAX : 0) < floor) return this.finish();
    // Names first: on most candidate pairs they either agree or clash outright, which settles them.
    if (hasName) this.compareNames(k[a + NAME]!, k[b + NAME]!);
    if (hasStreet && (sink !== undefined || this.total + ADDRESS_MAX >= floor)) this.compareStreets(a, b);
    return this.finish();
  }

  private finish(): number {
    this.sink = undefined;
    return this.total;
  }

  private add(field: MatchField, similarity: number, bits: number): void {
    this.total += bits;
    this.sink?.push({ field, similarity, bits });
  }

  /** Where in phone.ids the first phone of one row that the other also has sits, or -1. */
  private sharedPhone(startA: number, countA: number, startB: number, countB: number): number {
    const ids = this.p.phone.ids;
    for (let x = startA; x < startA + countA; x++) for (let y = startB; y < startB + countB; y++) if (ids[x] === ids[y]) return x;
    return -1;
  }

  /**
   * E-mails: the same address is strong evidence; the same mailbox at a mistyped domain
   * (gmial.com) nearly as strong; the same mailbox at another provider is weak, because
   * addresses are made from names ("emma.perrin@…") and namesakes share them.
   */
  private compareEmails(i: number, j: number, a: number, b: number): void {
    const p = this.p;
    const k = this.packed;
    const w = WEIGHTS.email;
    if (k[a + EMAIL] === k[b + EMAIL] && p.email[i] === p.email[j]) return this.add("email", 1, identifierRarity(p.emailCount[i]!, p.rows, w));
    if (k[a + MAILBOX] === k[b + MAILBOX] && p.mailbox[i] === p.mailbox[j]) {
      const typo = this.domainSim.get(k[a + DOMAIN]!, k[b + DOMAIN]!) >= 0.85;
      return this.add("email", typo ? this.emailSimilarity(i, j) : 0, typo ? w.domainTypo : w.sameMailboxOnly);
    }
    // One letter apart at the same domain: checked on the texts only when lengths, digits and letters allow it.
    const infoA = k[a + MAILBOX_INFO]!;
    const infoB = k[b + MAILBOX_INFO]!;
    const la = infoA & 255;
    const lb = infoB & 255;
    if (k[a + DOMAIN] === k[b + DOMAIN] && la >= 6 && Math.abs(la - lb) <= 1 && infoA < 256 && infoB < 256 && mayBeOneLetterApart(k[a + MAILBOX_LETTERS]!, k[b + MAILBOX_LETTERS]!, la, lb)) {
      if (oneLetterApart(emailLocalPart(this.emailText(i)), emailLocalPart(this.emailText(j)))) return this.add("email", this.emailSimilarity(i, j), w.oneLetter);
    }
    this.add("email", 0, w.disagree);
  }

  private emailText(i: number): string {
    return emailOf(this.p.table.rows[i]!.cells, this.p.columns);
  }

  /** Shown in notes only: computed only when a sink listens. */
  private emailSimilarity(i: number, j: number): number {
    return this.sink ? round2(jaroWinkler(this.emailText(i), this.emailText(j))) : 0;
  }

  private comparePlace(a: number, b: number): void {
    const k = this.packed;
    const w = WEIGHTS;
    const pa = k[a + POSTAL_CODE]!;
    const pb = k[b + POSTAL_CODE]!;
    const ta = k[a + CITY]!;
    const tb = k[b + CITY]!;
    if (this.on.postalCode && pa >= 0 && pb >= 0) {
      if (pa === pb) this.add("postalCode", 1, this.postalRarity[pa]!);
      else this.add("postalCode", 0, this.sameCity(ta, tb) ? w.postalCode.sameCityOnly : w.postalCode.disagree);
    } else if (this.on.city && ta >= 0 && tb >= 0) {
      const same = this.sameCity(ta, tb);
      this.add("city", same ? 1 : 0, same ? this.cityRarity[ta]! : w.city.disagree);
    }
  }

  private sameCity(a: number, b: number): boolean {
    if (a < 0 || b < 0) return false;
    if (a === b) return true;
    const ta = this.p.cities.text(a);
    const tb = this.p.cities.text(b);
    return mayReachJaroWinkler(this.cityLetters[a]!, this.cityLetters[b]!, ta.length, tb.length, SAME_CITY) && jaroWinkler(ta, tb) >= SAME_CITY;
  }

  private compareStreets(a: number, b: number): void {
    const k = this.packed;
    const w = WEIGHTS.address;
    const la = k[a + STREET]! & 255;
    const lb = k[b + STREET]! & 255;
    this.matchTokens(this.p.street.ids, k[a + STREET]! >>> 8, la, k[b + STREET]! >>> 8, lb, false);
    // Half "all of the shorter inside the longer", half "share of the longer": a town name
    // left in the line when the postal code is missing costs a little, not everything.
    const sim = (this.matched / Math.min(la, lb) + this.matched / Math.max(la, lb)) / 2;
    const na = k[a + HOUSE_NUMBER]!;
    const nb = k[b + HOUSE_NUMBER]!;
    const numbers = na >= 0 && nb >= 0 ? (na === nb ? w.sameNumber : w.otherNumber) : w.noNumber;
    this.add("address", round2(sim), sim >= w.same ? numbers : sim < w.other ? w.differs : 0);
  }

  /** Names: words paired in any order; each agreeing word adds its rarity, a clashing word costs. */
  private compareNames(packedA: number, packedB: number): void {
    const w = WEIGHTS.name;
    const la = packedA & 255;
    const lb = packedB & 255;
    this.matchTokens(this.p.name.ids, packedA >>> 8, la, packedB >>> 8, lb, true);
    // Several rare words agreeing are not independent evidence (families, namesakes): capped.
    const bits = Math.min(this.nameBits, w.max) + this.unmatchedShort * w.conflict + this.unmatchedLong * w.missingWord;
    this.add("name", round2(this.matched / Math.max(la, lb)), bits);
  }

  /**
   * Pair the words of two lists, order ignored: each word of the shorter list takes its best
   * free partner (same word, a typo of it, or an initial of it). For names, also sums each
   * pair's evidence into nameBits (the rarity of the longer word of the pair).
   */
  private matchTokens(ids: Float64Array, startA: number, la: number, startB: number, lb: number, names: boolean): void {
    const swap = la > lb;
    const shortStart = swap ? startB : startA;
    const shortLength = swap ? lb : la;
    const longStart = swap ? startA : startB;
    const longLength = swap ? la : lb;
    if (this.used.length < longLength) this.used = new Uint8Array(longLength * 2);
    const used = this.used;
    used.fill(0, 0, longLength);
    const dictionary = names ? this.p.nameWords : this.p.streetWords;
    const letters = names ? this.nameLetters : this.streetLetters;
    const w = WEIGHTS.name;
    let matched = 0;
    let unmatchedShort = 0;
    let bits = 0;
    for (let s = 0; s < shortLength; s++) {
      const word = ids[shortStart + s]!;
      let best = 0;
      let bestAt = -1;
      for (let l = 0; l < longLength; l++) {
        if (used[l] === 1) continue;
        const other = ids[longStart + l]!;
        const sim = wordSimilarity(word, other, dictionary.text(word), dictionary.text(other), letters);
        if (sim > best) {
          best = sim;
          bestAt = l;
          if (sim === 1) break;
        }
      }
      if (bestAt < 0) {
        unmatchedShort++;
        continue;
      }
      used[bestAt] = 1;
      matched += best;
      if (names) {
        const other = ids[longStart + bestAt]!;
        const longer = dictionary.text(word).length >= dictionary.text(other).length ? word : other;
        if (best === INITIAL_MATCH || dictionary.text(longer).length === 1) bits += w.initial;
        else bits += this.wordRarity[longer]! * (best === 1 ? 1 : 0.8);
      }
    }
    this.matched = matched;
    this.unmatchedShort = unmatchedShort;
    this.unmatchedLong = longLength - (shortLength - unmatchedShort);
    this.nameBits = bits;
  }
}

/** Same word (1), a typo of it (its Jaro-Winkler), an initial of it (INITIAL_MATCH), or 0. */
function wordSimilarity(a: number, b: number, ta: string, tb: string, letters: Int32Array): number {
  if (a === b) return 1;
  if (ta.length === 1 || tb.length === 1) return ta.charCodeAt(0) === tb.charCodeAt(0) ? INITIAL_MATCH : 0;
  if (Math.abs(ta.length - tb.length) > 3) return 0;
  // People seldom mistype a word's first letter (Pollock & Zamora 1984 found most errors
  // later in the word): skipping Jaro-Winkler for other first letters saves most of its calls.
  if (ta.charCodeAt(0) !== tb.charCodeAt(0) && !(ta.charCodeAt(0) === tb.charCodeAt(1) && ta.charCodeAt(1) === tb.charCodeAt(0))) return 0;
  if (!mayReachJaroWinkler(letters[a]!, letters[b]!, ta.length, tb.length, SAME_WORD)) return 0;
  const sim = jaroWinkler(ta, tb);
  return sim >= SAME_WORD ? sim : 0;
}

/**
 * Agreeing on an identifier (e-mail, phone): held by one or two rows it is unique in the world
 * however small the file, so it counts fully; a shared one (a switchboard, "contact@") less.
 */
function identifierRarity(count: number, rows: number, w: { readonly agreeMin: number; readonly agreeMax: number }): number {
  return count <= 2 ? w.agreeMax : Math.max(w.agreeMin, Math.min(w.agreeMax, Math.log2(rows / count)));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
