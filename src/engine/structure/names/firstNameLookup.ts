import { COMMON_SURNAMES } from "./data/commonSurnames";
import { FIRST_NAMES_FEMALE, FIRST_NAMES_MALE } from "./data/firstNames";
import { foldName } from "./foldName";

function words(list: string): string[] {
  return list.split(/\s+/).filter((word) => word !== "");
}

// Rank = position in its list (most frequent first); a name in both lists keeps the better rank.
const RANKS = new Map<string, number>();
for (const list of [FIRST_NAMES_MALE, FIRST_NAMES_FEMALE]) {
  words(list).forEach((name, rank) => {
    const known = RANKS.get(name);
    if (known === undefined || rank < known) RANKS.set(name, rank);
  });
}
const SURNAMES = new Set(words(COMMON_SURNAMES));

/**
 * How typical a first name the word is: 0 for the most common, larger for rarer ones, null
 * when it is not in the list. A compound "Jean-Pierre" counts when each part is a first name.
 */
export function firstNameRank(word: string): number | null {
  const key = foldName(word);
  const direct = RANKS.get(key);
  if (direct !== undefined) return direct;
  const parts = key.split("-");
  if (parts.length < 2) return null;
  let worst = 0;
  for (const part of parts) {
    const rank = RANKS.get(part);
    if (rank === undefined) return null;
    worst = Math.max(worst, rank);
  }
  return worst;
}

export function isFirstName(word: string): boolean {
  return firstNameRank(word) !== null;
}

/** One of France's most frequent surnames (Martin, Bernard, Dupont…). */
export function isCommonSurname(word: string): boolean {
  return SURNAMES.has(foldName(word).replace(/\s+/g, "-"));
}
