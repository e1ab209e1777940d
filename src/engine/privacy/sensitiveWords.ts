import type { SensitiveCategory } from "./sensitiveCategories";

/*
 * Words that reveal a special category in a free-text note, folded (lower case, no accents,
 * punctuation as spaces): "Diabétique, prévoir livraison" → "diabetique prevoir livraison".
 * Chosen so that ordinary customer notes do not trip them: no "église" (a street name), no
 * "parti" (a verb), no bare "origine" ("appellation d'origine contrôlée").
 */
export const SENSITIVE_WORDS: Readonly<Partial<Record<SensitiveCategory, readonly string[]>>> = {
  health: [
    "maladie", "malade", "diabete", "diabetique", "cancer", "chimio", "chimiotherapie", "tumeur", "enceinte", "grossesse",
    "handicap", "handicape", "handicapee", "allergie", "allergique", "asthme", "asthmatique", "depression", "depressive", "depressif",
    "vih", "sida", "seropositif", "seropositive", "alzheimer", "parkinson", "epilepsie", "epileptique", "hospitalise", "hospitalisee",
    "hospitalisation", "arret maladie", "sous traitement", "traitement medical", "fauteuil roulant", "sclerose", "autiste", "autisme",
    "avc", "infarctus", "dialyse", "celiaque", "pathologie", "medicament", "medicaments", "insuline", "psychiatrique", "invalidite",
    "health condition", "pregnant", "disabled", "diabetes", "illness",
  ],
  religion: [
    "musulman", "musulmane", "catholique", "juif", "juive", "protestant", "protestante", "bouddhiste", "hindou", "hindoue",
    "chretien", "chretienne", "islam", "islamique", "temoin de jehovah", "halal", "casher", "kasher", "ramadan", "mosquee",
    "synagogue", "pratiquant", "pratiquante", "muslim", "jewish", "catholic",
  ],
  political: [
    "syndique", "syndiquee", "syndicaliste", "delegue syndical", "deleguee syndicale", "cgt", "cfdt", "force ouvriere", "cftc",
    "cfe cgc", "militant", "militante", "adherent du parti", "adherente du parti", "encarte", "encartee", "sympathisant", "sympathisante",
    "parti socialiste", "parti communiste", "les republicains", "rassemblement national", "front national", "france insoumise",
    "insoumis", "reconquete", "renaissance parti", "vote pour", "trade union", "union member",
  ],
  sexLife: [
    "homosexuel", "homosexuelle", "gay", "lesbienne", "bisexuel", "bisexuelle", "orientation sexuelle", "transgenre", "vie sexuelle",
    "lgbt", "libertin", "libertine", "sexual orientation",
  ],
  origin: [
    "origine ethnique", "ethnie", "ethnique", "race", "racial", "couleur de peau", "maghrebin", "maghrebine", "immigre", "immigree",
    "origine africaine", "origine algerienne", "origine marocaine", "origine tunisienne", "origine arabe", "origine asiatique",
    "origine antillaise", "origine turque", "origine chinoise", "origine juive", "origine etrangere", "origine maghrebine",
    "origine senegalaise", "origine malienne", "origine portugaise", "origine italienne", "origine espagnole", "origine roumaine",
    "ethnic origin",
  ],
  offence: ["casier judiciaire", "condamne", "condamnee", "condamnation", "garde a vue", "incarcere", "incarceree", "detenu", "prison"],
};

/** Headers that name a sensitive column, folded the same way. */
export const SENSITIVE_HEADERS: Readonly<Record<SensitiveCategory, readonly string[]>> = {
  health: ["sante", "maladie", "maladies", "pathologie", "pathologies", "allergie", "allergies", "handicap", "traitement medical", "medical", "medicale", "infos medicales", "health", "medical condition"],
  religion: ["religion", "confession", "culte", "religion pratiquee", "religious"],
  political: ["syndicat", "appartenance syndicale", "parti", "parti politique", "opinion politique", "opinions politiques", "political party", "union"],
  sexLife: ["orientation sexuelle", "vie sexuelle", "sexual orientation"],
  origin: ["origine ethnique", "ethnie", "race", "couleur de peau", "ethnicity"],
  offence: ["casier judiciaire", "condamnations", "infractions", "criminal record"],
  nir: ["nir", "n secu", "no secu", "num secu", "numero secu", "n securite sociale", "numero de securite sociale", "numero securite sociale", "securite sociale", "n ss", "nss", "social security number", "ssn"],
  bank: ["iban", "rib", "bic", "coordonnees bancaires", "releve d identite bancaire", "carte bancaire", "numero de carte bancaire", "cb", "bank details", "card number"],
};
