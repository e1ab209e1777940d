/**
 * Civilities and honorifics as typed in French and English customer files (La Poste's
 * "M." / "Mme" and every variant people use). They say nothing about who the customer is,
 * so they are dropped before names are compared. Folded form: lower case, no accents.
 */
export const CIVILITY_WORDS: ReadonlySet<string> = new Set([
  "m", "mr", "mrs", "ms", "miss", "mme", "mmes", "mlle", "mlles", "melle", "mm", "monsieur", "madame",
  "mademoiselle", "messieurs", "dr", "docteur", "doctor", "pr", "professeur", "prof", "me", "maitre",
  "et", "and", "sir", "dame",
]);
