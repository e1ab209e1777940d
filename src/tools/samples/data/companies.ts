/**
 * B2B customers of a small shop: trades and local firms. The legal forms are the French
 * ones a customer file shows (Code de commerce: SARL, SAS, SASU, EURL, SA, SNC; Code civil:
 * SCI; EI for sole traders), written before or after the name.
 */
export const ACTIVITIES: readonly string[] = [
  "Boulangerie", "Garage", "Pharmacie", "Cabinet", "Transports", "Menuiserie", "Plomberie",
  "Coiffure", "Restaurant", "Fromagerie", "Imprimerie", "Électricité", "Fleurs", "Hôtel",
  "Librairie", "Taxis", "Boucherie", "Architecture", "Auto-école", "Pâtisserie",
];

/** Second part of a company name when it is not the owner's surname. */
export const COMPANY_SUFFIXES: readonly string[] = [
  "du Centre", "de la Gare", "des Alpes", "du Rhône", "Saint-Jean", "& Fils", "et Associés",
  "Express", "des Monts d'Or", "Lyonnaise", "du Beaujolais", "Service", "Pro",
];

export const LEGAL_FORMS: readonly string[] = ["SARL", "SAS", "SASU", "EURL", "SA", "SCI", "SNC", "EI"];
