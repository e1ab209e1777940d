/**
 * Civilities: the one list structure, duplicates and the column sniffer read. Folded form
 * (lower case, no accents, no dots).
 */
export type Civility = "M." | "Mme" | "Mlle" | "Dr" | "Me" | "Pr" | "M. et Mme" | "MM." | "Mmes";

/**
 * How people write civilities, and the French abbreviation each stands for (Imprimerie
 * nationale: M., Mme, Mlle, Dr, Me, Pr; "MM." for Messieurs). English forms map to their
 * French equivalents.
 */
export const CIVILITY_FORMS: ReadonlyArray<readonly [string, Civility]> = [
  ["monsieur et madame", "M. et Mme"],
  ["m et mme", "M. et Mme"],
  ["mr et mme", "M. et Mme"],
  ["mr et mrs", "M. et Mme"],
  ["mr and mrs", "M. et Mme"],
  ["m & mme", "M. et Mme"],
  ["mr & mrs", "M. et Mme"],
  ["mr & mme", "M. et Mme"],
  ["m mme", "M. et Mme"],
  ["mme et m", "M. et Mme"],
  ["madame et monsieur", "M. et Mme"],
  ["messieurs", "MM."],
  ["mm", "MM."],
  ["mesdames", "Mmes"],
  ["mmes", "Mmes"],
  ["mesdemoiselles", "Mmes"],
  ["mlles", "Mmes"],
  ["monsieur", "M."],
  ["mr", "M."],
  ["m", "M."],
  ["mons", "M."],
  ["mister", "M."],
  ["sir", "M."],
  ["madame", "Mme"],
  ["mme", "Mme"],
  ["mrs", "Mme"],
  ["ms", "Mme"],
  ["mde", "Mme"],
  ["mad", "Mme"],
  ["mademoiselle", "Mlle"],
  ["mlle", "Mlle"],
  ["melle", "Mlle"],
  ["mle", "Mlle"],
  ["miss", "Mlle"],
  ["docteur", "Dr"],
  ["doctor", "Dr"],
  ["dr", "Dr"],
  ["doc", "Dr"],
  ["maitre", "Me"],
  ["me", "Me"],
  ["professeur", "Pr"],
  ["professor", "Pr"],
  ["prof", "Pr"],
  ["pr", "Pr"],
];

/**
 * Honorifics with no French civility to stand for: "Mx" (gender-neutral), "Dame" (British).
 * Recognised as civilities, never written as one.
 */
const OTHER_HONORIFICS = ["mx", "dame"];

/** A whole cell that is a civility ("mme", "m et mme"), as the column sniffer compares it. */
export const CIVILITY_TEXTS: ReadonlySet<string> = new Set([...CIVILITY_FORMS.map(([form]) => form), ...OTHER_HONORIFICS]);

/**
 * Every word of a civility ("m", "et", "mme", "and"): they say nothing about who the customer
 * is, so duplicates drops them before names are compared.
 */
export const CIVILITY_WORDS: ReadonlySet<string> = new Set([...CIVILITY_TEXTS].flatMap((text) => text.split(/[\s&]+/)).filter((word) => word !== ""));
