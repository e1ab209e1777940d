import type { MatchField } from "./duplicateFields";
import { STREET_ABBREVIATIONS } from "./data/streetWords";
import { high32, low32 } from "./hash53";
import { keyHash } from "./keyHash";
import { Interner } from "./interner";
import { phoneticKey } from "./normalize/phoneticKey";
import type { PreparedRows } from "./preparedRows";
import type { GenericColumns } from "./compare/genericColumns";

const STREET_TYPES: ReadonlySet<string> = new Set([
  ...STREET_ABBREVIATIONS.values(),
  "lieudit",
  "residence",
  "batiment",
  "appartement",
  "etage",
  "porte",
  "escalier",
]);
/** Only the first words of a long name block (a name of 9 words is a data-entry accident). */
const NAME_WORDS_BLOCKED = 4;

const enum Kind {
  Email = 1,
  Mailbox,
  Phone,
  Siren,
  NameInPlace,
  NameWithInitial,
  Company,
  StreetInPlace,
  StreetAnywhere,
  CustomerId,
  Rule,
  Birth,
  BirthInPlace,
  Identifier,
}

/**
 * The blocking keys of each row: two rows are compared only when they share one. Several keys,
 * because one is never enough (a typo in the e-mail, a new phone, a misspelt name): exact
 * e-mail, mailbox name, each E.164 phone, SIREN, each name word's French sound with another
 * name word's initial, within the postal code and (broad) anywhere (so a typo in the surname
 * still meets on the first name, swapped names and initials meet, a customer who moved too),
 * the company, the house number with each street word, the customer number, and one key per
 * user rule. Keys are integers hashed from dictionary ids; sounds are computed once per
 * distinct word. `emit` takes the narrow keys, `emitBroad` the broad ones (smaller block cap).
 */
export class RowBlockingKeys {
  private readonly nameSound: Int32Array;
  /** Each name word's first letter, 0 for a one-letter word (an initial blocks nothing by itself): read from typed arrays, not the words. */
  private readonly nameInitial: Uint16Array;
  private readonly streetSound: Int32Array;

  constructor(
    private readonly p: PreparedRows,
    private readonly fields: ReadonlySet<MatchField>,
    /** Per user rule, each row's rule value id (-1: the rule does not apply to the row). */
    private readonly ruleValues: readonly Int32Array[] = [],
    /** Columns without a customer role: those holding identifiers (digits) block on their value. */
    private readonly generic?: GenericColumns,
  ) {
    const sounds = new Interner();
    this.nameSound = new Int32Array(p.nameWords.size);
    this.nameInitial = new Uint16Array(p.nameWords.size);
    for (let id = 0; id < p.nameWords.size; id++) {
      const word = p.nameWords.text(id);
      this.nameSound[id] = sounds.id(phoneticKey(word), false);
      this.nameInitial[id] = word.length < 2 ? 0 : word.charCodeAt(0);
    }
    // Street types ("avenue", "chemin") are shared by half the file, short words by many: only a street's name blocks.
    this.streetSound = new Int32Array(p.streetWords.size);
    for (let id = 0; id < p.streetWords.size; id++) {
      const word = p.streetWords.text(id);
      this.streetSound[id] = word.length < 4 || STREET_TYPES.has(word) ? -1 : sounds.id(phoneticKey(word), false);
    }
  }

