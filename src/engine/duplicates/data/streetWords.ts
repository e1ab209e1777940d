import { streetTypeWords } from "../../vocab/streetTypes";

/**
 * Abbreviations people type in an address line that are not street types (those come from
 * engine/vocab/streetTypes): titles in street names, "n°", zones, and a few shorthands. Mapped
 * to the full folded word, so "12 av. du Gal Leclerc" and "12 avenue du Général Leclerc" compare equal.
 */
const OTHER_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ald: "allee",
  rt: "route",
  lt: "lotissement",
  hle: "halle",
  pte: "porte",
  rpt: "rond",
  st: "saint",
  ste: "sainte",
  gal: "general",
  gen: "general",
  mal: "marechal",
  pdt: "president",
  prof: "professeur",
  dr: "docteur",
  cdt: "commandant",
  cne: "capitaine",
  n: "",
  no: "",
  num: "",
  zi: "zone",
  za: "zone",
  zac: "zone",
  ld: "lieudit",
  lieudit: "lieudit",
};

/**
 * Every abbreviation an address key expands ("av" → "avenue", "st" → "saint", "n" → ""): the
 * street types of AFNOR NF Z10-011 / La Poste (one list with structure) and the words above.
 * A Map: a plain object lookup would also find "constructor" on Object.prototype.
 */
export const STREET_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([...Object.entries(OTHER_ABBREVIATIONS), ...streetTypeWords()]);

/**
 * Words that carry no identity in an address line: articles, number suffixes (bis, ter:
 * compared with the number), delivery words (BP, CS, Cedex) and the country.
 */
export const ADDRESS_STOP_WORDS: ReadonlySet<string> = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "d",
  "l",
  "a",
  "au",
  "aux",
  "et",
  "en",
  "sur",
  "sous",
  "bis",
  "ter",
  "quater",
  "b",
  "c",
  "bp",
  "cs",
  "cedex",
  "tsa",
  "france",
  "fr",
  "lieu",
  "dit",
  "lieudit",
]);
