import { foldLower } from "../text/fold";
import type { CustomerRecord } from "./customerRecord";

/** Fields a user rule can name ("firstName+lastName+birthDate"). */
export const RULE_FIELDS = [
  "name",
  "firstName",
  "lastName",
  "birthDate",
  "email",
  "phone",
  "siret",
  "company",
  "postalCode",
  "city",
  "address",
  "customerId",
] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

/** "Same values on all these fields ⇒ duplicate", whatever the score says. */
export interface UserRule {
  readonly fields: readonly RuleField[];
}

/** Spellings a user may type for each rule field, French and English (folded, no spaces). */
const FIELD_WORDS: Readonly<Record<string, RuleField>> = {
  name: "name",
  nom: "name",
  fullname: "name",
  nomcomplet: "name",
  firstname: "firstName",
  prenom: "firstName",
  lastname: "lastName",
  surname: "lastName",
  nomdefamille: "lastName",
  birthdate: "birthDate",
  datedenaissance: "birthDate",
  naissance: "birthDate",
  dob: "birthDate",
  email: "email",
  mail: "email",
  courriel: "email",
  phone: "phone",
  telephone: "phone",
  tel: "phone",
  mobile: "phone",
  siret: "siret",
  siren: "siret",
  company: "company",
  societe: "company",
  entreprise: "company",
  raisonsociale: "company",
  postalcode: "postalCode",
  codepostal: "postalCode",
  cp: "postalCode",
  zip: "postalCode",
  city: "city",
  ville: "city",
  address: "address",
  adresse: "address",
  customerid: "customerId",
  numeroclient: "customerId",
  noclient: "customerId",
};

/**
 * Read a rule as typed on the command line or in the taskpane: fields joined by "+", "," or
 * " et "/" and ", in either language ("prénom + nom + date de naissance"). Returns the fields
 * it did not understand instead of throwing, so the host can say which word was wrong.
 */
export function parseUserRule(text: string): { rule: UserRule | null; unknown: string[] } {
  const parts = text
    .split(/\s*(?:\+|,|;|&|\bet\b|\band\b)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
  const fields: RuleField[] = [];
  const unknown: string[] = [];
  for (const part of parts) {
    const key = foldLower(part).replace(/[^a-z]/g, "");
    const field = FIELD_WORDS[key];
    if (field === undefined) unknown.push(part);
    else if (!fields.includes(field)) fields.push(field);
  }
  return { rule: fields.length > 0 && unknown.length === 0 ? { fields } : null, unknown };
}

/** The row's value for a rule, or null when one of its fields is empty (the rule does not apply). */
export function ruleValue(rule: UserRule, record: CustomerRecord): string | null {
  let out = "";
  for (const field of rule.fields) {
    const value = fieldValue(field, record);
    if (value === "") return null;
    out += `${value}|`;
  }
  return out;
}

function fieldValue(field: RuleField, r: CustomerRecord): string {
  switch (field) {
    case "name":
      return r.name.join(" ");
    // With one name column, first and last name are only known together.
    case "firstName":
      return r.firstName || r.name.join(" ");
    case "lastName":
      return r.lastName || r.name.join(" ");
    case "birthDate":
      return Number.isNaN(r.birthDate) ? "" : String(r.birthDate);
    case "phone":
      return r.phones[0] ?? "";
    case "siret":
      return r.siret || r.siren;
    case "postalCode":
      return r.address.postalCode;
    case "city":
      return r.address.city;
    case "address":
      return r.address.street.length > 0 ? `${r.address.number} ${r.address.street.join(" ")}` : "";
    default:
      return r[field];
  }
}
