/**
 * French first names across generations (INSEE "fichier des prénoms" favourites from the
 * 1950s to the 2010s), with compound names that are still common among customers over 40.
 * A few names hold letters outside Windows-1252 (Ł, ğ) on purpose: a CSV export turns them
 * into "?", as Excel does.
 */
export const MALE_FIRST_NAMES: readonly string[] = [
  "Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Bernard", "Jacques", "Daniel",
  "Patrick", "Christian", "Nicolas", "Christophe", "Stéphane", "Laurent", "Frédéric",
  "Olivier", "Éric", "Thierry", "Sébastien", "David", "Julien", "Thomas", "Alexandre",
  "Maxime", "Antoine", "Guillaume", "Romain", "Kévin", "Mathieu", "Lucas", "Hugo", "Léo",
  "Louis", "Gabriel", "Arthur", "Raphaël", "Jules", "Nathan", "Théo", "Enzo", "Mohamed",
  "Karim", "Yannick", "Gérard", "Rémi", "François", "Joël", "Hervé", "Benoît", "Loïc",
  "Jean-Pierre", "Jean-Claude", "Jean-Marc", "Jean-Luc", "Jean-François", "Jean-Louis",
  "Pierre-Yves", "Marc-Antoine", "Jean-Baptiste", "Paul-Henri",
];

export const FEMALE_FIRST_NAMES: readonly string[] = [
  "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Christine", "Monique",
  "Valérie", "Sandrine", "Véronique", "Sophie", "Céline", "Stéphanie", "Julie", "Aurélie",
  "Émilie", "Camille", "Laura", "Manon", "Léa", "Chloé", "Emma", "Jade", "Louise", "Alice",
  "Inès", "Lina", "Zoé", "Anaïs", "Élodie", "Hélène", "Martine", "Brigitte", "Chantal",
  "Annick", "Maëlle", "Clémence", "Agnès", "Noémie", "Fatima", "Samira", "Gaëlle", "Océane",
  "Marie-Claire", "Marie-Christine", "Anne-Sophie", "Marie-Hélène", "Anne-Marie",
  "Marie-Thérèse", "Marie-Laure", "Marie-Pierre", "Anne-Laure",
];

/** Names that a CSV in Windows-1252 cannot hold (they become "?"). */
export const NON_CP1252_FIRST_NAMES: readonly string[] = ["Łukasz", "Doğan", "Bogdan"];
