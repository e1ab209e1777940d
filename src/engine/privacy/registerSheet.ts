import type { AddedSheet } from "../plan";
import type { ReportColumn, ReportPrivacy } from "../report";
import type { Table } from "../table/table";
import type { ColumnRole } from "../table/columnRole";
import type { Lang } from "../i18n/lang";
import type { Bilingual } from "../optionError";
import { CATEGORY_LABELS } from "./sensitiveCategories";

/**
 * The "Registre" sheet: the entry of the record of processing activities (GDPR art. 30) for
 * this file, laid out as the CNIL's model register (purposes, people, data categories,
 * retention, legal basis, recipients, security). Tria fills what the file tells; the rest says
 * "à compléter".
 */
type RegisterCategory = "identity" | "contact" | "professional" | "commercial" | "consent" | "other";

const CATEGORY_OF: Partial<Record<ColumnRole, RegisterCategory>> = {
  id: "identity", customerId: "identity", civility: "identity", firstName: "identity", lastName: "identity", fullName: "identity",
  birthDate: "identity", age: "identity", gender: "identity",
  address: "contact", street: "contact", addressComplement: "contact", postalCode: "contact", city: "contact", country: "contact",
  phone: "contact", mobile: "contact", email: "contact",
  company: "professional", jobTitle: "professional", siren: "professional", siret: "professional", socioProfessionalCategory: "professional",
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
  const fr = lang === "fr";
  const rows: string[][] = [
    [fr ? "Registre des activités de traitement (art. 30 RGPD) — fiche du fichier" : "Record of processing activities (GDPR art. 30) — this file's entry", ""],
    [fr ? `Établie par Tria le ${privacy.today} à partir de la feuille « ${table.sheet} » ; complétez les cases « à compléter ».` : `Drawn up by Tria on ${privacy.today} from the sheet "${table.sheet}"; fill in the "to fill in" boxes.`, ""],
    ["", ""],
    [fr ? "Rubrique" : "Item", fr ? "Contenu" : "Content"],
    [fr ? "Traitement" : "Processing", fr ? "Gestion de la clientèle et prospection commerciale" : "Customer management and commercial prospecting"],
    [fr ? "Responsable du traitement" : "Controller", fr ? "à compléter (entreprise, adresse, représentant)" : "to fill in (company, address, representative)"],
    [fr ? "Délégué à la protection des données" : "Data protection officer", t(TO_FILL)],
    [fr ? "Finalités" : "Purposes", fr ? "Gestion des clients (commandes, livraisons, factures, service après-vente) ; prospection commerciale (e-mail, téléphone, courrier) ; segmentation et fidélisation" : "Customer management (orders, deliveries, invoices, after-sales); commercial prospecting (e-mail, phone, mail); segmentation and loyalty"],
    [fr ? "Base légale" : "Legal basis", fr ? "Clients : exécution du contrat. Prospection par e-mail ou SMS de particuliers : consentement (art. L34-5 CPCE). Prospection postale, téléphonique et entre professionnels : intérêt légitime (droit d'opposition)." : "Customers: performance of the contract. E-mail or SMS prospecting of private persons: consent (French CPCE art. L34-5). Mail, phone and business-to-business prospecting: legitimate interest (right to object)."],
    [fr ? "Personnes concernées" : "People concerned", fr ? `Clients et prospects (${table.rows.length} lignes)` : `Customers and prospects (${table.rows.length} rows)`],
    [fr ? "Catégories de données" : "Data categories", dataCategories.join("\n")],
    [fr ? "Données sensibles" : "Sensitive data", sensitive.length === 0 ? (fr ? "Aucune trouvée" : "None found") : `${sensitive.join(", ")} — ${fr ? "à supprimer" : "to delete"}`],
    [fr ? "Durées de conservation" : "Retention periods", fr ? "Clients : 3 ans après le dernier achat ou contact. Prospects : 3 ans après la collecte ou le dernier contact. Pièces comptables : 10 ans (archivage à part). Données bancaires : le temps du paiement." : "Customers: 3 years after the last purchase or contact. Prospects: 3 years after collection or the last contact. Accounting records: 10 years (archived apart). Bank details: for the payment only."],
    [fr ? "Constats au " + privacy.today : "Findings on " + privacy.today, fr
      ? `${privacy.expired.length} ligne(s) au-delà de 3 ans, ${privacy.noConsent.length} particulier(s) sans consentement e-mail, ${privacy.sensitive.reduce((n, s) => n + s.rows, 0)} cellule(s) de données sensibles`
      : `${privacy.expired.length} row(s) past 3 years, ${privacy.noConsent.length} private customer(s) without e-mail consent, ${privacy.sensitive.reduce((n, s) => n + s.rows, 0)} cell(s) of sensitive data`],
    [fr ? "Destinataires" : "Recipients", fr ? "à compléter (service commercial, prestataires d'envoi…)" : "to fill in (sales team, mailing providers…)"],
    [fr ? "Transferts hors Union européenne" : "Transfers outside the EU", t(TO_FILL)],
    [fr ? "Mesures de sécurité" : "Security measures", fr ? "à compléter (accès par mot de passe, sauvegardes, journalisation…)" : "to fill in (password access, backups, logging…)"],
  ];
  return {
    key: "comply.register",
    name: fr ? "Registre" : "Record",
    rows,
    cellStyles: [{ row: 0, column: 0, bold: true }, { row: 3, column: 0, bold: true }, { row: 3, column: 1, bold: true }],
    columnWidths: [34, 110],
  };
}
