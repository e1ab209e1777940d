import type { DataKind } from "../table/dataKind";
import type { Lang } from "./lang";
import { ofPair } from "./localeFormat";

/** Data kinds as the textbook names them, with the question each answers. */
const DATA_KIND_LABELS: Readonly<Record<DataKind, readonly [fr: string, en: string]>> = {
  descriptive: ["Descriptive", "Descriptive"],
  action: ["Action", "Action"],
  reaction: ["Réaction", "Reaction"],
  other: ["Autre", "Other"],
};

const DATA_KIND_MEANINGS: Readonly<Record<DataKind, readonly [fr: string, en: string]>> = {
  descriptive: ["Qui est le client : identité, coordonnées, société, SIRET.", "Who the customer is: identity, contact details, company, SIRET."],
  action: ["Ce que le client a fait et quand : achats, commandes, canal, contacts.", "What the customer did and when: purchases, orders, channel, contacts."],
  reaction: ["Combien : achats par an, panier moyen, montants, ouvertures, clics.", "How much: purchases a year, average basket, amounts, opens, clicks."],
  other: ["Identifiants techniques, consentement et colonnes non reconnues.", "Technical identifiers, consent and columns not recognised."],
};

export function dataKindLabel(kind: DataKind, lang: Lang): string {
  return ofPair(lang, DATA_KIND_LABELS[kind]);
}

export function dataKindMeaning(kind: DataKind, lang: Lang): string {
  return ofPair(lang, DATA_KIND_MEANINGS[kind]);
}
