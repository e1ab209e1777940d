import type { CustomerRecord } from "./customerRecord";
import type { MatchField } from "./duplicateFields";
import { STREET_ABBREVIATIONS } from "./data/streetWords";
import { emailLocalPart } from "./normalize/normalizeEmail";
import { phoneticKey } from "./normalize/phoneticKey";
import { ruleValue, type UserRule } from "./userRules";

const STREET_TYPES: ReadonlySet<string> = new Set([...Object.values(STREET_ABBREVIATIONS), "lieudit", "residence", "batiment", "appartement", "etage", "porte", "escalier"]);

/**
 * The blocking keys of a row: two rows are compared only when they share one. Several keys,
 * because one is never enough (a typo in the e-mail, a new phone, a misspelt name): exact
 * e-mail, mailbox name, each E.164 phone, SIREN, each name word's French sound within the
 * postal code (so a typo in the surname still meets on the first name, and swapped names
 * meet too), each name word's sound with another word's initial anywhere (a customer who
 * moved), the company, the house number with each street word, the customer number, and one key per user rule. Prefixes keep kinds apart.
 */
export function blockingKeys(r: CustomerRecord, fields: ReadonlySet<MatchField>, rules: readonly UserRule[], emit: (key: string) => void, emitBroad: (key: string) => void): void {
  if (fields.has("email") && r.email) {
    emit(`e${r.email}`);
    const local = emailLocalPart(r.email);
    if (local.length >= 5) emit(`m${local}`);
  }
  if (fields.has("phone")) for (const phone of r.phones) emit(`p${phone}`);
  if (fields.has("siret") && r.siren) emit(`s${r.siren}`);
  const place = r.address.postalCode || r.address.city;
  if (fields.has("name") && r.name.length > 0) {
    const words = r.name.length > 4 ? r.name.slice(0, 4) : r.name;
    for (const word of words) {
      if (word.length < 2) continue;
      const sound = phoneticKey(word);
      emit(`n${place}|${sound}`);
      // Anywhere in the country: this word's sound with each other word's first letter, so a
      // moved customer, a typo in the other word or an initial ("J.") still meets.
      for (const other of words) if (other !== word) emitBroad(`w${sound}|${other.charAt(0)}`);
    }
  }
  if (fields.has("company") && r.company) emit(`c${r.company}`);
  if (fields.has("address") && r.address.number) {
    // Number + each long street word, without the town: the line may have lost its postal code.
    // Street types ("avenue", "chemin") are shared by half the file: only the street's name counts.
    for (const word of r.address.street) {
      if (word.length < 4 || STREET_TYPES.has(word)) continue;
      if (place) emit(`a${place}|${r.address.number}|${phoneticKey(word)}`);
      emitBroad(`A${r.address.number}|${phoneticKey(word)}`);
    }
  }
  if (fields.has("customerId") && r.customerId) emit(`i${r.customerId}`);
  for (let i = 0; i < rules.length; i++) {
    const value = ruleValue(rules[i]!, r);
    if (value !== null) emit(`r${i}|${value}`);
  }
}
