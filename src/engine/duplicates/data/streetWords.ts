/**
 * Street-type abbreviations of AFNOR NF Z10-011 / La Poste (RNVP) and the ones people type,
 * mapped to the full folded word, so "av. V. Hugo" and "avenue Victor Hugo" compare equal.
 */
export const STREET_ABBREVIATIONS: Readonly<Record<string, string>> = {
  av: "avenue", ave: "avenue", avn: "avenue", bd: "boulevard", bld: "boulevard", bvd: "boulevard", blvd: "boulevard", boul: "boulevard",
  r: "rue", ch: "chemin", che: "chemin", chem: "chemin", pl: "place", imp: "impasse", all: "allee", ald: "allee",
  rte: "route", rt: "route", crs: "cours", fg: "faubourg", fbg: "faubourg", sq: "square", qu: "quai", qua: "quai",
  pass: "passage", pas: "passage", res: "residence", resid: "residence", lot: "lotissement", lt: "lotissement",
  hle: "halle", ham: "hameau", mte: "montee", prom: "promenade", pte: "porte", rpt: "rond", st: "saint",
  ste: "sainte", gal: "general", gen: "general", mal: "marechal", pdt: "president", prof: "professeur",
  dr: "docteur", cdt: "commandant", cne: "capitaine", n: "", no: "", num: "", zi: "zone",
  za: "zone", zac: "zone", ld: "lieudit", lieudit: "lieudit",
};

/**
 * Words that carry no identity in an address line: articles, number suffixes (bis, ter:
 * compared with the number), delivery words (BP, CS, Cedex) and the country.
 */
export const ADDRESS_STOP_WORDS: ReadonlySet<string> = new Set([
  "de", "du", "des", "la", "le", "les", "d", "l", "a", "au", "aux", "et", "en", "sur", "sous", "bis", "ter",
  "quater", "b", "c", "bp", "cs", "cedex", "tsa", "france", "fr", "lieu", "dit", "lieudit",
]);
