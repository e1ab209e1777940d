import countriesData from "./data/countries.json";

/**
 * Countries: names (French, English, native, ISO alpha-2/3) → ISO code, the French name for
 * the last RNVP line (La Poste: foreign addresses end with the country in French capitals),
 * and the postcode format (UPU Postal Addressing Systems). Regexes compiled once.
 */
export interface Country {
  readonly iso: string;
  /** Upper case, no accents: "ROYAUME UNI". */
  readonly frenchName: string;
  /** Whole-token postcode pattern (single token or two tokens joined by a space). */
  readonly postcode: RegExp | undefined;
  /** Whether a postcode may be two tokens ("SW1A 2AA", "1012 AB", "114 55"). */
  readonly postcodeTwoTokens: boolean;
  readonly numberAfterStreet: boolean;
  readonly postcodeAfterTown: boolean;
}

interface CountryRecord {
  iso: string;
  fr: string;
  names: string[];
  postcode: string;
  prefix: string[];
  numberAfter?: boolean;
  codeAfter?: boolean;
}

const byIso = new Map<string, Country>();
const byName = new Map<string, Country>();
const byPrefix = new Map<string, Country>();
const lastWords = new Set<string>();
let longestName = 1;

for (const record of countriesData.countries as CountryRecord[]) {
  const country: Country = {
    iso: record.iso,
    frenchName: record.fr,
    postcode: record.postcode ? new RegExp(`^(?:${record.postcode})$`) : undefined,
    postcodeTwoTokens: record.postcode.includes(" "),
    numberAfterStreet: record.numberAfter === true,
    postcodeAfterTown: record.codeAfter === true,
  };
  byIso.set(record.iso, country);
  byName.set(record.iso, country);
  lastWords.add(record.iso);
  for (const name of record.names) {
    byName.set(name, country);
    lastWords.add(name.slice(name.lastIndexOf(" ") + 1));
    longestName = Math.max(longestName, name.split(" ").length);
  }
  for (const prefix of record.prefix) byPrefix.set(prefix, country);
}

export const FRANCE = byIso.get("FR")!;
export const MAX_COUNTRY_NAME_WORDS = longestName;

export function countryByIso(iso: string): Country | undefined {
  return byIso.get(iso.toUpperCase());
}

/** A country from its folded name, words separated by one space: "ETATS UNIS", "BELGIQUE", "BE". */
export function countryByName(foldedWords: string): Country | undefined {
  return byName.get(foldedWords);
}

/** The country of a postcode prefix: "CH" of "CH-1201", "L" of "L-1234". */
export function countryByPrefix(prefix: string): Country | undefined {
  return byPrefix.get(prefix);
}

/** Whether a folded word can end a country name ("FRANCE", "UNIS" of ETATS UNIS, "BAS" of PAYS-BAS). */
export function endsCountryName(key: string): boolean {
  const dash = Math.max(key.lastIndexOf("-"), key.lastIndexOf("'"), key.lastIndexOf("’"));
  return lastWords.has(dash >= 0 ? key.slice(dash + 1) : key);
}
