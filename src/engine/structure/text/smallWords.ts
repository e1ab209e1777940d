/**
 * Words written in lower case inside French place and street names (Lexique des règles
 * typographiques en usage à l'Imprimerie nationale; Commission nationale de toponymie):
 * articles, prepositions and conjunctions, except as the first word ("Le Havre",
 * "La Roche-sur-Yon", "Rue de la Paix", "Saint-Rémy-de-Provence", "Villeneuve-lès-Avignon").
 */
export const SMALL_WORDS: ReadonlySet<string> = new Set([
  "à",
  "au",
  "aux",
  "d",
  "de",
  "des",
  "du",
  "en",
  "et",
  "l",
  "la",
  "le",
  "les",
  "lès",
  "lez",
  "sur",
  "sous",
]);

/**
 * Accents that all-caps typing drops in frequent words of town and street names. Only
 * restored for kind "city" (French capitals keep their accents, so "SAINT ETIENNE" means
 * Saint-Étienne); never for people's names, whose spelling belongs to them.
 */
export const CITY_ACCENTS: ReadonlyMap<string, string> = new Map([
  ["etienne", "étienne"],
  ["medard", "médard"],
  ["remy", "rémy"],
  ["eglise", "église"],
  ["ecole", "école"],
  ["chateau", "château"],
  ["genevieve", "geneviève"],
  ["andre", "andré"],
  ["benoit", "benoît"],
  ["evreux", "évreux"],
  ["epinal", "épinal"],
  ["etampes", "étampes"],
  ["ecully", "écully"],
  ["general", "général"],
  ["marechal", "maréchal"],
  ["republique", "république"],
  ["liberte", "liberté"],
  ["pere", "père"],
  ["orleans", "orléans"],
  ["nimes", "nîmes"],
  ["beziers", "béziers"],
  ["besancon", "besançon"],
  ["cote", "côte"],
  ["riviere", "rivière"],
  ["foret", "forêt"],
  ["vallee", "vallée"],
  ["allee", "allée"],
  ["montelimar", "montélimar"],
  ["sete", "sète"],
  ["frejus", "fréjus"],
  ["gerard", "gérard"],
  ["helene", "hélène"],
]);
