import type { AddedSheet } from "../plan";
import type { ReportColumn, ReportPrivacy } from "../report";
import type { Table } from "../table/table";
import type { ColumnRole } from "../table/columnRole";
import type { Lang } from "../i18n/lang";
import type { Bilingual } from "../bilingualError";
import { CATEGORY_LABELS } from "./sensitiveCategories";

/**
 * The "Registre" sheet: the entry of the record of processing activities (GDPR art. 30) for
 * this file, laid out as the CNIL's model register (purposes, people, data categories,
 * retention, legal basis, recipients, security). Tria fills what the file tells; the rest says
 * "à compléter".
 */
type RegisterCategory = "identity" | "contact" | "professional" | "commercial" | "consent" | "other";

const CATEGORY_OF: Partial<Record<ColumnRole, RegisterCategory>> = {
  id: "identity",
  customerId: "identity",
  civility: "identity",
  firstName: "identity",
  lastName: "identity",
  fullName: "identity",
  birthDate: "identity",
  age: "identity",
  gender: "identity",
  address: "contact",
  street: "contact",
  addressComplement: "contact",
  postalCode: "contact",
  city: "contact",
  country: "contact",
  phone: "contact",
  mobile: "contact",
  email: "contact",
  company: "professional",
  jobTitle: "professional",
  siren: "professional",
  siret: "professional",
  socioProfessionalCategory: "professional",
  consent: "consent",
};

const CATEGORY_NAMES: Readonly<Record<RegisterCategory, Bilingual>> = {
  identity: { fr: "État civil, identité", en: "Identity" },
  contact: { fr: "Coordonnées", en: "Contact details" },
  professional: { fr: "Vie professionnelle", en: "Professional life" },
  commercial: { fr: "Vie commerciale (achats, commandes, réactions)", en: "Commercial life (purchases, orders, reactions)" },
  consent: { fr: "Consentement", en: "Consent" },
  other: { fr: "Autres", en: "Other" },
};

const TO_FILL: Bilingual = { fr: "à compléter", en: "to fill in" };

export function registerSheet(table: Table, columns: readonly ReportColumn[], privacy: ReportPrivacy, lang: Lang): AddedSheet {
  const t = (text: Bilingual) => text[lang];
  const byCategory = new Map<RegisterCategory, string[]>();
  for (const column of columns) {
    const category = CATEGORY_OF[column.role] ?? (column.dataKind === "action" || column.dataKind === "reaction" ? "commercial" : "other");
    byCategory.set(category, [...(byCategory.get(category) ?? []), column.header]);
  }
  const dataCategories = [...byCategory].map(([category, headers]) => `${t(CATEGORY_NAMES[category])} : ${headers.join(", ")}`);
  const sensitive = privacy.sensitive.map((s) => `${t(CATEGORY_LABELS[s.category])} (${s.column})`);
  const rows: string[][] = [
    [
      t({
        fr: "Registre des activités de traitement (art. 30 RGPD) — fiche du fichier",
        en: "Record of processing activities (GDPR art. 30) — this file's entry",
      }),
      "",
    ],
    [
      t({
        fr: `Établie par Tria le ${privacy.today} à partir de la feuille « ${table.sheet} » ; complétez les cases « à compléter ».`,
        en: `Drawn up by Tria on ${privacy.today} from the sheet "${table.sheet}"; fill in the "to fill in" boxes.`,
      }),
      "",
    ],
    ["", ""],
    [t({ fr: "Rubrique", en: "Item" }), t({ fr: "Contenu", en: "Content" })],
    [
      t({ fr: "Traitement", en: "Processing" }),
      t({ fr: "Gestion de la clientèle et prospection commerciale", en: "Customer management and commercial prospecting" }),
    ],
    [
      t({ fr: "Responsable du traitement", en: "Controller" }),
      t({ fr: "à compléter (entreprise, adresse, représentant)", en: "to fill in (company, address, representative)" }),
    ],
    [t({ fr: "Délégué à la protection des données", en: "Data protection officer" }), t(TO_FILL)],
    [
      t({ fr: "Finalités", en: "Purposes" }),
      t({
        fr: "Gestion des clients (commandes, livraisons, factures, service après-vente) ; prospection commerciale (e-mail, téléphone, courrier) ; segmentation et fidélisation",
        en: "Customer management (orders, deliveries, invoices, after-sales); commercial prospecting (e-mail, phone, mail); segmentation and loyalty",
      }),
    ],
    [
      t({ fr: "Base légale", en: "Legal basis" }),
      t({
        fr: "Clients : exécution du contrat. Prospection par e-mail ou SMS de particuliers : consentement (art. L34-5 CPCE). Prospection postale, téléphonique et entre professionnels : intérêt légitime (droit d'opposition).",
        en: "Customers: performance of the contract. E-mail or SMS prospecting of private persons: consent (French CPCE art. L34-5). Mail, phone and business-to-business prospecting: legitimate interest (right to object).",
      }),
    ],
    [
      t({ fr: "Personnes concernées", en: "People concerned" }),
      t({ fr: `Clients et prospects (${table.rows.length} lignes)`, en: `Customers and prospects (${table.rows.length} rows)` }),
    ],
    [t({ fr: "Catégories de données", en: "Data categories" }), dataCategories.join("\n")],
    [
      t({ fr: "Données sensibles", en: "Sensitive data" }),
      sensitive.length === 0 ? t({ fr: "Aucune trouvée", en: "None found" }) : `${sensitive.join(", ")} — ${t({ fr: "à supprimer", en: "to delete" })}`,
    ],
    [
      t({ fr: "Durées de conservation", en: "Retention periods" }),
      t({
        fr: "Clients : 3 ans après le dernier achat ou contact. Prospects : 3 ans après la collecte ou le dernier contact. Pièces comptables : 10 ans (archivage à part). Données bancaires : le temps du paiement.",
        en: "Customers: 3 years after the last purchase or contact. Prospects: 3 years after collection or the last contact. Accounting records: 10 years (archived apart). Bank details: for the payment only.",
      }),
    ],
    [
      t({ fr: `Constats au ${privacy.today}`, en: `Findings on ${privacy.today}` }),
      t({
        fr: `${privacy.expired.length} ligne(s) au-delà de 3 ans, ${privacy.noConsent.length} particulier(s) sans consentement e-mail, ${privacy.sensitive.reduce((n, s) => n + s.rows, 0)} cellule(s) de données sensibles`,
        en: `${privacy.expired.length} row(s) past 3 years, ${privacy.noConsent.length} private customer(s) without e-mail consent, ${privacy.sensitive.reduce((n, s) => n + s.rows, 0)} cell(s) of sensitive data`,
      }),
    ],
    [
      t({ fr: "Destinataires", en: "Recipients" }),
      t({ fr: "à compléter (service commercial, prestataires d'envoi…)", en: "to fill in (sales team, mailing providers…)" }),
    ],
    [t({ fr: "Transferts hors Union européenne", en: "Transfers outside the EU" }), t(TO_FILL)],
    [
      t({ fr: "Mesures de sécurité", en: "Security measures" }),
      t({ fr: "à compléter (accès par mot de passe, sauvegardes, journalisation…)", en: "to fill in (password access, backups, logging…)" }),
    ],
  ];
  return {
    key: "comply.register",
    name: t({ fr: "Registre", en: "Record" }),
    rows,
    cellStyles: [
      { row: 0, column: 0, bold: true },
      { row: 3, column: 0, bold: true },
      { row: 3, column: 1, bold: true },
    ],
    columnWidths: [34, 110],
  };
}
