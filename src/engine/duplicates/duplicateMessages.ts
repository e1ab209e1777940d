import type { Lang } from "../i18n/lang";
import type { MatchField } from "./duplicateFields";
import type { FieldEvidence } from "./compare/compareRows";

/**
 * The duplicate finder's words, French and English: added headers, field names and the note
 * on a duplicate's cells. Kept here (not in i18n/messages.ts) so that this job owns its text;
 * a missing translation is a compile error all the same.
 */
export const DEDUPE_HEADERS: Readonly<Record<Lang, Readonly<Record<"group" | "duplicateOf" | "score" | "matchedOn" | "sourceRows", string>>>> = {
  fr: { group: "Groupe doublon", duplicateOf: "Doublon de la ligne", score: "Score de correspondance", matchedOn: "Champs concordants", sourceRows: "Lignes d'origine" },
  en: { group: "Duplicate group", duplicateOf: "Duplicate of row", score: "Match score", matchedOn: "Matched on", sourceRows: "Source rows" },
};

export const MERGED_SHEET_NAME: Readonly<Record<Lang, string>> = { fr: "Clients fusionnés", en: "Merged customers" };

const FIELD_LABELS: Readonly<Record<Lang, Readonly<Record<MatchField, string>>>> = {
  fr: {
    email: "e-mail", phone: "téléphone", siret: "SIRET", name: "nom", company: "société", postalCode: "code postal",
    city: "ville", address: "adresse", birthDate: "date de naissance", customerId: "n° client", other: "autres colonnes",
  },
  en: {
    email: "e-mail", phone: "phone", siret: "SIRET", name: "name", company: "company", postalCode: "postal code",
    city: "town", address: "address", birthDate: "birth date", customerId: "customer number", other: "other columns",
  },
};

export function fieldLabel(field: MatchField, lang: Lang): string {
  return FIELD_LABELS[lang][field];
}

function percent(value: number, lang: Lang): string {
  return lang === "fr" ? `${Math.round(value * 100)} %` : `${Math.round(value * 100)}%`;
}

/** "e-mail identique, nom semblable (92 %)": the fields that agreed, strongest first. */
export function describeEvidence(evidence: readonly FieldEvidence[], lang: Lang): string {
  const agreeing = evidence.filter((e) => e.bits > 0).sort((a, b) => b.bits - a.bits);
  return agreeing
    .map((e) => {
      const label = fieldLabel(e.field, lang);
      if (e.similarity >= 0.999) return lang === "fr" ? `${label} identique` : `same ${label}`;
      return lang === "fr" ? `${label} semblable (${percent(e.similarity, lang)})` : `similar ${label} (${percent(e.similarity, lang)})`;
    })
    .join(", ");
}

/** The note on a duplicate's key cells: which row it repeats, how sure, why, and what to do. */
export function duplicateNote(p: { partnerRow: number; survivorRow: number; score: number; why: string; rule: string | null }, lang: Lang): string {
  const via = p.partnerRow === p.survivorRow ? "" : lang === "fr" ? ` (rapproché via la ligne ${p.partnerRow})` : ` (linked through row ${p.partnerRow})`;
  const because = p.rule ? (lang === "fr" ? `règle « ${p.rule} »` : `rule "${p.rule}"`) : p.why;
  return lang === "fr"
    ? `Même client que la ligne ${p.survivorRow}${via}, score ${percent(p.score, lang)} : ${because}. Vérifiez puis fusionnez (tria dedupe --merge) ; rien n'est supprimé.`
    : `Same customer as row ${p.survivorRow}${via}, score ${percent(p.score, lang)}: ${because}. Check, then merge (tria dedupe --merge); nothing is deleted.`;
}
