/**
 * Month names and their usual abbreviations in French and English, normalised (lower case,
 * no accents, no dot) as parseDate compares them. French Excel writes "janv.", "févr.",
 * "avr.", "juil."; people also type "fev", "aout", "sept".
 */
const MONTH_WORDS: readonly (readonly string[])[] = [
  ["janvier", "janv", "jan", "january"],
  ["fevrier", "fevr", "fev", "feb", "february"],
  ["mars", "mar", "march"],
  ["avril", "avr", "apr", "april"],
  ["mai", "may"],
  ["juin", "jun", "june"],
  ["juillet", "juil", "jul", "july"],
  ["aout", "aou", "aug", "august"],
  ["septembre", "sept", "sep", "september"],
  ["octobre", "oct", "october"],
  ["novembre", "nov", "november"],
  ["decembre", "dec", "december"],
];

const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(MONTH_WORDS.flatMap((words, index) => words.map((word) => [word, index + 1] as const)));

/** 1..12 for a month word, or undefined. The word must already be normalised. */
export function monthFromWord(word: string): number | undefined {
  return MONTH_BY_WORD.get(word);
}

/** Day names are skipped when they lead a date ("mardi 12 mars 2024", "Tue, Mar 12 2024"). */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set([
  "lundi",
  "mardi",
  "mercredi",
  "jeudi",
  "vendredi",
  "samedi",
  "dimanche",
  "lun",
  "mer",
  "jeu",
  "ven",
  "sam",
  "dim",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "sat",
  "sun",
]);
