/**
 * Particles that belong to the surname that follows them: "Le Bon" and "Lebon", "de La
 * Fontaine" and "Delafontaine" are written both ways, so a particle is glued to the next word.
 * Folded form.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "le", "la", "les", "de", "du", "des", "d", "l", "van", "von", "der", "den", "di", "da", "del", "della", "dos",
  "mac", "mc", "st", "ste", "saint", "sainte", "ben", "el", "al",
]);
