/**
 * Acronyms that stay in capitals when a sentence-case fix lowers the rest ("PDG" is not
 * "Pdg", "DIRECTEUR DES RH" is "Directeur des RH"): job titles, services and company words
 * customers' files carry. Only whole words are matched.
 */
export const KEPT_ACRONYMS: ReadonlySet<string> = new Set([
  "PDG", "DG", "DGA", "DGS", "DRH", "DAF", "DSI", "RSSI", "DPO", "CEO", "CTO", "CFO", "COO", "CIO", "CMO", "VP",
  "RH", "IT", "SAV", "ADV", "R&D", "QHSE", "HSE", "BTP", "PME", "TPE", "ETI", "SA", "SAS", "SASU", "SARL", "EURL",
  "VRP", "ATSEM", "AESH", "CPE", "IDE", "ASH", "AS", "BTS", "DUT", "CDI", "CDD", "TV", "PC", "B2B", "B2C", "CRM", "ERP",
]);
