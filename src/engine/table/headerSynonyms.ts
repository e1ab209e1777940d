import type { ColumnRole } from "./columnRole";
import { PEOPLE_HEADERS } from "./headerSynonyms/people";
import { CONTACT_HEADERS } from "./headerSynonyms/contact";
import { FACT_HEADERS } from "./headerSynonyms/facts";
import { PURCHASE_HEADERS } from "./headerSynonyms/purchases";
import { MARKETING_HEADERS } from "./headerSynonyms/marketing";

/**
 * How people title each column in real customer files, French and English: CRM exports
 * (Salesforce, HubSpot, Sellsy, Axonaut), shop exports (Shopify, WooCommerce, PrestaShop),
 * accounting tools (EBP, Sage: "Code tiers", "Adresse 1"), and BTS NDRC / MCO exercises.
 * Written as people type them; headerRole normalises case, accents and punctuation, so
 * "Tél.", "TEL" and "tel" need one entry. A header that merely *contains* one of these
 * ("Date de la dernière commande client") also matches, with a lower confidence.
 *
 * The lists sit in headerSynonyms/, one file per family of roles, in this order (the order of
 * the roles here is the order headerRole tries them).
 */
export const HEADER_SYNONYMS: Readonly<Record<Exclude<ColumnRole, "other">, readonly string[]>> = {
  ...PEOPLE_HEADERS,
  ...CONTACT_HEADERS,
  ...FACT_HEADERS,
  ...PURCHASE_HEADERS,
  ...MARKETING_HEADERS,
};

/**
 * One-word headers that hint at a role without settling it: "Date" is most often the order
 * date in a transactions file, "Client" or "Contact" usually holds a person's name. They
 * match with a lower confidence, so the values (or the user) have the last word.
 */
export const GENERIC_HEADERS: Readonly<Partial<Record<Exclude<ColumnRole, "other">, readonly string[]>>> = {
  orderDate: ["date", "dt"],
  fullName: ["client", "contact", "customer", "personne"],
  id: ["code", "numéro", "key"],
};

/**
 * A street number in a column of its own (Febrl's "street_number", exports' "N° de voie"):
 * no role of its own, the duplicate finder reads it in front of the street.
 */
export const HOUSE_NUMBER_HEADERS: readonly string[] = [
  "street number",
  "house number",
  "street no",
  "house no",
  "building number",
  "numéro de voie",
  "n° de voie",
  "numéro de rue",
  "n° de rue",
  "n° rue",
  "num voie",
  "no voie",
];
