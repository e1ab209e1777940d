/**
 * Legal forms and company words: the one list structure (is this a company? which form?) and
 * duplicates (words that do not tell two companies apart) read.
 */

/**
 * French legal forms (INSEE's "catégories juridiques", the abbreviations used on Kbis and
 * invoices) and the Belgian, Swiss, Luxembourg and common foreign ones, as written in
 * company names. Keys are folded (lower case, no accents, dots and spaces removed), values are
 * the abbreviation shown.
 */
export const LEGAL_FORM_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["sarl", "SARL"],
  ["sarlu", "SARLU"],
  ["sas", "SAS"],
  ["sasu", "SASU"],
  ["eurl", "EURL"],
  ["sa", "SA"],
  ["sci", "SCI"],
  ["snc", "SNC"],
  ["scs", "SCS"],
  ["sca", "SCA"],
  ["ei", "EI"],
  ["eirl", "EIRL"],
  ["ae", "EI"],
  ["selarl", "SELARL"],
  ["selas", "SELAS"],
  ["selafa", "SELAFA"],
  ["selca", "SELCA"],
  ["scp", "SCP"],
  ["scm", "SCM"],
  ["scop", "SCOP"],
  ["scic", "SCIC"],
  ["sem", "SEM"],
  ["spl", "SPL"],
  ["gie", "GIE"],
  ["gaec", "GAEC"],
  ["earl", "EARL"],
  ["scea", "SCEA"],
  ["sccv", "SCCV"],
  ["micro-entreprise", "micro-entreprise"],
  ["sprl", "SPRL"],
  ["srl", "SRL"],
  ["sc", "SC"],
  ["asbl", "ASBL"],
  ["bv", "BV"],
  ["nv", "NV"],
  ["gmbh", "GmbH"],
  ["ag", "AG"],
  ["sagl", "Sagl"],
  ["ltd", "Ltd"],
  ["llc", "LLC"],
  ["inc", "Inc."],
  ["plc", "PLC"],
  ["spa", "SpA"],
  ["sl", "SL"],
]);

/** Legal forms written out in full, folded, and their abbreviation. */
export const LEGAL_FORM_WORDS: ReadonlyArray<readonly [string, string]> = [
  ["societe a responsabilite limitee unipersonnelle", "SARLU"],
  ["societe a responsabilite limitee", "SARL"],
  ["societe par actions simplifiee unipersonnelle", "SASU"],
  ["societe par actions simplifiee", "SAS"],
  ["entreprise unipersonnelle a responsabilite limitee", "EURL"],
  ["entreprise individuelle a responsabilite limitee", "EIRL"],
  ["entreprise individuelle", "EI"],
  ["societe anonyme", "SA"],
  ["societe civile immobiliere", "SCI"],
  ["societe en nom collectif", "SNC"],
  ["societe civile professionnelle", "SCP"],
  ["societe cooperative", "SCOP"],
  ["auto-entrepreneur", "EI"],
  ["auto entrepreneur", "EI"],
  ["micro-entrepreneur", "EI"],
  ["micro entrepreneur", "EI"],
  ["association", "association"],
  ["assoc", "association"],
];

/** Words that say "a company" and nothing about which one: "Ets Dupont", "Société Martin", "Groupe X". */
const GENERIC_COMPANY_WORDS = ["societe", "ste", "ets", "etablissements", "etablissement", "entreprise", "groupe", "compagnie", "cie", "association", "asso"];

/**
 * Words that make a name a business rather than a person, even without a legal form:
 * "Boulangerie Martin", "Ets Dupont", "Garage du Centre", "Cabinet Lefèvre & Associés".
 */
// Words that are also French surnames or first names (France, Leclerc, Château, Bar, Centre)
// are left out: a person must not become a company.
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  ...GENERIC_COMPANY_WORDS,
  "entreprises",
  "group",
  "cabinet",
  "agence",
  "atelier",
  "ateliers",
  "boulangerie",
  "patisserie",
  "boucherie",
  "charcuterie",
  "garage",
  "pharmacie",
  "restaurant",
  "hotel",
  "cafe",
  "brasserie",
  "librairie",
  "fleuriste",
  "mairie",
  "departement",
  "lycee",
  "college",
  "ecole",
  "universite",
  "clinique",
  "hopital",
  "ehpad",
  "institut",
  "fondation",
  "federation",
  "syndicat",
  "club",
  "comite",
  "amicale",
  "cooperative",
  "mutuelle",
  "banque",
  "assurances",
  "assurance",
  "immobilier",
  "immobiliere",
  "transports",
  "transport",
  "services",
  "service",
  "consulting",
  "conseils",
  "solutions",
  "distribution",
  "industrie",
  "industries",
  "holding",
  "associes",
  "partners",
  "technologies",
  "informatique",
  "batiment",
  "btp",
  "menuiserie",
  "plomberie",
  "electricite",
  "peinture",
  "maconnerie",
  "couverture",
  "nettoyage",
  "traiteur",
  "automobiles",
  "optique",
  "coiffure",
  "camping",
  "magasin",
  "supermarche",
  "hypermarche",
]);

/**
 * The words duplicates drops from a company name before comparing (folded words): every
 * abbreviated legal form ("micro-entreprise" as its two words) and the generic company words,
 * so "SARL Lebon Coiffure" and "Ets Lebon Coiffure" compare equal.
 */
export const LEGAL_FORM_KEY_WORDS: ReadonlySet<string> = new Set([
  ...[...LEGAL_FORM_ABBREVIATIONS.keys()].flatMap((form) => form.split("-")),
  ...GENERIC_COMPANY_WORDS,
]);
