import { chance, pick, type Rand } from "./random";

/**
 * Surnames and street names invented from French-sounding syllables, for the bench's "varied"
 * files: with a few hundred real names a million rows repeat each one thousands of times, and
 * caches by distinct value make such a file easy. Here almost every row brings a new name
 * (22 × 26 × 26 × 9 ≈ 134,000 surnames; streets combine them), as in a real national file.
 */
const FIRST = ["Bel", "Ber", "Bou", "Cha", "Cor", "Dan", "Del", "Fau", "Gar", "Gui", "Jou", "Lab", "Lan", "Mar", "Mor", "Pel", "Per", "Rou", "San", "Tes", "Val", "Ver"];
const MIDDLE = ["a", "an", "ar", "e", "el", "en", "er", "i", "il", "in", "o", "on", "ou", "u", "au", "ai", "eau", "oi", "ie", "é", "è", "ill", "ign", "ch", "gu", "qu"];
const LAST = ["bert", "card", "chet", "det", "gnon", "lard", "let", "lin", "mard", "mont", "nard", "nier", "quet", "rand", "ret", "rier", "ron", "sard", "tier", "ton", "vert", "zac", "card", "doux", "gues", "lot"];
const ENDINGS = ["", "", "", "", "e", "eau", "y", "in", "ot"];

export function inventedLastName(rand: Rand): string {
  const name = `${pick(rand, FIRST)}${pick(rand, MIDDLE)}${pick(rand, LAST)}${pick(rand, ENDINGS)}`;
  // A compound surname now and then ("Belanrard-Cornier"), as on French identity papers.
  return chance(rand, 0.05) ? `${name}-${pick(rand, FIRST)}${pick(rand, LAST)}` : name;
}

const STREET_PATTERNS = [
  (rand: Rand) => `du Général ${inventedLastName(rand)}`,
  (rand: Rand) => `Jean ${inventedLastName(rand)}`,
  (rand: Rand) => `des ${inventedLastName(rand)}s`,
  (rand: Rand) => `du Docteur ${inventedLastName(rand)}`,
  (rand: Rand) => `${pick(rand, ["Pierre", "Marie", "Louis", "Anne", "Paul"])} et ${pick(rand, ["Jeanne", "Jacques", "Claire", "Henri"])} ${inventedLastName(rand)}`,
  (rand: Rand) => `de la ${pick(rand, ["Fontaine", "Croix", "Gare", "Forge", "Tour", "Prairie"])} ${inventedLastName(rand)}`,
];

export function inventedStreetName(rand: Rand): string {
  return pick(rand, STREET_PATTERNS)(rand);
}
