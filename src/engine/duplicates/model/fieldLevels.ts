import type { MatchField } from "../duplicateFields";

/**
 * The comparison levels of each field (Fellegi-Sunter as Splink and fastLink use it): a pair
 * of rows falls in one level per field, or none when either side is empty ("missing" says
 * nothing). Each level's weight log2(m/u) is learnt from the file (see fitModel); the prior
 * m0/u0 below are what Tria knew before reading it (the weights it used to have fixed),
 * worth a few pairs of evidence: they decide for small files, the file decides for big ones.
 */
export interface FieldLevels {
  readonly field: MatchField;
  /** Level names, most alike first (explanations, the summary sheet). */
  readonly levels: readonly string[];
  readonly m0: readonly number[];
  readonly u0: readonly number[];
  /** Whether the first level's weight is adjusted by how rare the shared value is (term frequency). */
  readonly termFrequency: boolean;
}

/** u0 from m0 and the bits each level used to weigh; the last level takes what is left. */
function levels(field: MatchField, names: readonly string[], m0: readonly number[], bits: readonly number[], termFrequency = false): FieldLevels {
  const u0 = bits.map((b, k) => m0[k]! / 2 ** b);
  const rest = 1 - u0.reduce((a, b) => a + b, 0);
  return { field, levels: names, m0, u0: [...u0, rest], termFrequency };
}

/** Fixed fields, in slot order (slot = index); generic columns come after them, one slot each. */
export const FIELD_LEVELS: readonly FieldLevels[] = [
  levels("email", ["same", "domain typo", "one letter apart", "same mailbox elsewhere", "different"], [0.5, 0.08, 0.06, 0.04, 0.32], [14, 8, 5, 1]),
  levels("phone", ["same", "different"], [0.6, 0.4], [13]),
  levels("siret", ["same", "same SIREN", "different"], [0.7, 0.1, 0.2], [14, 6]),
  levels(
    "name",
    ["same", "Jaro-Winkler ≥ 0.95", "Jaro-Winkler ≥ 0.88", "initial or word missing", "one word differs", "different"],
    [0.7, 0.12, 0.06, 0.06, 0.05, 0.01],
    [14, 11, 8, 4, -3],
    true,
  ),
  levels("company", ["same", "similar", "different"], [0.7, 0.15, 0.15], [10, 7], true),
  levels("postalCode", ["same", "one digit apart", "same town only", "different"], [0.85, 0.03, 0.02, 0.1], [6, 2, 1], true),
  levels("city", ["same", "similar", "different"], [0.85, 0.05, 0.1], [5, 3], true),
  levels("address", ["same street and number", "same street", "same street, other number", "similar", "different"], [0.6, 0.1, 0.03, 0.1, 0.17], [6, 3, -1, 0]),
  levels("birthDate", ["same", "day and month swapped", "one of day, month, year differs", "different"], [0.85, 0.02, 0.08, 0.05], [10, 6, 3]),
  levels("customerId", ["same", "different"], [0.5, 0.5], [12]),
];

export const FIXED_SLOTS = FIELD_LEVELS.length;
export const SLOT = Object.fromEntries(FIELD_LEVELS.map((f, k) => [f.field, k])) as Readonly<Record<Exclude<MatchField, "other">, number>>;

/** A column compared as it is: text, number or identifier (digits), or date. */
export type GenericKind = "text" | "digits" | "date";

const GENERIC_NAMES: Readonly<Record<GenericKind, readonly string[]>> = {
  text: ["same", "Jaro-Winkler ≥ 0.95", "Jaro-Winkler ≥ 0.88", "different"],
  digits: ["same", "two digits swapped", "one digit apart", "different"],
  date: ["same", "day and month swapped", "one of day, month, year differs", "different"],
};

export function genericLevels(kind: GenericKind): FieldLevels {
  return levels("other", GENERIC_NAMES[kind], [0.7, 0.1, 0.05, 0.15], [4, 2, 1], kind === "text");
}

/** Most levels a field has: a pair's levels pack into 3 bits per slot (0 = missing). */
export const LEVEL_BITS = 3;
export const MAX_SLOTS = 17;
