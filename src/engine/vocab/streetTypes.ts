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
