/**
 * The most frequent French surnames (INSEE), plus the shapes that make name parsing hard:
 * particles ("de La Fontaine", "d'Arcy"), articles ("Le Bon", "Du Pont"), compound names
 * ("Dupont-Martin"), the ligature œ (cp1252 has it) and a Vietnamese name with letters
 * outside cp1252.
 */
export const COMMON_LAST_NAMES: readonly string[] = [
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
  "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
  "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont",
  "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau",
  "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu",
  "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
  "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier",
  "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Perret", "Brun", "Dumas",
  "Brunet", "Schmitt", "Colin", "Fernandez", "Renard", "Arnaud", "Caron", "Aubert",
  "Giraud", "Vidal", "Bourgeois", "Renaud", "Picard", "Gaillard", "Lacroix", "Dupuis",
  "Chauvin", "Bouvier", "Rey", "Charpentier", "Benoît", "Mallet", "Besson", "Marchand",
  "Bonnard", "Chabert", "Bérard", "Jacquet", "Ferrand", "Pélissier", "Ben Ali", "Haddad",
  "Diallo", "Traoré", "Da Silva", "Dos Santos", "Lebœuf", "Cœurderoy",
];

/** Names with a particle or an article, written the way the family writes them. */
export const PARTICLE_LAST_NAMES: readonly string[] = [
  "de La Fontaine", "de Montmorency", "d'Arcy", "d'Alembert", "de Villiers", "du Pont",
  "Le Bon", "Le Gall", "Le Goff", "Le Roux", "La Salle", "Du Bois", "de Saint-Exupéry",
  "Le Floch", "de Lattre",
];

export const COMPOUND_LAST_NAMES: readonly string[] = [
  "Dupont-Martin", "Bernard-Roche", "Lambert-Faure", "Morel-Vidal", "Petit-Jean",
  "Giraud-Perrin",
];

export const NON_CP1252_LAST_NAMES: readonly string[] = ["Nguyễn", "Kowalczyk-Łuczak"];
