import type { ColumnRole } from "../table/columnRole";
import type { Lang } from "./lang";
import { ofPair } from "./localeFormat";

/** Column roles as the user reads them, in the taskpane dropdowns and `tria inspect`. */
const ROLE_LABELS: Readonly<Record<ColumnRole, readonly [fr: string, en: string]>> = {
  id: ["Identifiant", "ID"],
  civility: ["Civilité", "Title"],
  firstName: ["Prénom", "First name"],
  lastName: ["Nom", "Last name"],
  fullName: ["Nom complet", "Full name"],
  company: ["Société", "Company"],
  jobTitle: ["Fonction", "Job title"],
  address: ["Adresse (un champ)", "Address (one field)"],
  street: ["Voie", "Street"],
  addressComplement: ["Complément d'adresse", "Address line 2"],
  postalCode: ["Code postal", "Postal code"],
  city: ["Ville", "Town"],
  country: ["Pays", "Country"],
  phone: ["Téléphone", "Phone"],
  mobile: ["Portable", "Mobile"],
  email: ["E-mail", "E-mail"],
  siren: ["SIREN", "SIREN"],
  siret: ["SIRET", "SIRET"],
  birthDate: ["Date de naissance", "Birth date"],
  age: ["Âge", "Age"],
  gender: ["Sexe", "Gender"],
  socioProfessionalCategory: ["CSP", "Socio-professional category"],
  lastPurchaseDate: ["Date du dernier achat", "Last purchase date"],
  firstPurchaseDate: ["Date du premier achat", "First purchase date"],
  orderDate: ["Date de commande", "Order date"],
  orderId: ["N° de commande", "Order number"],
  customerId: ["N° client", "Customer number"],
  frequency: ["Nombre d'achats", "Number of purchases"],
  purchasesPerYear: ["Achats par an", "Purchases per year"],
  amount: ["Montant", "Amount"],
  totalAmount: ["Montant total", "Total amount"],
  averageBasket: ["Panier moyen", "Average basket"],
  productCategory: ["Catégorie de produit", "Product category"],
  channel: ["Canal", "Channel"],
  consent: ["Consentement", "Consent"],
  lastContactDate: ["Date du dernier contact", "Last contact date"],
  emailOpens: ["Ouvertures d'e-mails", "E-mail opens"],
  emailClicks: ["Clics", "E-mail clicks"],
  pageViews: ["Pages vues", "Page views"],
  responded: ["A répondu", "Responded"],
  other: ["Autre", "Other"],
};

export function roleLabel(role: ColumnRole, lang: Lang): string {
  return ofPair(lang, ROLE_LABELS[role]);
}
