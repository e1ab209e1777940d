import type { Bilingual } from "../bilingualError";

/**
 * What GDPR art. 9 and 10 and the CNIL call sensitive in a customer file, and what to do with
 * each. Health, religion, political or union membership, sex life, origin are "special
 * categories" (forbidden unless the person's explicit consent); the NIR is restricted by decree;
 * bank details and offences are data whose misuse harms the person.
 */
export const SENSITIVE_CATEGORIES = ["health", "religion", "political", "sexLife", "origin", "offence", "nir", "bank"] as const;
export type SensitiveCategory = (typeof SENSITIVE_CATEGORIES)[number];

export const CATEGORY_LABELS: Readonly<Record<SensitiveCategory, Bilingual>> = {
  health: { fr: "Santé", en: "Health" },
  religion: { fr: "Convictions religieuses", en: "Religious beliefs" },
  political: { fr: "Opinions politiques ou appartenance syndicale", en: "Political opinions or union membership" },
  sexLife: { fr: "Vie ou orientation sexuelle", en: "Sex life or sexual orientation" },
  origin: { fr: "Origine raciale ou ethnique", en: "Racial or ethnic origin" },
  offence: { fr: "Infractions et condamnations", en: "Offences and convictions" },
  nir: { fr: "Numéro de sécurité sociale (NIR)", en: "Social security number (NIR)" },
  bank: { fr: "Coordonnées bancaires", en: "Bank details" },
};

const SPECIAL: Bilingual = {
  fr: "donnée sensible (art. 9 RGPD), interdite sans le consentement explicite de la personne : supprimez-la du fichier commercial et ne la notez plus (commentaires compris).",
  en: "special-category data (GDPR art. 9), forbidden without the person's explicit consent: delete it from the sales file and stop writing it down (notes included).",
};

export const WHAT_TO_DO: Readonly<Record<SensitiveCategory, Bilingual>> = {
  health: SPECIAL,
  religion: SPECIAL,
  political: SPECIAL,
  sexLife: SPECIAL,
  origin: SPECIAL,
  offence: {
    fr: "donnée d'infraction (art. 10 RGPD) : une entreprise ne peut pas la tenir dans un fichier clients ; supprimez-la.",
    en: "offence data (GDPR art. 10): a business may not keep it in a customer file; delete it.",
  },
  nir: {
    fr: "l'usage du NIR est réservé par décret (santé, social, paie) : il n'a rien à faire dans un fichier commercial ; supprimez-le.",
    en: "the NIR's use is restricted by decree (health, welfare, payroll): it has no place in a sales file; delete it.",
  },
  bank: {
    fr: "coordonnées bancaires : gardez-les hors du fichier de prospection (logiciel de paiement ou de facturation sécurisé), supprimez-les ici.",
    en: "bank details: keep them out of the prospecting file (in secure payment or invoicing software) and delete them here.",
  },
};