  keysOf(i: number, emit: (key: number) => void, emitBroad: (key: number) => void): void {
    const p = this.p;
    const fields = this.fields;
    const email = p.email[i]!;
    if (fields.has("email") && !Number.isNaN(email)) {
      // A value held by one row makes no pair: its key is left out (most e-mails, phones, customer numbers).
      if (p.emailCount[i]! >= 2) emit(keyHash(Kind.Email, high32(email), low32(email)));
      const mailbox = p.mailbox[i]!;
      // The same mailbox at a mistyped domain (gmial.com, hotmial.fr) keeps the domain's first
      // letter: keyed with it, "marie.martin" at gmail and at orange (namesakes, mostly) stay apart.
      if (p.mailboxLength[i]! >= 5) emit(keyHash(Kind.Mailbox, high32(mailbox), low32(mailbox), p.domains.text(p.domain[i]!).charCodeAt(0)));
    }
    if (fields.has("phone")) {
      for (let k = p.phone.offsets[i]!; k < p.phone.offsets[i + 1]!; k++)
        if (p.phoneCount[k]! >= 2) emit(keyHash(Kind.Phone, high32(p.phone.ids[k]!), low32(p.phone.ids[k]!)));
    }
    const siren = p.siren[i]!;
    if (fields.has("siret") && !Number.isNaN(siren)) emit(keyHash(Kind.Siren, siren));
    // Where the customer is: the postal code, else the town, else nowhere in particular.
    const place = p.postalCode[i]! >= 0 ? p.postalCode[i]! * 2 : p.city[i]! >= 0 ? p.city[i]! * 2 + 1 : -1;
    if (fields.has("name")) {
      const start = p.name.offsets[i]!;
      const end = Math.min(p.name.offsets[i + 1]!, start + NAME_WORDS_BLOCKED);
      for (let a = start; a < end; a++) {
        const word = p.name.ids[a]!;
        if (this.nameInitial[word] === 0) continue;
        const sound = this.nameSound[word]!;
        // This word's sound with each other word's first letter, in the same place and anywhere:
        // a typo in the other word, swapped names or an initial ("J.") still meet, a moved
        // customer too. A sound alone in a town ("jean" in 75015) would make a block of every
        // Jean there: the initial keeps blocks to the few who can be the same person. Both are
        // broad keys (small cap): a block of many namesakes in one town gave more false matches
        // than true ones (labelled files, 100,000 rows), and duplicates also meet on e-mail,
        // phone or street.
        let others = 0;
        for (let b = start; b < end; b++) {
          const other = p.name.ids[b]!;
          if (other === word) continue;
          const initial = this.nameInitial[other] || p.nameWords.text(other).charCodeAt(0);
          emitBroad(keyHash(Kind.NameInPlace, place, sound, initial));
          emitBroad(keyHash(Kind.NameWithInitial, sound, initial));
          others++;
        }
        if (others === 0) emit(keyHash(Kind.NameInPlace, place, sound));
      }
    }
    if (fields.has("company") && p.company[i]! >= 0 && p.companies.count(p.company[i]!) >= 2) emit(keyHash(Kind.Company, p.company[i]!));
    const number = p.houseNumber[i]!;
    if (fields.has("address") && number >= 0) {
      // Number + each street name word, also without the town: the line may have lost its postal code.
      for (let k = p.street.offsets[i]!; k < p.street.offsets[i + 1]!; k++) {
        const sound = this.streetSound[p.street.ids[k]!]!;
        if (sound < 0) continue;
        if (place >= 0) emit(keyHash(Kind.StreetInPlace, place, number, sound));
        emitBroad(keyHash(Kind.StreetAnywhere, number, sound));
      }
    }
    const customerId = p.customerId[i]!;
    if (fields.has("customerId") && p.customerIdCount[i]! >= 2) emit(keyHash(Kind.CustomerId, high32(customerId), low32(customerId)));
    // The birth date, alone (narrow: a big file's dates are shared by too many rows and drop out)
    // and with the place: a person whose name and address were both mistyped still meets.
    const birth = p.birthDate[i]!;
    if (fields.has("birthDate") && !Number.isNaN(birth)) {
      emit(keyHash(Kind.Birth, birth + 100_000));
      if (place >= 0) emit(keyHash(Kind.BirthInPlace, birth + 100_000, place));
    }
    if (this.generic && fields.has("other")) {
      this.generic.columns.forEach((column, g) => {
        const id = column.ids[i]!;
        if (column.kind === "digits" && id >= 0 && column.values.count(id) >= 2) emit(keyHash(Kind.Identifier, g, id));
      });
    }
    for (let r = 0; r < this.ruleValues.length; r++) {
      const value = this.ruleValues[r]![i]!;
      if (value >= 0) emit(keyHash(Kind.Rule, r, value));
    }
  }
}
