/**
 * Nobiliary and patronymic particles kept in lower case inside a surname (French usage as in
 * the Lexique de l'Imprimerie nationale: "Jean de La Fontaine", "Joachim du Bellay",
 * "d'Alembert"; Dutch, German, Italian, Portuguese and Spanish forms: "van Gogh",
 * "von Braun", "da Silva", "dos Santos"). The article that follows a French particle keeps
 * its capital ("de La Fontaine", "de Le Bel"), as does a surname starting with an article
 * ("Le Goff", "La Rochefoucauld").
 */
export const LOWER_PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "du",
  "des",
  "van",
  "von",
  "der",
  "den",
  "ter",
  "ten",
  "zu",
  "da",
  "das",
  "do",
  "dos",
  "di",
  "del",
  "della",
  "dei",
]);

/**
 * Words that belong to the surname that follows them: the particles, the articles ("Le Bon"
 * and "Lebon", "de La Fontaine" and "Delafontaine" are written both ways), "Saint", "Mac",
 * "Ben", "El" and the Spanish "y" ("García y López"). Duplicates glues them to the next word;
 * the column sniffer does not count them as a name word. Folded form.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  ...LOWER_PARTICLES,
  "le",
  "la",
  "les",
  "d",
  "l",
  "mac",
  "mc",
  "st",
  "ste",
  "saint",
  "sainte",
  "ben",
  "el",
  "al",
  "y",
]);

/** Apostrophes people type: straight, typographic (Word's autocorrect), modifier letter, backtick. */
export const APOSTROPHES = "'’‘ʼ`";
