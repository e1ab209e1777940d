import { foldAccents } from "../text/fold";
import streetTypesData from "./streetTypes.json";

/**
 * Street types (AFNOR NF Z10-011 / La Poste RNVP): the one list structure (which part of an
 * address line is the voie?) and duplicates (does "av." mean "avenue"?) read.
 */
export interface StreetType {
  /** Canonical name, upper case without accents: "AVENUE", "ROND POINT". */
  readonly name: string;
  /** The abbreviation RNVP lines use when they are too long: "AV". */
  readonly abbr: string;
  /** How people write it (the name included): "AVENUE", "AV", "AVE"… */
  readonly variants: readonly string[];
  /** Written so only right after a house number: "12 R. de la Paix" (R alone is a letter). */
  readonly afterNumber?: readonly string[];
  /** Also a common word in names ("Résidence Le Parc"). */
  readonly weak?: boolean;
  /** With no number before it, names a building (line 3): RESIDENCE. */
  readonly buildingUnnumbered?: boolean;
}

export const STREET_TYPES: readonly StreetType[] = streetTypesData.types;

/**
 * Every way of writing a one-word street type, folded to lower case, to its full name:
 * "av" → "avenue", "bd" → "boulevard", "r" → "rue". Types of several words ("ROND POINT") are
 * left out: a key word stands for one word.
 */
export function streetTypeWords(): Map<string, string> {
  const words = new Map<string, string>();
  for (const type of STREET_TYPES) {
    if (type.name.includes(" ")) continue;
    const name = type.name.toLowerCase();
    for (const variant of [...type.variants, ...(type.afterNumber ?? [])]) {
      const word = variant.toLowerCase();
      if (!word.includes(" ") && word !== name) words.set(word, name);
    }
  }
  return words;
}

/**
 * Every word that names a street in an address line, folded to lower case: each one-word
 * way of writing a type, and the words that mark a street without being a type structure
 * splits on ("street", "venelle", "rond"). For recognising an address column, not for
 * splitting one. `namesOnly`: full names, no abbreviation, for a word with no number before
 * it ("Place de la Mairie"; "Pas de mail" is no PASSAGE).
 */
export function streetWordSet(namesOnly = false): Set<string> {
  const written = STREET_TYPES.flatMap((type) => (namesOnly ? [type.name] : [...type.variants, ...(type.afterNumber ?? [])]));
  const words = [...written, ...streetTypesData.otherStreetWords].filter((word) => !word.includes(" "));
  return new Set(words.map((word) => foldAccents(word).toLowerCase()));
}
