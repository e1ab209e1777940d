export type Civility = "M." | "Mme" | "Mlle" | "Dr" | "Me" | "Pr" | "M. et Mme" | "MM." | "Mmes";

/**
 * How people write civilities, folded (lower case, no accents, no dots), and the French
 * abbreviation each stands for (Imprimerie nationale: M., Mme, Mlle, Dr, Me, Pr; "MM." for
 * Messieurs). English forms map to their French equivalents.
 */
export const CIVILITY_FORMS: ReadonlyArray<readonly [string, Civility]> = [
  ["monsieur et madame", "M. et Mme"], ["m et mme", "M. et Mme"], ["mr et mme", "M. et Mme"],
  ["mr et mrs", "M. et Mme"], ["mr and mrs", "M. et Mme"], ["m & mme", "M. et Mme"], ["mr & mrs", "M. et Mme"],
  ["mr & mme", "M. et Mme"], ["m mme", "M. et Mme"], ["mme et m", "M. et Mme"], ["madame et monsieur", "M. et Mme"],
  ["messieurs", "MM."], ["mm", "MM."], ["mesdames", "Mmes"], ["mmes", "Mmes"],
  ["monsieur", "M."], ["mr", "M."], ["m", "M."], ["mons", "M."], ["mister", "M."],
  ["madame", "Mme"], ["mme", "Mme"], ["mrs", "Mme"], ["ms", "Mme"], ["mde", "Mme"], ["mad", "Mme"],
  ["mademoiselle", "Mlle"], ["mlle", "Mlle"], ["melle", "Mlle"], ["mle", "Mlle"], ["miss", "Mlle"],
  ["docteur", "Dr"], ["doctor", "Dr"], ["dr", "Dr"], ["doc", "Dr"],
  ["maitre", "Me"], ["me", "Me"],
  ["professeur", "Pr"], ["professor", "Pr"], ["prof", "Pr"], ["pr", "Pr"],
];
