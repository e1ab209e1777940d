import type { Bilingual } from "../bilingualError";
import type { Lang } from "../i18n/lang";
import { defineMessages } from "../i18n/defineMessages";
import { CATEGORY_LABELS, WHAT_TO_DO, type SensitiveCategory } from "./sensitiveCategories";
import type { RetentionRule } from "./retention";

/** The notes the comply job writes: why, and what to do, in the user's language. */
export function sensitiveNote(category: SensitiveCategory, evidence: string, lang: Lang, checked?: boolean): string {
  const label = CATEGORY_LABELS[category][lang];
  const check = checked === undefined ? "" : checkedText(category, checked)[lang];
  const found = say(lang, "quoted", { text: evidence });
  return `${label} (${found}${check})${colon(lang)}${WHAT_TO_DO[category][lang]}`;
}

function checkedText(category: SensitiveCategory, checked: boolean): Bilingual {
  if (category === "nir") return checked ? { fr: ", clé vérifiée", en: ", key checked" } : { fr: ", clé fausse", en: ", wrong key" };
  return checked ? { fr: ", numéro vérifié", en: ", number checked" } : { fr: ", numéro non valide", en: ", number not valid" };
}

export function sensitiveColumnNote(category: SensitiveCategory, lang: Lang): string {
  const label = CATEGORY_LABELS[category][lang];
  return say(lang, "sensitiveColumn", { label, todo: WHAT_TO_DO[category][lang] });
}

export function expiredNote(rule: RetentionRule, lastActivity: string, lang: Lang, customer: string | null = null): string {
  const who: Bilingual =
    customer !== null
      ? {
          fr: `Client ${customer} sans commande ni contact depuis plus de 3 ans (dernière : ${lastActivity})`,
          en: `Customer ${customer} with no order or contact for over 3 years (last: ${lastActivity})`,
        }
      : rule === "customer3Years"
        ? {
            fr: `Client sans achat ni contact depuis plus de 3 ans (dernier : ${lastActivity})`,
            en: `Customer with no purchase or contact for over 3 years (last: ${lastActivity})`,
          }
        : {
            fr: `Prospect sans contact depuis plus de 3 ans (dernier : ${lastActivity})`,
            en: `Prospect not heard from for over 3 years (last: ${lastActivity})`,
          };
  const todo: Bilingual = {
    fr: "la CNIL fixe 3 ans : supprimez la ligne (tria comply --purge), archivez-la à part, ou demandez d'abord à la personne si elle veut encore avoir de vos nouvelles.",
    en: "the CNIL sets 3 years: delete the row (tria comply --purge), archive it apart, or first ask the person whether they still want to hear from you.",
  };
  return `${who[lang]}${colon(lang)}${todo[lang]}`;
}

export function noConsentNote(empty: boolean, lang: Lang): string {
  const what: Bilingual = empty ? { fr: "Consentement non renseigné", en: "Consent not recorded" } : { fr: "Pas de consentement", en: "No consent" };
  const todo: Bilingual = {
    fr: "un particulier ne peut recevoir de prospection par e-mail sans son accord préalable (art. L34-5 du CPCE) : ne lui envoyez pas de campagne e-mail, demandez et notez son accord.",
    en: "a private person may not receive e-mail prospecting without prior consent (French CPCE art. L34-5): leave them out of e-mail campaigns, ask for and record their consent.",
  };
  return `${what[lang]}${colon(lang)}${todo[lang]}`;
}

export function noConsentColumnNote(lang: Lang): string {
  return say(lang, "noConsentColumn");
}

/** French typography: quotes « », a space before the colon. */
const say = defineMessages(
  {
    quoted: "« {text} »",
    colon: " : ",
    sensitiveColumn: "Colonne de données « {label} » : {todo}",
    noConsentColumn:
      "Aucune colonne de consentement : vous ne pouvez pas prouver l'accord des particuliers pour la prospection par e-mail. Ajoutez une colonne « Consentement e-mail » (oui / non, avec la date).",
  },
  {
    quoted: '"{text}"',
    colon: ": ",
    sensitiveColumn: 'A "{label}" column: {todo}',
    noConsentColumn:
      'No consent column: you cannot prove private customers agreed to e-mail prospecting. Add an "E-mail consent" column (yes / no, with the date).',
  },
);

function colon(lang: Lang): string {
  return say(lang, "colon");
}
