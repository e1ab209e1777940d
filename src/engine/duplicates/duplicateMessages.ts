import type { Lang } from "../i18n/lang";
import { defineMessages } from "../i18n/defineMessages";
import type { MatchField } from "./duplicateFields";
import type { FieldEvidence } from "./compare/compareRows";
import { formatNumber, inLang } from "../i18n/localeFormat";

/**
 * The duplicate finder's words, French and English: added headers, field names and the note
 * on a duplicate's cells. Kept here (not in i18n/messages.ts) so that this job owns its text;
 * a missing translation is a compile error all the same.
 */
export const DEDUPE_HEADERS: Readonly<Record<Lang, Readonly<Record<"group" | "duplicateOf" | "score" | "matchedOn" | "sourceRows", string>>>> = {
  fr: {
    group: "Groupe doublon",
    duplicateOf: "Doublon de la ligne",
    score: "Score de correspondance",
    matchedOn: "Champs concordants",
    sourceRows: "Lignes d'origine",
  },
  en: { group: "Duplicate group", duplicateOf: "Duplicate of row", score: "Match score", matchedOn: "Matched on", sourceRows: "Source rows" },
};

export const MERGED_SHEET_NAME: Readonly<Record<Lang, string>> = { fr: "Clients fusionnés", en: "Merged customers" };

const FIELD_LABELS: Readonly<Record<Lang, Readonly<Record<MatchField, string>>>> = {
  fr: {
    email: "e-mail",
    phone: "téléphone",
    siret: "SIRET",
    name: "nom",
    company: "société",
    postalCode: "code postal",
    city: "ville",
    address: "adresse",
    birthDate: "date de naissance",
    customerId: "n° client",
    other: "autres colonnes",
  },
  en: {
    email: "e-mail",
    phone: "phone",
    siret: "SIRET",
    name: "name",
    company: "company",
    postalCode: "postal code",
    city: "town",
    address: "address",
    birthDate: "birth date",
    customerId: "customer number",
    other: "other columns",
  },
};

export function fieldLabel(field: MatchField, lang: Lang): string {
  return FIELD_LABELS[lang][field];
}

/** The note and the evidence line, French first. */
const say = defineMessages(
  {
    note: "Même client que la ligne {survivor}{via}, score {score} : {because}. Vérifiez, puis acceptez le groupe dans l'onglet Doublons de Tria et cliquez sur Fusionner ; rien n'est supprimé.",
    via: " (rapproché via la ligne {row})",
    rule: "règle « {rule} »",
    percent: "{value} %",
    prior: "a priori {bits}",
    evidenceSeparator: " ; ",
  },
  {
    note: "Same customer as row {survivor}{via}, score {score}: {because}. Check, then accept the group in Tria's Duplicates tab and click Merge; nothing is deleted.",
    via: " (linked through row {row})",
    rule: 'rule "{rule}"',
    percent: "{value}%",
    prior: "prior {bits}",
    evidenceSeparator: "; ",
  },
);

function percent(value: number, lang: Lang): string {
  return say(lang, "percent", { value: Math.round(value * 100) });
}

/** Level names as fieldLevels writes them (English), in French. */
const LEVEL_FR: Readonly<Record<string, string>> = {
  same: "identique",
  "domain typo": "faute dans le domaine",
  "one letter apart": "une lettre d'écart",
  "same mailbox elsewhere": "même boîte, autre fournisseur",
  different: "différent",
  "same SIREN": "même SIREN",
  "Jaro-Winkler ≥ 0.95": "Jaro-Winkler ≥ 0,95",
  "Jaro-Winkler ≥ 0.88": "Jaro-Winkler ≥ 0,88",
  "initial or word missing": "initiale ou mot en moins",
  "one word differs": "un mot diffère",
  similar: "semblable",
  "one digit apart": "un chiffre d'écart",
  "same town only": "même ville seulement",
  "same street and number": "même voie et numéro",
  "same street": "même voie",
  "same street, other number": "même voie, autre numéro",
  "day and month swapped": "jour et mois inversés",
  "one of day, month, year differs": "jour, mois ou année diffère",
  "two digits swapped": "deux chiffres inversés",
};

export function levelLabel(level: string, lang: Lang): string {
  return inLang(lang, LEVEL_FR[level] ?? level, level);
}

function signedBits(bits: number, lang: Lang): string {
  return `${bits >= 0 ? "+" : "−"}${formatNumber(lang, Math.abs(bits), { decimals: 1, grouping: false })}`;
}

/**
 * Each field's match weight, from the prior to the score (a waterfall, as Splink draws it):
 * "a priori −5,6 ; nom identique +10,4 ; téléphone différent −2,2". Strongest first; a column
 * without a role is named by its header.
 */
export function describeEvidence(evidence: readonly FieldEvidence[], lang: Lang, priorBits?: number, headers?: readonly string[]): string {
  const sorted = [...evidence].sort((a, b) => Math.abs(b.bits) - Math.abs(a.bits));
  const parts = sorted.map((e) => {
    const label = e.field === "other" && e.column !== undefined && headers ? (headers[e.column] ?? fieldLabel(e.field, lang)) : fieldLabel(e.field, lang);
    return `${label} ${levelLabel(e.level, lang)} ${signedBits(e.bits, lang)}`;
  });
  if (priorBits !== undefined) parts.unshift(say(lang, "prior", { bits: signedBits(-priorBits, lang) }));
  return parts.join(say(lang, "evidenceSeparator"));
}

/** The note on a duplicate's key cells: which row it repeats, how sure, why, and what to do. */
export function duplicateNote(p: { partnerRow: number; survivorRow: number; score: number; why: string; rule: string | null }, lang: Lang): string {
  const via = p.partnerRow === p.survivorRow ? "" : say(lang, "via", { row: p.partnerRow });
  const because = p.rule ? say(lang, "rule", { rule: p.rule }) : p.why;
  return say(lang, "note", { survivor: p.survivorRow, via, score: percent(p.score, lang), because });
}
