/**
 * Street types with the abbreviations people type (La Poste's NF Z10-011 list gives the
 * official ones: AV, BD, PL...; customers type "av.", "bd", "bld", "r."), common street
 * names, and the complements that RNVP puts on lines 2-3 (building, residence, floor).
 */
export interface StreetType {
  readonly name: string;
  readonly abbreviations: readonly string[];
  readonly weight: number;
}

export const STREET_TYPES: readonly StreetType[] = [
  { name: "rue", abbreviations: ["r.", "R"], weight: 50 },
  { name: "avenue", abbreviations: ["av.", "av", "ave", "AV"], weight: 14 },
  { name: "boulevard", abbreviations: ["bd", "bd.", "bld", "Bvd"], weight: 7 },
  { name: "place", abbreviations: ["pl.", "pl"], weight: 4 },
  { name: "allée", abbreviations: ["all.", "allee"], weight: 5 },
  { name: "chemin", abbreviations: ["ch.", "chem."], weight: 6 },
  { name: "impasse", abbreviations: ["imp.", "imp"], weight: 4 },
  { name: "route", abbreviations: ["rte", "rte."], weight: 5 },
  { name: "quai", abbreviations: ["qu."], weight: 2 },
  { name: "cours", abbreviations: ["crs"], weight: 2 },
  { name: "square", abbreviations: ["sq."], weight: 1 },
  { name: "montée", abbreviations: ["mtée"], weight: 1 },
];

export const STREET_NAMES: readonly string[] = [
  "de la Paix", "Victor Hugo", "Jean Jaurès", "de la République", "du Général de Gaulle",
  "Pasteur", "de la Gare", "des Lilas", "du Moulin", "de l'Église", "Gambetta", "Foch",
  "des Écoles", "du Stade", "Carnot", "Voltaire", "de Verdun", "Émile Zola", "des Acacias",
  "du 8 Mai 1945", "de Lyon", "Paul Bert", "de la Liberté", "des Tilleuls", "du Château",
  "Antoine de Saint-Exupéry", "Garibaldi", "de la Croix-Rousse", "des Pins", "Jean Moulin",
  "Mozart", "des Jardins", "du Lavoir", "de la Fontaine", "des Vignes", "Lamartine",
  "Édouard Herriot", "des Marronniers", "du Maréchal Leclerc", "de Bretagne", "Anatole France",
  "Saint-Jean", "des Fleurs", "du Bourg", "de la Mairie", "Marcel Pagnol", "Aristide Briand",
  "des Cerisiers", "Charles de Gaulle", "du Docteur Schweitzer",
];

export const LIEUX_DITS: readonly string[] = [
  "Les Granges", "Le Bois Joli", "La Croix Blanche", "Les Combes", "Le Moulin Neuf",
  "La Grange Rouge", "Les Près Verts", "Le Chêne",
];

/** Complements, i.e. RNVP lines 2 and 3 (inside / outside the building). */
export const COMPLEMENTS: readonly string[] = [
  "Bât. B", "Bât A", "Bâtiment C", "Résidence Les Pins", "Résidence du Parc", "Rés. Le Clos",
  "Escalier 2", "Esc. A", "3e étage", "2ème étage", "Appt 12", "Apt 4", "Appartement 31",
  "Porte 5", "chez M. Durand", "c/o Mme Petit", "Lotissement Les Vergers", "ZA des Platières",
  "ZI Nord", "Les Terrasses",
];

export const NUMBER_SUFFIXES: readonly string[] = ["bis", "ter", "B", "BIS", "A"];
